import type { ActivityStatus } from "@prisma/client";
import { activityStatusLabels } from "@/lib/labels";
import type { RegisterFilters } from "@/lib/register/source";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";

const STATUSES: ActivityStatus[] = ["ACTIVE", "DRAFT", "RETIRED"];

/** A plain GET form: the filters live in the URL, so a link reproduces the view and the downloads. */
export function RegisterFiltersForm({ id, filters, departments }: { id: string; filters: RegisterFilters; departments: string[] }) {
  // The export language's select (ExportLinks) belongs to this form too (its form attribute): applying filters keeps it.
  return (
    <form id={id} method="get" action="/register" aria-label="Filter the register" className="flex flex-wrap items-end gap-3 print:hidden">
      <div>
        <Label htmlFor="register-status">Status</Label>
        <Select id="register-status" name="status" defaultValue={filters.status ?? ""} className="mt-1 w-40">
          <option value="">All statuses</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {activityStatusLabels[status]}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <Label htmlFor="register-department">Department</Label>
        <Select id="register-department" name="department" defaultValue={filters.department ?? ""} className="mt-1 w-56">
          <option value="">All departments</option>
          {departments.map((department) => (
            <option key={department} value={department}>
              {department}
            </option>
          ))}
        </Select>
      </div>
      <Button type="submit">Apply filters</Button>
      {filters.status || filters.department ? (
        <a href="/register" className="h-9 py-2 text-sm font-medium text-blue-700 hover:underline">
          Clear filters
        </a>
      ) : null}
    </form>
  );
}
