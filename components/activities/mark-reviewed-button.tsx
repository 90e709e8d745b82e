"use client";

import { useActionState, useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { MessageText } from "@/components/ui/message-text";
import { markActivityReviewedAction, type MarkReviewedState } from "@/lib/activities/bulk-actions";
import { parseDateInput, proposeNextReview, toDateInput } from "@/lib/activities/review";
import { startOfUtcDay } from "@/lib/format";

/**
 * "Mark as reviewed" for one activity: a small form in a dialog with the
 * review date (today) and the next review date proposed from the
 * organisation's review interval, which the user accepts or changes.
 */
export function MarkReviewedButton({ activityId, version, reviewIntervalMonths }: { activityId: string; version: number; reviewIntervalMonths: number }) {
  const t = useTranslations("activityRecord.review");
  const [state, formAction, pending] = useActionState<MarkReviewedState, FormData>(markActivityReviewedAction, {});
  const [open, setOpen] = useState(false);
  const [handled, setHandled] = useState(state);
  const today = toDateInput(startOfUtcDay());
  const [reviewedOn, setReviewedOn] = useState(today);
  const [nextReviewOn, setNextReviewOn] = useState("");
  const [nextEdited, setNextEdited] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  const reviewedDate = parseDateInput(reviewedOn);
  const proposal = reviewedDate ? toDateInput(proposeNextReview(reviewedDate, reviewIntervalMonths)) : "";
  const nextValue = nextEdited ? nextReviewOn : proposal;

  if (state !== handled) {
    setHandled(state);
    if (state.ok) setOpen(false);
  }

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  // A stale version is reported with the version the record has now; confirming again applies the review on top.
  const baseVersion = state.conflict?.currentVersion ?? version;
  const errors = state.ok ? {} : (state.fieldErrors ?? {});

  return (
    <div className="inline-flex flex-col items-start gap-1">
      <Button
        onClick={() => {
          setReviewedOn(today);
          setNextEdited(false);
          setOpen(true);
        }}
      >
        {t("button")}
      </Button>
      <p role="status" className="text-sm text-emerald-800">
        {state.ok && !open && state.message ? <MessageText text={state.message} /> : null}
      </p>

      <dialog
        ref={dialogRef}
        aria-labelledby={titleId}
        onClose={() => setOpen(false)}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40"
      >
        {open ? (
          <form action={formAction} className="space-y-4 p-5" noValidate>
            <div>
              <h2 id={titleId} className="text-base font-semibold">
                {t("title")}
              </h2>
              <p className="mt-1 text-sm text-slate-600">
                {t("body", { months: reviewIntervalMonths })}
              </p>
            </div>
            <input type="hidden" name="id" value={activityId} />
            <input type="hidden" name="version" value={baseVersion} />
            <Field id="review-reviewed-on" label={t("reviewedOn")} error={errors.reviewedOn} required>
              {(aria) => (
                <Input id="review-reviewed-on" name="reviewedOn" type="date" max={today} value={reviewedOn} onChange={(event) => setReviewedOn(event.target.value)} required {...aria} />
              )}
            </Field>
            <Field
              id="review-next"
              label={t("nextReview")}
              hint={nextEdited && nextValue !== proposal && proposal ? undefined : t("proposed", { months: reviewIntervalMonths })}
              error={errors.nextReviewOn}
              required
            >
              {(aria) => (
                <div className="flex items-center gap-2">
                  <Input
                    id="review-next"
                    name="nextReviewOn"
                    type="date"
                    min={reviewedOn}
                    value={nextValue}
                    onChange={(event) => {
                      setNextEdited(true);
                      setNextReviewOn(event.target.value);
                    }}
                    required
                    {...aria}
                  />
                  {nextEdited && nextValue !== proposal && proposal ? (
                    <Button size="sm" variant="ghost" className="shrink-0" onClick={() => setNextEdited(false)}>
                      {t("useProposal")}
                    </Button>
                  ) : null}
                </div>
              )}
            </Field>
            {state.formError && !state.ok ? (
              <p className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800" role="alert">
                <MessageText text={state.formError} />
              </p>
            ) : null}
            <div className="flex justify-end gap-2">
              <Button onClick={() => setOpen(false)} disabled={pending}>
                {t("cancel")}
              </Button>
              <Button type="submit" variant="primary" disabled={pending}>
                {pending ? t("saving") : t("confirm")}
              </Button>
            </div>
          </form>
        ) : null}
      </dialog>
    </div>
  );
}
