import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { deleteCatalogueEntryAction } from "@/lib/catalogues/actions";
import { getCatalogueEntry, getUses, listReplacementOptions } from "@/lib/catalogues/entry-queries";
import { isCatalogueType } from "@/lib/catalogues/schema";
import { countUses } from "@/lib/catalogues/usage";
import { formatDateTime } from "@/lib/format";
import type { LegalBasisArticle, SecurityMeasureGroup } from "@prisma/client";
import { CatalogueEntryForm } from "@/components/catalogues/catalogue-entry-form";
import { catalogueKeys } from "@/components/catalogues/catalogue-keys";
import { DeleteEntryPanel } from "@/components/catalogues/delete-entry-panel";
import { SavedNotice } from "@/components/catalogues/form-parts";
import { WhereUsed } from "@/components/catalogues/where-used";
import { RecordTabs } from "@/components/records/record-tabs";
import { CategoryFlags } from "@/components/activities/category-flags";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { DescriptionItem, DescriptionList } from "@/components/ui/description-list";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ type: string; id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { organisation } = await requireMember();
  const { type, id } = await params;
  const entry = isCatalogueType(type) ? await getCatalogueEntry(organisation.id, type, id) : null;
  return { title: entry ? entry.name : (await getTranslations("catalogues.page"))("notFound") };
}

export default async function CatalogueEntryPage({ params, searchParams }: Props) {
  const { organisation, role } = await requireMember();
  const { type, id } = await params;
  if (!isCatalogueType(type)) notFound();
  // Another organisation's id is simply not found.
  const entry = await getCatalogueEntry(organisation.id, type, id);
  if (!entry) notFound();
  const t = await getTranslations("catalogues");
  const label = await getTranslations("labels");
  const key = catalogueKeys[type];
  const canEdit = hasRole(role, "EDITOR");
  const canDelete = hasRole(role, "DPO") && !entry.builtIn;
  const [uses, replacements] = await Promise.all([
    getUses(organisation.id, type, id),
    canDelete ? listReplacementOptions(organisation.id, type, id) : Promise.resolve([]),
  ]);
  const { saved } = await searchParams;
  const useCount = countUses(uses);
  const values = entry.values;

  return (
    <>
      <PageHeader
        eyebrow={
          <Link href={`/catalogues#${type}`} className="hover:underline">
            {t("page.eyebrow", { catalogue: t(`types.${key}.title`) })}
          </Link>
        }
        title={entry.name}
        meta={
          <>
            {entry.citation ? <Badge>{entry.citation}</Badge> : null}
            {entry.article ? <Badge tone={entry.builtIn ? "neutral" : "blue"}>{entry.builtIn ? t("entry.builtInBadge") : label(`legalBasisArticle.${entry.article as LegalBasisArticle}`)}</Badge> : null}
            {type === "data-categories" ? <CategoryFlags special={Boolean(values.special)} criminal={Boolean(values.criminal)} /> : null}
            <span className="text-xs text-slate-500">
              {t("entry.meta", { count: useCount, date: formatDateTime(entry.updatedAt), version: entry.version })}
            </span>
          </>
        }
      />
      <RecordTabs basePath={`/catalogues/${type}/${entry.id}`} current="details" />
      {saved ? <SavedNotice>{t("entry.saved")}</SavedNotice> : null}
      <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Card as="section" aria-labelledby="entry-heading">
          <CardHeader titleId="entry-heading" title={canEdit ? t(`types.${key}.edit`) : t("entry.details")} description={entry.builtIn ? t("entry.builtInOnlyDescription") : undefined} />
          <CardBody>
            {canEdit ? (
              <CatalogueEntryForm type={type} id={id} initialValues={values} version={entry.version} builtIn={entry.builtIn} cancelHref={`/catalogues#${type}`} />
            ) : (
              <DescriptionList>
                {type === "security-measures" ? <DescriptionItem term={t("entry.group")}>{label(`securityGroup.${values.group as SecurityMeasureGroup}`)}</DescriptionItem> : null}
                {type === "legal-bases" ? <DescriptionItem term={t("entry.citation")}>{String(values.citation)}</DescriptionItem> : null}
                <DescriptionItem term={t("entry.name")}>{String(values.name)}</DescriptionItem>
                <DescriptionItem term={t("entry.description")}>{String(values.description)}</DescriptionItem>
                {type === "data-categories" ? <DescriptionItem term={t("entry.defaultRetention")}>{String(values.defaultRetention)}</DescriptionItem> : null}
              </DescriptionList>
            )}
          </CardBody>
        </Card>
        <div className="space-y-4">
          <Card as="section" aria-labelledby="uses-heading">
            <CardHeader titleId="uses-heading" title={t("entry.whereUsed")} />
            <CardBody>
              <WhereUsed uses={uses} kind={key} />
            </CardBody>
          </Card>
          {canDelete ? (
            <Card as="section" aria-labelledby="delete-heading">
              <CardHeader titleId="delete-heading" title={t(`types.${key}.delete`)} />
              <CardBody>
                <DeleteEntryPanel action={deleteCatalogueEntryAction.bind(null, type, id)} name={entry.name} kind={key} inUse={useCount > 0} replacements={replacements} />
              </CardBody>
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
