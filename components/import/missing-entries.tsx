import type { MissingEntry } from "@/lib/import/validate";
import { recipientKindLabels } from "@/lib/labels";

const titles: Record<MissingEntry["type"], string> = {
  dataCategory: "Data categories",
  dataSubjectCategory: "Data subject categories",
  recipient: "Recipients",
  securityMeasure: "Security measures",
};

/** Catalogue entries the file names that the organisation does not have yet. */
export function MissingEntries({ missing }: { missing: MissingEntry[] }) {
  const groups = (Object.keys(titles) as MissingEntry["type"][]).map((type) => ({ type, entries: missing.filter((entry) => entry.type === type) }));
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {groups
        .filter((group) => group.entries.length > 0)
        .map((group) => (
          <div key={group.type}>
            <h3 className="text-sm font-semibold text-slate-900">{titles[group.type]}</h3>
            <ul className="mt-1 space-y-0.5 text-sm text-slate-800">
              {group.entries.map((entry) => (
                <li key={entry.placeholderId}>
                  {entry.name}
                  <span className="text-slate-500">
                    {group.type === "recipient" ? ` · ${recipientKindLabels[entry.kind ?? "CONTROLLER"]}` : group.type === "securityMeasure" ? " · group “Other measures”" : ""} · row
                    {entry.lines.length > 1 ? "s" : ""} {entry.lines.slice(0, 5).join(", ")}
                    {entry.lines.length > 5 ? "…" : ""}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))}
    </div>
  );
}
