"use client";

import { useEffect, useRef, useState, useTransition, type ReactNode } from "react";
import type { ActivityStatus } from "@prisma/client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { MessageText } from "@/components/ui/message-text";
import { Select } from "@/components/ui/select";
import { bulkUpdateActivitiesAction } from "@/lib/activities/bulk-actions";
import { OWNER_MAX, type BulkActivityInput } from "@/lib/activities/bulk-schema";
import { proposeNextReview } from "@/lib/activities/review";
import { formatDate, startOfUtcDay } from "@/lib/format";
import { activityStatuses } from "@/lib/activities/list-filter";

type Selected = { id: string; name: string; reference: string };
type BulkChange = BulkActivityInput extends infer T ? (T extends unknown ? Omit<T, "ids"> : never) : never;
type Dialog = "status" | "owner" | "review" | "retire" | null;

/** A modal dialog (native <dialog>: focus stays inside, Escape closes it). */
function ConfirmDialog({ title, open, onClose, children }: { title: string; open: boolean; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby="bulk-dialog-title"
      onClose={onClose}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40"
    >
      {open ? (
        <div className="p-5">
          <h2 id="bulk-dialog-title" className="text-base font-semibold">
            {title}
          </h2>
          {children}
        </div>
      ) : null}
    </dialog>
  );
}

export function BulkActionsBar({
  rows,
  reviewIntervalMonths,
  onDone,
}: {
  rows: Selected[];
  reviewIntervalMonths: number;
  /** Called with the result message after a change was saved. */
  onDone: (message: string) => void;
}) {
  const t = useTranslations("activityRecord.bulk");
  const labels = useTranslations("labels");
  const [dialog, setDialog] = useState<Dialog>(null);
  const [status, setStatus] = useState<ActivityStatus>("ACTIVE");
  const [owner, setOwner] = useState("");
  const [error, setError] = useState<{ form?: string; owner?: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const count = rows.length;
  const nextReview = proposeNextReview(startOfUtcDay(), reviewIntervalMonths);

  const open = (which: Dialog) => {
    setError(null);
    setDialog(which);
  };
  const submit = (input: BulkChange) =>
    startTransition(async () => {
      const result = await bulkUpdateActivitiesAction({ ...input, ids: rows.map((row) => row.id) } as BulkActivityInput);
      if (result.ok) {
        setDialog(null);
        onDone(result.message ?? t("saved"));
      } else {
        setError({ form: result.formError, owner: result.fieldErrors?.owner });
      }
    });

  const names = (
    <ul className="mt-3 max-h-40 list-disc space-y-0.5 overflow-y-auto pl-5 text-sm text-slate-700">
      {rows.map((row) => (
        <li key={row.id}>
          {row.name} <span className="font-mono text-xs text-slate-500">{row.reference}</span>
        </li>
      ))}
    </ul>
  );
  const footer = (confirm: ReactNode) => (
    <>
      {error?.form && !error.owner ? (
        <p className="mt-3 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800" role="alert">
          <MessageText text={error.form} />
        </p>
      ) : null}
      <div className="mt-5 flex flex-wrap justify-end gap-2">
        <Button onClick={() => setDialog(null)} disabled={pending}>
          {t("cancel")}
        </Button>
        {confirm}
      </div>
    </>
  );

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button size="sm" onClick={() => open("status")}>
        {t("changeStatus")}
      </Button>
      <Button size="sm" onClick={() => open("owner")}>
        {t("setOwner")}
      </Button>
      <Button size="sm" onClick={() => open("review")}>
        {t("markReviewed")}
      </Button>
      <Button size="sm" onClick={() => open("retire")}>
        {t("retire")}
      </Button>

      <ConfirmDialog title={t("statusTitle", { count })} open={dialog === "status"} onClose={() => setDialog(null)}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit({ action: "status", status });
          }}
        >
          {names}
          <Field id="bulk-status" label={t("newStatus")} className="mt-4">
            {(aria) => (
              <Select id="bulk-status" value={status} onChange={(event) => setStatus(event.target.value as ActivityStatus)} {...aria}>
                {activityStatuses.map((value) => (
                  <option key={value} value={value}>
                    {labels(`activityStatus.${value}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          {footer(
            <Button type="submit" variant="primary" disabled={pending}>
              {pending ? t("saving") : t("statusConfirm", { count })}
            </Button>,
          )}
        </form>
      </ConfirmDialog>

      <ConfirmDialog title={t("ownerTitle", { count })} open={dialog === "owner"} onClose={() => setDialog(null)}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit({ action: "owner", owner });
          }}
        >
          {names}
          <Field id="bulk-owner" label={t("owner")} hint={t("ownerHint")} error={error?.owner} required className="mt-4">
            {(aria) => <Input id="bulk-owner" value={owner} onChange={(event) => setOwner(event.target.value)} maxLength={OWNER_MAX} autoComplete="off" {...aria} />}
          </Field>
          {footer(
            <Button type="submit" variant="primary" disabled={pending}>
              {pending ? t("saving") : t("ownerConfirm", { count })}
            </Button>,
          )}
        </form>
      </ConfirmDialog>

      <ConfirmDialog title={t("reviewTitle", { count })} open={dialog === "review"} onClose={() => setDialog(null)}>
        <p className="mt-2 text-sm text-slate-600">
          {t("reviewBody", { date: formatDate(nextReview), months: reviewIntervalMonths })}
        </p>
        {names}
        {footer(
          <Button variant="primary" disabled={pending} onClick={() => submit({ action: "review" })}>
            {pending ? t("saving") : t("reviewConfirm", { count })}
          </Button>,
        )}
      </ConfirmDialog>

      <ConfirmDialog title={t("retireTitle", { count })} open={dialog === "retire"} onClose={() => setDialog(null)}>
        <p className="mt-2 text-sm text-slate-600">
          {t("retireBody")}
        </p>
        {names}
        {footer(
          <Button variant="primary" className="bg-red-700! hover:bg-red-800!" disabled={pending} onClick={() => submit({ action: "retire" })}>
            {pending ? t("retiring") : t("retireConfirm", { count })}
          </Button>,
        )}
      </ConfirmDialog>
    </div>
  );
}
