import { useTranslations } from "next-intl";
import type { MissingEntry } from "@/lib/import/validate";

const TYPES: MissingEntry["type"][] = ["dataCategory", "dataSubjectCategory", "recipient", "securityMeasure"];

/** Catalogue entries the file names that the organisation does not have yet. */
export function MissingEntries({ missing }: { missing: MissingEntry[] }) {
  const t = useTranslations("registerImport.missing");
  const labels = useTranslations("labels");
  const groups = TYPES.map((type) => ({ type, entries: missing.filter((entry) => entry.type === type) }));
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {groups
        .filter((group) => group.entries.length > 0)
        .map((group) => (
          <div key={group.type}>
            <h3 className="text-sm font-semibold text-slate-900">{t(group.type)}</h3>
            <ul className="mt-1 space-y-0.5 text-sm text-slate-800">
              {group.entries.map((entry) => (
                <li key={entry.placeholderId}>
                  {entry.name}
                  <span className="text-slate-500">
                    {group.type === "recipient" ? <> · {labels(`recipientKind.${entry.kind ?? "CONTROLLER"}`)}</> : null}
                    {group.type === "securityMeasure" ? <> · {t("otherMeasures", { group: labels("securityGroup.OTHER") })}</> : null}
                    {" · "}
                    {t("rows", { count: entry.lines.length, lines: entry.lines.slice(0, 5).join(", "), more: entry.lines.length > 5 ? "yes" : "no" })}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))}
    </div>
  );
}
