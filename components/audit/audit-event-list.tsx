import Link from "next/link";
import { useTranslations } from "next-intl";
import type { AuditEventRow } from "@/lib/audit-log/queries";
import { actionLabel, entityTypeLabel, eventVersion, historyHref, recordHref, recordTitle } from "@/lib/audit-log/present";
import { formatDateTime } from "@/lib/format";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { AuditChanges } from "./audit-changes";
import { useAuditWords } from "./use-audit-words";

const actionTones: Record<string, BadgeTone> = {
  CREATE: "green",
  ACCEPT: "green",
  UPDATE: "blue",
  DELETE: "red",
  REVOKE: "amber",
};

function RecordName({ event }: { event: AuditEventRow }) {
  const t = useTranslations("audit.event");
  const title = recordTitle(event) ?? event.entityId;
  const href = event.recordExists ? recordHref(event.entityType, event.entityId) : null;
  const history = event.recordExists ? historyHref(event.entityType, event.entityId) : null;
  return (
    <>
      {href ? (
        <Link href={href} className="font-medium text-blue-700 hover:underline">
          {title}
        </Link>
      ) : (
        <span className="font-medium text-slate-900">{title}</span>
      )}
      {history ? (
        <Link href={history} className="ml-2 text-xs text-slate-600 underline hover:text-slate-900">
          {t("history")}<span className="sr-only">{t("historyOf", { title })}</span>
        </Link>
      ) : null}
    </>
  );
}

/**
 * Audit events as a list: who did what to which record, when, and the fields
 * it changed. `showRecord` is off on a record's own History tab.
 */
export function AuditEventList({ events, showRecord = true, label }: { events: AuditEventRow[]; showRecord?: boolean; label: string }) {
  const t = useTranslations("audit.event");
  const words = useAuditWords();
  return (
    <ol aria-label={label} className="divide-y divide-slate-200">
      {events.map((event) => {
        const version = eventVersion(event);
        return (
          <li key={event.id} className="px-4 py-3">
            <article aria-labelledby={`event-${event.id}`}>
              <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                <h3 id={`event-${event.id}`} className="flex min-w-0 flex-wrap items-baseline gap-x-2 gap-y-1 text-sm text-slate-900">
                  <Badge tone={actionTones[event.action] ?? "neutral"}>{words(actionLabel(event.action))}</Badge>{" "}
                  <span className="text-slate-600">{words(entityTypeLabel(event.entityType))}</span>{" "}
                  {showRecord ? <RecordName event={event} /> : null}{" "}
                  {version !== null ? (
                    <span className="text-xs text-slate-500">{event.action === "DELETE" ? t("wasVersion", { version }) : t("toVersion", { version })}</span>
                  ) : null}
                </h3>
                <p className="text-xs text-slate-600">
                  <time dateTime={event.createdAt.toISOString()}>{formatDateTime(event.createdAt)}</time>
                  {" · "}
                  <span className="font-medium text-slate-800">{event.actorName ?? event.actorEmail}</span>
                  {event.actorName ? <span className="text-slate-500"> ({event.actorEmail})</span> : null}
                </p>
              </div>
              <div className="mt-2">
                <AuditChanges before={event.before} after={event.after} />
              </div>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
