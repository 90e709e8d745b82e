import { useTranslations } from "next-intl";
import { displayValue, eventChanges, fieldLabel } from "@/lib/audit-log/present";
import { AuditValue } from "./audit-value";
import { useAuditWords } from "./use-audit-words";

const SHOWN_VALUES = 6;

function ChangeRows({ rows, kind }: { rows: ReturnType<typeof eventChanges>["changes"]; kind: "created" | "deleted" | "changed" }) {
  const t = useTranslations("audit.changes");
  const words = useAuditWords();
  return (
    <dl className="divide-y divide-slate-100">
      {rows.map((change) => (
        <div key={change.path} className="grid gap-x-4 gap-y-0.5 py-1.5 sm:grid-cols-[minmax(8rem,14rem)_minmax(0,1fr)]">
          <dt className="text-xs font-medium text-slate-500 sm:pt-0.5">{fieldLabel(change.path, words)}</dt>
          <dd className="min-w-0 text-sm">
            {kind === "created" ? (
              <AuditValue text={displayValue(change.path, change.after, words)} tone="plain" />
            ) : kind === "deleted" ? (
              <AuditValue text={displayValue(change.path, change.before, words)} tone="plain" />
            ) : (
              <span className="flex flex-wrap items-baseline gap-x-1.5 gap-y-1">
                <span className="sr-only">{t("before")}</span>
                <AuditValue text={displayValue(change.path, change.before, words)} tone="before" />
                <span aria-hidden="true" className="text-slate-400">→</span>
                <span className="sr-only">{t("after")}</span>
                <AuditValue text={displayValue(change.path, change.after, words)} tone="after" />
              </span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** What an event changed, field by field. */
export function AuditChanges({ before, after }: { before: unknown; after: unknown }) {
  const t = useTranslations("audit.changes");
  const { kind, changes } = eventChanges({ before, after });
  if (changes.length === 0) {
    return <p className="text-sm text-slate-500 italic">{kind === "changed" ? t("noFieldChanged") : t("noValues")}</p>;
  }
  const caption = kind === "created" ? t("createdWith") : kind === "deleted" ? t("valuesWhenDeleted") : null;
  const shown = kind === "changed" ? changes : changes.slice(0, SHOWN_VALUES);
  const more = kind === "changed" ? [] : changes.slice(SHOWN_VALUES);
  return (
    <div>
      {caption ? <p className="mb-0.5 text-xs font-semibold text-slate-600">{caption}</p> : null}
      <ChangeRows rows={shown} kind={kind} />
      {more.length > 0 ? (
        <details className="group">
          <summary className="cursor-pointer py-1 text-xs font-medium text-blue-700 hover:underline">
            <span className="group-open:hidden">{t("showMore", { count: more.length })}</span>
            <span className="hidden group-open:inline">{t("showFewer")}</span>
          </summary>
          <ChangeRows rows={more} kind={kind} />
        </details>
      ) : null}
    </div>
  );
}
