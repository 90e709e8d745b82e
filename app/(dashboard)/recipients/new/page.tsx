import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/guard";
import { recipientKindOrder } from "@/lib/labels";
import { listCountryOptions, listParentOptions } from "@/lib/recipients/queries";
import { RecipientForm } from "@/components/recipients/recipient-form";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("recipients.page");
  return { title: t("newTitle") };
}

type Props = { searchParams: Promise<{ kind?: string; parent?: string }> };

export default async function NewRecipientPage({ searchParams }: Props) {
  const { organisation } = await requireMember("EDITOR");
  const { kind, parent } = await searchParams;
  const [countries, parents, t] = await Promise.all([listCountryOptions(), listParentOptions(organisation.id), getTranslations("recipients.page")]);
  // "Add a sub-processor" on a processor's page starts with the kind and the processor chosen.
  const initialValues: Record<string, string> = {
    kind: kind && (recipientKindOrder as string[]).includes(kind) ? kind : "PROCESSOR",
    parentId: parent && parents.some((option) => option.id === parent) ? parent : "",
  };
  return (
    <div className="max-w-3xl">
      <PageHeader
        eyebrow={
          <Link href="/recipients" className="hover:underline">
            {t("title")}
          </Link>
        }
        title={t("newTitle")}
        description={t("newDescription")}
      />
      <RecipientForm initialValues={initialValues} countries={countries} parents={parents} cancelHref="/recipients" />
    </div>
  );
}
