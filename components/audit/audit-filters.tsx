import Link from "next/link";
import { useTranslations } from "next-intl";
import type { AuditFilter } from "@/lib/audit-log/filter";
import type { AuditFilterOptions } from "@/lib/audit-log/queries";
import { actionLabel, entityTypeLabel } from "@/lib/audit-log/present";
import { buttonClassName } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useAuditWords } from "./use-audit-words";

/**
 * A plain GET form: the filters land in the URL, so the view can be linked,
 * and it works before any JavaScript has loaded. Applying filters starts at page 1.
 */
export function AuditFilters({ filter, options, active }: { filter: AuditFilter; options: AuditFilterOptions; active: boolean }) {
  const t = useTranslations("audit.filters");
  const words = useAuditWords();
  // A value from the URL that no event has (yet) is still shown as chosen.
  const withCurrent = (values: string[], current?: string) => (current && !values.includes(current) ? [...values, current] : values);
  const actors = filter.actor && !options.actors.some((a) => a.email === filter.actor) ? [...options.actors, { email: filter.actor, name: null }] : options.actors;
  return (
    <form method="get" action="/audit" role="search" aria-label={t("label")} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[repeat(5,minmax(0,1fr))_auto]">
      <div>
        <label htmlFor="filter-type" className="block text-xs font-medium text-slate-700">{t("recordType")}</label>
        <Select id="filter-type" name="entityType" defaultValue={filter.entityType ?? ""} className="mt-1">
          <option value="">{t("allRecordTypes")}</option>
          {withCurrent(options.entityTypes, filter.entityType).map((type) => (
            <option key={type} value={type}>{words(entityTypeLabel(type))}</option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="filter-actor" className="block text-xs font-medium text-slate-700">{t("user")}</label>
        <Select id="filter-actor" name="actor" defaultValue={filter.actor ?? ""} className="mt-1">
          <option value="">{t("everyone")}</option>
          {actors.map((actor) => (
            <option key={actor.email} value={actor.email}>{actor.name ? `${actor.name} (${actor.email})` : actor.email}</option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="filter-action" className="block text-xs font-medium text-slate-700">{t("action")}</label>
        <Select id="filter-action" name="action" defaultValue={filter.action ?? ""} className="mt-1">
          <option value="">{t("allActions")}</option>
          {withCurrent(options.actions, filter.action).map((action) => (
            <option key={action} value={action}>{words(actionLabel(action))}</option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="filter-from" className="block text-xs font-medium text-slate-700">{t("from")}</label>
        <Input id="filter-from" name="from" type="date" defaultValue={filter.from ?? ""} className="mt-1" />
      </div>
      <div>
        <label htmlFor="filter-to" className="block text-xs font-medium text-slate-700">{t("to")}</label>
        <Input id="filter-to" name="to" type="date" defaultValue={filter.to ?? ""} className="mt-1" />
      </div>
      <div className="flex items-end gap-2">
        <button type="submit" className={buttonClassName({ variant: "primary" })}>{t("apply")}</button>
        {active ? (
          <Link href="/audit" className={buttonClassName({ variant: "ghost" })}>{t("clear")}</Link>
        ) : null}
      </div>
    </form>
  );
}
