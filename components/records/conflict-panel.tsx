"use client";

/**
 * Shown when a save meets a newer version of the record: who changed it,
 * when, and what they changed, field by field. The user's own input stays in
 * the form; "Apply my changes on top" takes the newer version, puts the fields
 * the user changed on top of it and saves that.
 */
import { useEffect, useRef } from "react";
import { formatValue } from "@/lib/audit-log/diff";
import type { Conflict } from "@/lib/records/versioning";
import { Button } from "@/components/ui/button";

const dateTime = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

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
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [conflict]);

  return (
    <section aria-labelledby="conflict-heading" className="rounded-lg border border-amber-300 bg-amber-50 text-amber-950 shadow-xs">
      <div className="border-b border-amber-200 px-4 py-3">
        <h2 id="conflict-heading" ref={headingRef} tabIndex={-1} className="text-base font-semibold focus:outline-none">
          Someone else saved this record while you were editing
        </h2>
        <p className="mt-1 text-sm">
          <strong className="font-medium">{conflict.changedBy}</strong> saved it last on {dateTime.format(new Date(conflict.changedAt))} UTC (now
          version {conflict.currentVersion}). Nothing has been lost: your input is still in the form below.
        </p>
      </div>
      <div className="px-4 py-3">
        {conflict.changes.length > 0 ? (
          <>
            <p className="text-sm font-medium">What they changed</p>
            <div className="mt-2 overflow-x-auto rounded-md border border-amber-200 bg-white">
              <table className="w-full text-left text-sm text-slate-800">
                <caption className="sr-only">Changes made by {conflict.changedBy} since you opened the record</caption>
                <thead className="bg-slate-50 text-xs text-slate-600">
                  <tr>
                    <th scope="col" className="px-3 py-2 font-medium">Field</th>
                    <th scope="col" className="px-3 py-2 font-medium">When you opened it</th>
                    <th scope="col" className="px-3 py-2 font-medium">Now</th>
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
          <p className="text-sm">The audit trail records no field changes, only a newer version.</p>
        )}
        <p className="mt-3 text-sm">
          <span className="font-medium">You changed: </span>
          {yourChanges.length > 0 ? yourChanges.map((key) => humanise(key, labels)).join(", ") : "nothing yet"}.
        </p>
        <p className="mt-1 text-sm">
          Applying your changes keeps everything they changed and puts the fields you changed on top. Where you both changed the same field, your value
          wins: check those fields first.
        </p>
        <div className="mt-3 flex flex-wrap gap-2">
          <Button variant="primary" onClick={onReapply} disabled={pending}>
            {pending ? "Saving…" : "Apply my changes on top"}
          </Button>
          {reloadHref ? (
            <a href={reloadHref} className="inline-flex h-9 items-center rounded-md px-3.5 text-sm font-medium text-amber-950 underline hover:bg-amber-100">
              Discard my changes and load theirs
            </a>
          ) : null}
        </div>
      </div>
    </section>
  );
}
