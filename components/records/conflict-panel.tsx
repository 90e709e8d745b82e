"use client";

/**
 * Shown when a save meets a newer version of the record: who changed it,
 * when, and what they changed, field by field. The user's own input stays in
 * the form; "Apply my changes on top" takes the newer version, puts the fields
 * the user changed on top of it and saves that.
 */
import { useEffect, useRef } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formattingLocales } from "@/lib/i18n/locales";
import { formatValue } from "@/lib/audit-log/diff";
import type { Conflict } from "@/lib/records/versioning";
import { Button } from "@/components/ui/button";

/** "purposes" → "Purposes", "dpiaStatus" → "Dpia status", unless the caller has a label for it. */
function humanise(path: string, labels: Record<string, string>) {
  const top = path.split(".")[0];
  if (labels[path]) return labels[path];
  if (labels[top]) return path === top ? labels[top] : `${labels[top]} (${path.slice(top.length + 1)})`;
  const words = path.replace(/([a-z])([A-Z])/g, "$1 $2").replaceAll(".", " › ").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function ConflictPanel({
  conflict,
  labels = {},
  onReapply,
  reloadHref,
  yourChanges = [],
  pending = false,
}: {
  conflict: Conflict;
  /** Readable names for the record's fields, by snapshot key. */
  labels?: Record<string, string>;
  onReapply: () => void;
  /** Where to see the current version without the user's changes. */
  reloadHref?: string;
  /** The fields the user changed in the form, by snapshot or form key. */
  yourChanges?: string[];
  pending?: boolean;
}) {
  const t = useTranslations("records.conflict");
  const regional = formattingLocales[useLocale()];
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [conflict]);

  return (
    <section aria-labelledby="conflict-heading" className="rounded-lg border border-amber-300 bg-amber-50 text-amber-950 shadow-xs">
      <div className="border-b border-amber-200 px-4 py-3">
        <h2 id="conflict-heading" ref={headingRef} tabIndex={-1} className="text-base font-semibold focus:outline-none">
          {t("title")}
        </h2>
        <p className="mt-1 text-sm">
          {t.rich("savedBy", {
            who: conflict.changedBy,
            when: new Intl.DateTimeFormat(regional, { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" }).format(new Date(conflict.changedAt)),
            version: conflict.currentVersion,
            strong: (chunks) => <strong className="font-medium">{chunks}</strong>,
          })}
        </p>
      </div>
      <div className="px-4 py-3">
        {conflict.changes.length > 0 ? (
          <>
            <p className="text-sm font-medium">{t("theirChanges")}</p>
            <div className="mt-2 overflow-x-auto rounded-md border border-amber-200 bg-white">
              <table className="w-full text-left text-sm text-slate-800">
                <caption className="sr-only">{t("caption", { who: conflict.changedBy })}</caption>
                <thead className="bg-slate-50 text-xs text-slate-600">
                  <tr>
                    <th scope="col" className="px-3 py-2 font-medium">{t("field")}</th>
                    <th scope="col" className="px-3 py-2 font-medium">{t("before")}</th>
                    <th scope="col" className="px-3 py-2 font-medium">{t("after")}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100 align-top">
                  {conflict.changes.map((change) => (
                    <tr key={change.path}>
                      <th scope="row" className="px-3 py-2 font-medium whitespace-nowrap">{humanise(change.path, labels)}</th>
                      <td className="px-3 py-2 break-words text-slate-600 line-through decoration-slate-400">{formatValue(change.before)}</td>
                      <td className="px-3 py-2 break-words">{formatValue(change.after)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ) : (
          <p className="text-sm">{t("noFieldChanges")}</p>
        )}
        <p className="mt-3 text-sm">
          {t.rich("yourChanges", {
            fields: yourChanges.length > 0 ? new Intl.ListFormat(regional, { type: "conjunction" }).format(yourChanges.map((key) => humanise(key, labels))) : t("nothingYet"),
            label: (chunks) => <span className="font-medium">{chunks}</span>,
          })}
        </p>
        <p className="mt-1 text-sm">
          {t("explainReapply")}
        </p>
        <div className="mt-3 flex flex-wrap gap-2">
          <Button variant="primary" onClick={onReapply} disabled={pending}>
            {pending ? t("saving") : t("reapply")}
          </Button>
          {reloadHref ? (
            <a href={reloadHref} className="inline-flex h-9 items-center rounded-md px-3.5 text-sm font-medium text-amber-950 underline hover:bg-amber-100">
              {t("discard")}
            </a>
          ) : null}
        </div>
      </div>
    </section>
  );
}
