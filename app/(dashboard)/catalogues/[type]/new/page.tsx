import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireMember } from "@/lib/auth/guard";
import { catalogueNouns, isCatalogueType } from "@/lib/catalogues/schema";
import { CatalogueEntryForm } from "@/components/catalogues/catalogue-entry-form";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ type: string }> };

const intro: Record<string, string> = {
  "legal-bases":
    "The legal bases of Art. 6(1), 9(2) and 10 GDPR are built in. Add the national provisions the organisation relies on as well, such as § 26 BDSG for employee data.",
  "data-categories": "A category of personal data (Art. 30(1)(c)), with the time limit for erasure that applies unless an activity sets its own (Art. 30(1)(f)).",
  "data-subjects": "A group of people whose personal data is processed (Art. 30(1)(c)).",
  "security-measures": "A technical or organisational measure (Art. 32(1)), for the general description of Art. 30(1)(g).",
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { type } = await params;
  return { title: isCatalogueType(type) ? `New ${catalogueNouns[type].one}` : "Not found" };
}

export default async function NewCatalogueEntryPage({ params }: Props) {
  await requireMember("EDITOR");
  const { type } = await params;
  if (!isCatalogueType(type)) notFound();
  const noun = catalogueNouns[type];
  const initialValues: Record<string, string> = type === "security-measures" ? { group: "ACCESS_CONTROL" } : {};
  return (
    <div className="max-w-2xl">
      <PageHeader
        eyebrow={
          <Link href={`/catalogues#${type}`} className="hover:underline">
            Catalogues · {noun.title}
          </Link>
        }
        title={type === "legal-bases" ? "New national legal basis" : `New ${noun.one}`}
        description={intro[type]}
      />
      <CatalogueEntryForm type={type} initialValues={initialValues} cancelHref={`/catalogues#${type}`} />
    </div>
  );
}
