"use client";

import Link from "next/link";
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { RecipientKind } from "@prisma/client";
import { createRecipientAction, updateRecipientAction } from "@/lib/recipients/actions";
import { isProcessorKind, missingAgreementWarning, recipientSchema } from "@/lib/recipients/schema";
import { recipientFields } from "@/lib/recipients/fields";
import { recipientKindOrder } from "@/lib/labels";
import { dpaStatusOrder } from "@/lib/recipients/dpa";
import { ConflictPanel } from "@/components/records/conflict-panel";
import { ErrorSummary, FormAlert, FormSection, Textarea } from "@/components/catalogues/form-parts";
import { text, useRecordForm } from "@/components/catalogues/use-record-form";
import { Button, buttonClassName } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { MessageText } from "@/components/ui/message-text";
import { Select } from "@/components/ui/select";

export type CountryOption = { code: string; name: string; eea: boolean; adequacy: boolean };
export type ParentOption = { id: string; name: string; kind: RecipientKind };

// The kinds whose choice is explained below the select (recipients.kindHints).
const hintedKinds = { PROCESSOR: true, SUB_PROCESSOR: true, JOINT_CONTROLLER: true, CLIENT_CONTROLLER: true } as const;

export function RecipientForm({
  id,
  initialValues,
  version,
  countries,
  parents,
  cancelHref,
}: {
  id?: string;
  initialValues: Record<string, string>;
  version?: number;
  countries: CountryOption[];
  parents: ParentOption[];
  cancelHref: string;
}) {
  const t = useTranslations("recipients");
  const fieldLabels = Object.fromEntries(Object.keys(recipientFields).filter((name) => name !== "id").map((name) => [name, t(`fields.${name}` as never)]));
  const action = id ? updateRecipientAction.bind(null, id) : createRecipientAction;
  const formRef = useRef<HTMLFormElement>(null);
  const form = useRecordForm(recipientSchema, action, formRef, initialValues, version);
  return (
    <div className="space-y-4">
      {form.state.conflict ? (
        <ConflictPanel
          conflict={form.state.conflict}
          labels={fieldLabels}
          pending={form.pending}
          onReapply={form.reapply}
          reloadHref={id ? `/recipients/${id}/edit` : undefined}
        />
      ) : null}
      <form ref={formRef} action={form.formAction} onSubmit={form.onSubmit} noValidate className="space-y-4">
        <RecipientFields key={form.attempt} form={form} countries={countries} parents={parents} />
        <div className="flex flex-wrap items-center gap-2">
          <Button type="submit" variant="primary" disabled={form.pending}>
            {form.pending ? t("form.saving") : id ? t("form.save") : t("form.add")}
          </Button>
          <Link href={cancelHref} className={buttonClassName({ variant: "ghost" })}>
            {t("form.cancel")}
          </Link>
        </div>
      </form>
    </div>
  );
}

