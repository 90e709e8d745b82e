import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { buttonClassName } from "@/components/ui/button";
import { buildRegister } from "@/lib/register/build";
import { listRegisterDepartments, loadRegisterSource, parseRegisterFilters, registerLanguages } from "@/lib/register/queries";
import { languageName } from "@/lib/translations/languages";
import { ExportLinks, type ExportChoice } from "@/components/register/export-links";
import { RegisterFiltersForm } from "@/components/register/register-filters";
import { RegisterPreview } from "@/components/register/register-preview";
import { PageHeader } from "@/components/ui/page-header";
import { notFound } from "next/navigation";
import { registerExportFormats } from "@/lib/register/formats";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("register.page");
  return { title: t("title") };
}

const FORMATS: ExportChoice[] = registerExportFormats.map(({ id, label, description }) => ({ format: id, label, description }));

type SearchParams = Record<string, string | string[] | undefined>;

export default async function RegisterPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { organisation, role } = await requireMember();
  const params = await searchParams;
  const filters = parseRegisterFilters(params);
  const [source, departments, languages, t, status] = await Promise.all([
    loadRegisterSource(organisation.id, filters),
    listRegisterDepartments(organisation.id),
    registerLanguages(organisation.id),
    getTranslations("register.page"),
    getTranslations("register.filters.statuses"),
  ]);
  if (!source) notFound();
  const register = buildRegister(source);
  // The export's language from the address (?language=de), one the organisation keeps; else its default.
  const language = languages.find((code) => code === params.language) ?? languages[0];
  const filtered = [filters.status ? status(filters.status) : "", filters.department ?? ""].filter(Boolean).join(", ");

  return (
    <div>
      <PageHeader
        title={t("title")}
        description={t("description")}
        meta={filtered ? <span className="text-xs text-slate-600">{t("filtered", { filters: filtered })}</span> : null}
      >
        {hasRole(role, "EDITOR") ? (
          <Link href="/register/import" className={buttonClassName()}>
            {t("import")}
          </Link>
        ) : null}
      </PageHeader>
      <div className="mb-6 flex flex-col gap-4 rounded-lg border border-slate-200 bg-slate-50 p-4 lg:flex-row lg:items-end lg:justify-between print:hidden">
        <RegisterFiltersForm id="register-filters" filters={filters} departments={departments} />
        <ExportLinks
          filters={filters}
          formats={FORMATS}
          languages={languages.map((code) => ({ code, name: languageName(code) }))}
          language={language}
          filterFormId="register-filters"
        />
      </div>
      <RegisterPreview register={register} />
    </div>
  );
}
