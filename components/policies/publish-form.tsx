"use client";

import { useActionState } from "react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { citeArticle } from "./article-citation";
import type { Finding } from "@/lib/policies/checks";
import { translateMessage } from "@/lib/i18n/message";
import { describeGate, publishGate } from "@/lib/policies/publish-gate";
import { publishPolicyAction } from "@/lib/policies/publish-actions";
import type { PublishFormState } from "@/lib/policies/publish";
import { CHANGE_SUMMARY_MAX } from "@/lib/policies/publish-schema";
import { Button, buttonClassName } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { Field } from "@/components/ui/field";
import { fieldClassName, Input } from "@/components/ui/input";
import { MessageText } from "@/components/ui/message-text";
import { FindingItem } from "./findings-list";

/**
 * Publishing a new version: a required change summary (suggested from the
 * drift, for the publisher to put in readers' words), an optional later
 * effective date, and the findings of the draft. While the draft has errors
 * the button is disabled and says why; each warning has its own checkbox.
 * The server checks the draft again when the form is submitted and refuses
 * what this form would have refused, so the form is a courtesy, not the guard.
 */
export function PublishForm({
  policyId,
  findings: initialFindings,
  today,
  cancelHref,
  suggestedSummary = "",
}: {
  policyId: string;
  findings: Finding[];
  today: string;
  cancelHref: string;
  /** What changed since the latest version, by activity and field, for the publisher to edit. */
  suggestedSummary?: string;
}) {
  const t = useTranslations("policyEditor.publish");
  const tf = useTranslations("policyEditor.findings");
  const tAll = useTranslations();
  const locale = useLocale();
  const [state, action, pending] = useActionState<PublishFormState, FormData>(publishPolicyAction, {});
  const errors = state.fieldErrors ?? {};
  const values = (state.values ?? {}) as Record<string, unknown>;
  // After a refusal the server's findings are the current ones: the records may have changed since the page was opened.
  const findings = state.findings ?? initialFindings;
  const blocking = findings.filter((finding) => finding.severity === "error");
  const warnings = findings.filter((finding) => finding.severity === "warning");
  const notes = findings.filter((finding) => finding.severity === "info");
  const acknowledged = new Set(Array.isArray(values.acknowledged) ? values.acknowledged.map(String) : []);
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const refused = blocking.length > 0;
  // A refusal by the findings names the first of them, each in the reader's language.
  const formError = state.formError
    ? state.findings
      ? describeGate(publishGate(state.findings, [...acknowledged]), (text) => translateMessage(tAll, text))
      : translateMessage(tAll, state.formError)
    : null;

  return (
    <form action={action} noValidate className="max-w-2xl space-y-4" key={JSON.stringify(state.values ?? null)}>
      <input type="hidden" name="policyId" value={policyId} />
      {formError ? (
        <div role="alert">
          <Callout tone="danger" title={formError} />
        </div>
      ) : null}
      <Field
        id="changeSummary"
        label={t("changeSummary")}
        required
        hint={t("changeSummaryHint")}
        error={errors.changeSummary}
      >
        {(aria) => (
          <textarea
            id="changeSummary"
            name="changeSummary"
            rows={4}
            maxLength={CHANGE_SUMMARY_MAX}
            defaultValue={typeof values.changeSummary === "string" ? values.changeSummary : suggestedSummary}
            className={`${fieldClassName} py-2`}
            {...aria}
          />
        )}
      </Field>
      <Field
        id="effectiveOn"
        label={t("effectiveOn")}
        hint={t("effectiveOnHint")}
        error={errors.effectiveOn}
      >
        {(aria) => <Input id="effectiveOn" name="effectiveOn" type="date" min={today} defaultValue={text("effectiveOn")} className="max-w-48" {...aria} />}
      </Field>

      {refused ? (
        <section aria-labelledby="publish-errors" className="rounded-md border border-red-200 bg-red-50 px-3 py-2">
          <h2 id="publish-errors" className="text-sm font-medium text-red-900">
            {t("errorsHeading", { count: blocking.length })}
          </h2>
          <p className="mt-0.5 text-xs text-red-900">{t("errorsBody")}</p>
          <ul className="mt-1.5 divide-y divide-red-100">
            {blocking.map((finding) => (
              <li key={finding.id} className="py-2">
                <FindingItem finding={finding} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {warnings.length > 0 ? (
        <fieldset className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2" aria-describedby={errors.acknowledged ? "publish-warnings-hint acknowledged-error" : "publish-warnings-hint"} aria-invalid={errors.acknowledged ? true : undefined}>
          <legend className="px-1 text-sm font-medium text-amber-950">{t("warningsHeading", { count: warnings.length })}</legend>
          <p id="publish-warnings-hint" className="text-xs text-amber-950">
            {t("warningsHint")}
          </p>
          {errors.acknowledged ? (
            <p id="acknowledged-error" className="mt-1 text-xs font-medium text-red-800">
              <MessageText text={errors.acknowledged} />
            </p>
          ) : null}
          <ul className="mt-1.5 divide-y divide-amber-200">
            {warnings.map((finding) => {
              const inputId = `acknowledge-${finding.id}`;
              return (
                <li key={finding.id} className="flex items-start gap-2 py-2 text-sm text-amber-950">
                  <input
                    type="checkbox"
                    id={inputId}
                    name="acknowledged"
                    value={finding.id}
                    defaultChecked={acknowledged.has(finding.id)}
                    className="mt-1 size-4 shrink-0 accent-amber-700"
                  />
                  <div className="min-w-0">
                    <label htmlFor={inputId}>{t("considered", { finding: translateMessage(tAll, finding.message) })}</label>
                    <p className="mt-0.5 text-xs">
                      {tf("article", { article: citeArticle(finding.article, locale) })}
                      {" · "}
                      <Link href={finding.href} className="rounded-sm underline underline-offset-2">
                        {t("goToField")}
                        <span className="sr-only">
                          {": "}
                          <MessageText text={finding.message} />
                        </span>
                      </Link>
                    </p>
                  </div>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ) : null}

      {notes.length > 0 ? (
        <details className="text-sm text-slate-700">
          <summary className="cursor-pointer rounded-sm">{t("notes", { count: notes.length })}</summary>
          <ul className="mt-1.5 divide-y divide-slate-100">
            {notes.map((finding) => (
              <li key={finding.id} className="py-2">
                <FindingItem finding={finding} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" variant="primary" disabled={pending || refused} aria-describedby={refused ? "publish-refused" : undefined}>
          {pending ? t("publishing") : t("submit")}
        </Button>
        <Link href={cancelHref} className={buttonClassName()}>
          {t("cancel")}
        </Link>
        {refused ? (
          <p id="publish-refused" className="text-sm text-red-800">
            {t("refused", { count: blocking.length })}
          </p>
        ) : null}
      </div>
    </form>
  );
}