// Keyed on the attempt, so that its inputs and the kind chosen start again from the values last submitted.
function RecipientFields({ form, countries, parents }: { form: ReturnType<typeof useRecordForm>; countries: CountryOption[]; parents: ParentOption[] }) {
  const t = useTranslations("recipients");
  const { values, errors, state } = form;
  const [kind, setKind] = useState<RecipientKind>((text(values, "kind") as RecipientKind) || "PROCESSOR");
  const [dpaStatus, setDpaStatus] = useState(text(values, "dpaStatus") || "MISSING");
  const [countryCode, setCountryCode] = useState(text(values, "countryCode"));
  const country = countries.find((option) => option.code === countryCode);
  const warning = missingAgreementWarning({ kind, dpaStatus });
  const input = (name: string, label: string, props: { type?: string; hint?: string; placeholder?: string; required?: boolean; autoComplete?: string; maxLength?: number } = {}) => (
    <Field id={`recipient-${name}`} label={label} hint={props.hint} required={props.required} error={errors[name]}>
      {(aria) => (
        <Input
          id={`recipient-${name}`}
          name={name}
          type={props.type ?? "text"}
          placeholder={props.placeholder}
          defaultValue={text(values, name)}
          autoComplete={props.autoComplete ?? "off"}
          maxLength={props.maxLength ?? 200}
          {...aria}
        />
      )}
    </Field>
  );

  return (
    <>
      <FormAlert>{state.formError}</FormAlert>
      <ErrorSummary errors={errors} />
      {form.version !== undefined ? <input type="hidden" name="version" value={form.version} /> : null}
      <FormSection title={t("form.recipient")} description={t("form.recipientDescription")}>
        <Field id="recipient-kind" label={t("fields.kind")} required hint={kind in hintedKinds ? t(`kindHints.${kind as keyof typeof hintedKinds}`) : undefined} error={errors.kind}>
          {(aria) => (
            <Select id="recipient-kind" name="kind" value={kind} onChange={(event) => setKind(event.target.value as RecipientKind)} {...aria}>
              {recipientKindOrder.map((option) => (
                <option key={option} value={option}>
                  {t(`kinds.${option}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {input("name", t("fields.name"), { required: true, hint: t("form.nameHint") })}
        {/* Hidden rather than removed when not applicable, so that switching the kind back and forth loses nothing typed. */}
        <div hidden={kind !== "SUB_PROCESSOR"} className="sm:col-span-2">
          <Field id="recipient-parentId" label={t("fields.parentId")} required hint={t("form.parentHint")} error={errors.parentId}>
            {(aria) => (
              <Select id="recipient-parentId" name="parentId" defaultValue={text(values, "parentId")} {...aria}>
                <option value="">{t("form.chooseProcessor")}</option>
                {parents.map((parent) => (
                  <option key={parent.id} value={parent.id}>
                    {parent.name} ({t(`kinds.${parent.kind}`)})
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
        <Field id="recipient-services" label={t("fields.services")} hint={t("form.servicesHint")} error={errors.services} className="sm:col-span-2">
          {(aria) => <Textarea id="recipient-services" name="services" rows={2} defaultValue={text(values, "services")} maxLength={2_000} {...aria} />}
        </Field>
        <Field
          id="recipient-countryCode"
          label={t("fields.countryCode")}
          hint={country && !country.eea ? (country.adequacy ? t("form.countryAdequacy") : t("form.countryNoAdequacy")) : t("form.countryHint")}
          error={errors.countryCode}
        >
          {(aria) => (
            <Select id="recipient-countryCode" name="countryCode" value={countryCode} onChange={(event) => setCountryCode(event.target.value)} {...aria}>
              <option value="">{t("form.notRecorded")}</option>
              {countries.map((option) => (
                <option key={option.code} value={option.code}>
                  {option.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {input("website", t("fields.website"), { type: "url", placeholder: "https://www.example.com", maxLength: 2_000 })}
      </FormSection>

      <div hidden={!isProcessorKind(kind)}>
        <FormSection title={t("form.dpa")} description={t("form.dpaDescription")}>
          {warning ? (
            <div className="sm:col-span-2">
              <Callout tone="warning" title={t("form.dpaMissing")}>
                <MessageText text={warning} />
              </Callout>
            </div>
          ) : null}
          <Field id="recipient-dpaStatus" label={t("form.status")} required hint={t("form.statusHint")} error={errors.dpaStatus}>
            {(aria) => (
              <Select id="recipient-dpaStatus" name="dpaStatus" value={dpaStatus} onChange={(event) => setDpaStatus(event.target.value)} {...aria}>
                {dpaStatusOrder.map((option) => (
                  <option key={option} value={option}>
                    {t(`dpaStatus.${option}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field id="recipient-dpaSignedOn" label={t("form.signedOn")} hint={t("form.signedOnHint")} error={errors.dpaSignedOn}>
            {(aria) => <Input id="recipient-dpaSignedOn" name="dpaSignedOn" type="date" defaultValue={text(values, "dpaSignedOn")} {...aria} />}
          </Field>
          {/* Hidden rather than removed, so that changing the status back and forth loses nothing typed. */}
          <div hidden={dpaStatus !== "NOT_REQUIRED"} className="sm:col-span-2">
            <Field id="recipient-dpaNotRequiredReason" label={t("form.notRequiredReason")} required error={errors.dpaNotRequiredReason}>
              {(aria) => <Textarea id="recipient-dpaNotRequiredReason" name="dpaNotRequiredReason" rows={2} defaultValue={text(values, "dpaNotRequiredReason")} maxLength={2_000} {...aria} />}
            </Field>
          </div>
          <Field id="recipient-dpaNextReviewOn" label={t("form.nextReview")} hint={t("form.nextReviewHint")} error={errors.dpaNextReviewOn}>
            {(aria) => <Input id="recipient-dpaNextReviewOn" name="dpaNextReviewOn" type="date" defaultValue={text(values, "dpaNextReviewOn")} {...aria} />}
          </Field>
          <div className="sm:col-span-2">{input("dpaReference", t("form.reference"), { hint: t("form.referenceHint"), maxLength: 1_000 })}</div>
        </FormSection>
      </div>

      <FormSection title={t("form.contact")} description={t("form.contactDescription")}>
        {input("contactName", t("fields.contactName"), { autoComplete: "off" })}
        {input("email", t("fields.email"), { type: "email", placeholder: "privacy@example.com", maxLength: 254 })}
        {input("phone", t("fields.phone"), { type: "tel", placeholder: "+49 221 123456", maxLength: 50 })}
        <Field id="recipient-address" label={t("fields.address")} error={errors.address} className="sm:col-span-2">
          {(aria) => <Textarea id="recipient-address" name="address" rows={2} defaultValue={text(values, "address")} maxLength={1_000} {...aria} />}
        </Field>
      </FormSection>

      <FormSection title={t("form.notes")}>
        <Field id="recipient-notes" label={t("form.internalNotes")} error={errors.notes} className="sm:col-span-2">
          {(aria) => <Textarea id="recipient-notes" name="notes" rows={3} defaultValue={text(values, "notes")} maxLength={10_000} {...aria} />}
        </Field>
      </FormSection>
    </>
  );
}
