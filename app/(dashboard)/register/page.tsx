import type { Metadata } from "next";
import Link from "next/link";
import { requireMember } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { buttonClassName } from "@/components/ui/button";
import { buildRegister } from "@/lib/register/build";
import { listRegisterDepartments, loadRegisterSource, parseRegisterFilters } from "@/lib/register/queries";
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
  const filters = parseRegisterFilters(await searchParams);
  const [source, departments] = await Promise.all([loadRegisterSource(organisation.id, filters), listRegisterDepartments(organisation.id)]);
  if (!source) notFound();
  const register = buildRegister(source);
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
        <RegisterFiltersForm filters={filters} departments={departments} />
        <ExportLinks filters={filters} formats={FORMATS} />
      </div>
      <RegisterPreview register={register} />
    </div>
  );
}
