"use client";

import { useActionState } from "react";
import Link from "next/link";
import { publishPolicyAction } from "@/lib/policies/publish-actions";
import type { PublishResult } from "@/lib/policies/publish";
import { CHANGE_SUMMARY_MAX } from "@/lib/policies/publish-schema";
import { Button, buttonClassName } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { Field } from "@/components/ui/field";
import { fieldClassName, Input } from "@/components/ui/input";

/**
 * Publishing a new version: a required change summary (suggested from the
 * drift, for the publisher to put in readers' words), an optional later
 * effective date, and an explicit confirmation when the draft has open
 * Art. 13/14 findings.
 */
export function PublishForm({
  policyId,
  findings,
  today,
  cancelHref,
  suggestedSummary = "",
}: {
  policyId: string;
  findings: number;
  today: string;
  cancelHref: string;
  /** What changed since the latest version, by activity and field, for the publisher to edit. */
  suggestedSummary?: string;
}) {
  const [state, action, pending] = useActionState<PublishResult, FormData>(publishPolicyAction, {});
  const errors = state.fieldErrors ?? {};
  const values = (state.values ?? {}) as Record<string, string>;
  // The server counts the findings again; if more appeared meanwhile, the confirmation is for the new count.
  const open = state.openFindings ?? findings;
  return (
    <form action={action} noValidate className="max-w-2xl space-y-4" key={JSON.stringify(state.values ?? null)}>
      <input type="hidden" name="policyId" value={policyId} />
      {state.formError ? <Callout tone="danger" title={state.formError} /> : null}
      <Field
        id="changeSummary"
        label="What changed in this version"
        required
        hint="Shown to readers in the public archive, e.g. “Push notifications now use Apple’s service; log files are kept for 7 days.”"
        error={errors.changeSummary}
      >
        {(aria) => (
          <textarea
            id="changeSummary"
            name="changeSummary"
            rows={4}
            maxLength={CHANGE_SUMMARY_MAX}
            defaultValue={values.changeSummary ?? suggestedSummary}
            className={`${fieldClassName} py-2`}
            {...aria}
          />
        )}
      </Field>
      <Field
        id="effectiveOn"
        label="Effective from"
        hint="Leave empty to publish with immediate effect, or choose a later day: the current version stays in force until then."
        error={errors.effectiveOn}
      >
        {(aria) => <Input id="effectiveOn" name="effectiveOn" type="date" min={today} defaultValue={values.effectiveOn ?? ""} className="max-w-48" {...aria} />}
      </Field>
      {open > 0 ? (
        <div className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          <label className="flex items-start gap-2">
            <input type="checkbox" name="acceptedFindings" value={open} className="mt-1 accent-amber-700" />
            <span>
              Publish despite {open} open Art. 13/14 {open === 1 ? "finding" : "findings"}. Readers will not get that information from this version.
            </span>
          </label>
        </div>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Publishing…" : "Publish version"}
        </Button>
        <Link href={cancelHref} className={buttonClassName()}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
