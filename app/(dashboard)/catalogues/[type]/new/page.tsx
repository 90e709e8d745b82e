import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/guard";
import { isCatalogueType } from "@/lib/catalogues/schema";
import { CatalogueEntryForm } from "@/components/catalogues/catalogue-entry-form";
import { catalogueKeys } from "@/components/catalogues/catalogue-keys";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ type: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { type } = await params;
  const t = await getTranslations("catalogues");
  return { title: isCatalogueType(type) ? t(`types.${catalogueKeys[type]}.new`) : t("page.notFound") };
}

export default async function NewCatalogueEntryPage({ params }: Props) {
  await requireMember("EDITOR");
  const { type } = await params;
  if (!isCatalogueType(type)) notFound();
  const t = await getTranslations("catalogues");
  const key = catalogueKeys[type];
  const initialValues: Record<string, string> = type === "security-measures" ? { group: "ACCESS_CONTROL" } : {};
  return (
    <div className="max-w-2xl">
      <PageHeader
        eyebrow={
          <Link href={`/catalogues#${type}`} className="hover:underline">
            {t("page.eyebrow", { catalogue: t(`types.${key}.title`) })}
          </Link>
        }
        title={t(`types.${key}.new`)}
        description={t(`types.${key}.intro`)}
      />
      <CatalogueEntryForm type={type} initialValues={initialValues} cancelHref={`/catalogues#${type}`} />
    </div>
  );
}
