import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { buttonClassName } from "@/components/ui/button";
import { buildRegister } from "@/lib/register/build";
import { listRegisterDepartments, loadRegisterSource, parseRegisterFilters } from "@/lib/register/queries";
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
  const filters = parseRegisterFilters(await searchParams);
  const [source, departments, t, status] = await Promise.all([
    loadRegisterSource(organisation.id, filters),
    listRegisterDepartments(organisation.id),
    getTranslations("register.page"),
    getTranslations("register.filters.statuses"),
  ]);
  if (!source) notFound();
  const register = buildRegister(source);
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
        <RegisterFiltersForm filters={filters} departments={departments} />
        <ExportLinks filters={filters} formats={FORMATS} />
      </div>
      <RegisterPreview register={register} />
    </div>
  );
}
