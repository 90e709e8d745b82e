import type { ActivityStatus } from "@prisma/client";
import { useTranslations } from "next-intl";
import type { RegisterFilters } from "@/lib/register/source";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";

const STATUSES: ActivityStatus[] = ["ACTIVE", "DRAFT", "RETIRED"];

/** A plain GET form: the filters live in the URL, so a link reproduces the view and the downloads. */
export function RegisterFiltersForm({ id, filters, departments }: { id: string; filters: RegisterFilters; departments: string[] }) {
  const t = useTranslations("register.filters");
  // The export language's select (ExportLinks) belongs to this form too (its form attribute): applying filters keeps it.
  return (
    <form id={id} method="get" action="/register" aria-label={t("label")} className="flex flex-wrap items-end gap-3 print:hidden">
      <div>
        <Label htmlFor="register-status">{t("status")}</Label>
        <Select id="register-status" name="status" defaultValue={filters.status ?? ""} className="mt-1 w-40">
          <option value="">{t("allStatuses")}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`statuses.${status}`)}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <Label htmlFor="register-department">{t("department")}</Label>
        <Select id="register-department" name="department" defaultValue={filters.department ?? ""} className="mt-1 w-56">
          <option value="">{t("allDepartments")}</option>
          {departments.map((department) => (
            <option key={department} value={department}>
              {department}
            </option>
          ))}
        </Select>
      </div>
      <Button type="submit">{t("apply")}</Button>
      {filters.status || filters.department ? (
        <a href="/register" className="h-9 py-2 text-sm font-medium text-blue-700 hover:underline">
          {t("clear")}
        </a>
      ) : null}
    </form>
  );
}
