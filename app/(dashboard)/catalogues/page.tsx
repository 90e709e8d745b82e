import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { requireMember } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { listDataCategories, listDataSubjectCategories, listLegalBases, listSecurityMeasures } from "@/lib/catalogues/queries";
import { DataCategoriesTable, DataSubjectsTable, LegalBasesTable, SecurityMeasuresTable } from "@/components/catalogues/catalogue-tables";
import { SavedNotice } from "@/components/catalogues/form-parts";
import { buttonClassName } from "@/components/ui/button";
import { MessageText } from "@/components/ui/message-text";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("catalogues.page");
  return { title: t("title") };
}

function CatalogueSection({ id, title, description, add, children }: { id: string; title: string; description: string; add?: ReactNode; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="scroll-mt-20">
      <div className="mb-3 flex flex-wrap items-end justify-between gap-x-4 gap-y-2">
        <div className="min-w-0">
          <h2 id={`${id}-heading`} className="text-base font-semibold text-slate-900">
            {title}
          </h2>
          <p className="mt-0.5 max-w-3xl text-sm text-slate-600">{description}</p>
        </div>
        {add}
      </div>
      {children}
    </section>
  );
}

function AddLink({ type, label }: { type: string; label: string }) {
  return (
    <Link href={`/catalogues/${type}/new`} className={buttonClassName({ size: "sm" })}>
      <span aria-hidden="true">+</span> {label}
    </Link>
  );
}

export default async function CataloguesPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const { organisation, role } = await requireMember();
  const canEdit = hasRole(role, "EDITOR");
  const { deleted } = await searchParams;
  const [legalBases, dataCategories, dataSubjects, securityMeasures, t] = await Promise.all([
    listLegalBases(organisation.id),
    listDataCategories(organisation.id),
    listDataSubjectCategories(organisation.id),
    listSecurityMeasures(organisation.id),
    getTranslations("catalogues"),
  ]);
  const sections = [
    { id: "legal-bases", label: t("types.legalBases.navLabel"), count: legalBases.length },
    { id: "data-categories", label: t("types.dataCategories.navLabel"), count: dataCategories.length },
    { id: "data-subjects", label: t("types.dataSubjects.navLabel"), count: dataSubjects.length },
    { id: "security-measures", label: t("types.securityMeasures.navLabel"), count: securityMeasures.length },
  ];

  return (
    <>
      <PageHeader title={t("page.title")} description={t("page.description")} />
      {deleted ? <SavedNotice><MessageText text={deleted.slice(0, 300)} /></SavedNotice> : null}
      <nav aria-label={t("page.nav")} className="mb-6">
        <ul className="flex flex-wrap gap-2 text-sm">
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`} className="inline-flex items-center gap-1.5 rounded-md border border-slate-200 bg-white px-2.5 py-1 text-slate-700 shadow-xs hover:bg-slate-50">
                {section.label}
                <span className="text-xs text-slate-500 tabular-nums">{section.count}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="space-y-10">
        <CatalogueSection id="legal-bases" add={canEdit ? <AddLink type="legal-bases" label={t("types.legalBases.add")} /> : null} title={t("types.legalBases.title")} description={t("types.legalBases.description")}>
          <LegalBasesTable rows={legalBases} />
        </CatalogueSection>
        <CatalogueSection id="data-categories" add={canEdit ? <AddLink type="data-categories" label={t("types.dataCategories.add")} /> : null} title={t("types.dataCategories.title")} description={t("types.dataCategories.description")}>
          <DataCategoriesTable rows={dataCategories} />
        </CatalogueSection>
        <CatalogueSection id="data-subjects" add={canEdit ? <AddLink type="data-subjects" label={t("types.dataSubjects.add")} /> : null} title={t("types.dataSubjects.title")} description={t("types.dataSubjects.description")}>
          <DataSubjectsTable rows={dataSubjects} />
        </CatalogueSection>
        <CatalogueSection id="security-measures" add={canEdit ? <AddLink type="security-measures" label={t("types.securityMeasures.add")} /> : null} title={t("types.securityMeasures.title")} description={t("types.securityMeasures.description")}>
          <SecurityMeasuresTable rows={securityMeasures} />
        </CatalogueSection>
      </div>
    </>
  );
}
