import type { Metadata } from "next";
import Link from "next/link";
import { requireMember } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { buttonClassName } from "@/components/ui/button";
import { buildRegister } from "@/lib/register/build";
import { listRegisterDepartments, loadRegisterSource, parseRegisterFilters, registerLanguages } from "@/lib/register/queries";
import { languageName } from "@/lib/translations/languages";
import { activityStatusLabels } from "@/lib/labels";
import { ExportLinks, type ExportChoice } from "@/components/register/export-links";
import { RegisterFiltersForm } from "@/components/register/register-filters";
import { RegisterPreview } from "@/components/register/register-preview";
import { PageHeader } from "@/components/ui/page-header";
import { notFound } from "next/navigation";
import { registerExportFormats } from "@/lib/register/formats";

export const metadata: Metadata = { title: "Register" };

const FORMATS: ExportChoice[] = registerExportFormats.map(({ id, label, description }) => ({ format: id, label, description }));

type SearchParams = Record<string, string | string[] | undefined>;

export default async function RegisterPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { organisation, role } = await requireMember();
  const params = await searchParams;
  const filters = parseRegisterFilters(params);
  const [source, departments, languages] = await Promise.all([
    loadRegisterSource(organisation.id, filters),
    listRegisterDepartments(organisation.id),
    registerLanguages(organisation.id),
  ]);
  if (!source) notFound();
  const register = buildRegister(source);
  // The export's language from the address (?language=de), one the organisation keeps; else its default.
  const language = languages.find((code) => code === params.language) ?? languages[0];
  const filtered = [filters.status ? activityStatusLabels[filters.status] : "", filters.department ?? ""].filter(Boolean).join(", ");

  return (
    <div>
      <PageHeader
        title="Register"
        description="The record of processing activities as one document (Art. 30 GDPR), as it is handed to the supervisory authority on request (Art. 30(4)). Print it or download it."
        meta={filtered ? <span className="text-xs text-slate-600">Filtered: {filtered}</span> : null}
      >
        {hasRole(role, "EDITOR") ? (
          <Link href="/register/import" className={buttonClassName()}>
            Import a register
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
