"use client";

import Link from "next/link";
import { useRef, useState } from "react";
import type { RecipientKind } from "@prisma/client";
import { createRecipientAction, updateRecipientAction } from "@/lib/recipients/actions";
import { isProcessorKind, missingAgreementWarning, recipientSchema } from "@/lib/recipients/schema";
import { recipientKindLabels, recipientKindOrder } from "@/lib/labels";
import { dpaStatusLabels, dpaStatusOrder } from "@/lib/recipients/dpa";
import { ConflictPanel } from "@/components/records/conflict-panel";
import { ErrorSummary, FormAlert, FormSection, Textarea } from "@/components/catalogues/form-parts";
import { text, useRecordForm } from "@/components/catalogues/use-record-form";
import { Button, buttonClassName } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

export type CountryOption = { code: string; name: string; eea: boolean; adequacy: boolean };
export type ParentOption = { id: string; name: string; kind: RecipientKind };

const fieldLabels: Record<string, string> = {
  kind: "Kind",
  name: "Name",
  contactName: "Contact person",
  email: "E-mail",
  phone: "Telephone",
  address: "Address",
  countryCode: "Country",
  website: "Website",
  services: "Services",
  notes: "Notes",
  parentId: "Engaged by",
  dpaStatus: "DPA status",
  dpaNotRequiredReason: "Why no DPA is required",
  dpaSignedOn: "DPA signed on",
  dpaReference: "DPA reference",
  dpaNextReviewOn: "DPA next review",
};

const kindHints: Partial<Record<RecipientKind, string>> = {
  PROCESSOR: "Processes personal data on the organisation's behalf and instructions (Art. 28).",
  SUB_PROCESSOR: "Engaged by a processor for part of the processing (Art. 28(2) and (4)).",
  JOINT_CONTROLLER: "Decides purposes and means jointly with the organisation (Art. 26).",
  CLIENT_CONTROLLER: "A controller on whose behalf the organisation processes (Art. 30(2)(a)).",
};

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
            {form.pending ? "Saving…" : id ? "Save changes" : "Add recipient"}
          </Button>
          <Link href={cancelHref} className={buttonClassName({ variant: "ghost" })}>
            Cancel
          </Link>
        </div>
      </form>
    </div>
  );
}

// Keyed on the attempt, so that its inputs and the kind chosen start again from the values last submitted.
function RecipientFields({ form, countries, parents }: { form: ReturnType<typeof useRecordForm>; countries: CountryOption[]; parents: ParentOption[] }) {
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
      <FormSection title="Recipient" description="Who receives the personal data (Art. 30(1)(d)), and for what.">
        <Field id="recipient-kind" label="Kind" required hint={kindHints[kind]} error={errors.kind}>
          {(aria) => (
            <Select id="recipient-kind" name="kind" value={kind} onChange={(event) => setKind(event.target.value as RecipientKind)} {...aria}>
              {recipientKindOrder.map((option) => (
                <option key={option} value={option}>
                  {recipientKindLabels[option]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {input("name", "Name", { required: true, hint: "The legal name, e.g. “Hetzner Online GmbH”." })}
        {/* Hidden rather than removed when not applicable, so that switching the kind back and forth loses nothing typed. */}
        <div hidden={kind !== "SUB_PROCESSOR"} className="sm:col-span-2">
          <Field id="recipient-parentId" label="Engaged by" required hint="The processor (or sub-processor) that engaged this one." error={errors.parentId}>
            {(aria) => (
              <Select id="recipient-parentId" name="parentId" defaultValue={text(values, "parentId")} {...aria}>
                <option value="">Choose a processor…</option>
                {parents.map((parent) => (
                  <option key={parent.id} value={parent.id}>
                    {parent.name} ({recipientKindLabels[parent.kind].toLowerCase()})
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
        <Field id="recipient-services" label="Services" hint="What it does with the data, e.g. “Hosting of the web servers”." error={errors.services} className="sm:col-span-2">
          {(aria) => <Textarea id="recipient-services" name="services" rows={2} defaultValue={text(values, "services")} maxLength={2_000} {...aria} />}
        </Field>
        <Field
          id="recipient-countryCode"
          label="Country"
          hint={country && !country.eea ? (country.adequacy ? "Outside the EEA, with an adequacy decision (Art. 45)." : "A third country without an adequacy decision: transfers need a safeguard (Art. 46).") : "Where it processes the data."}
          error={errors.countryCode}
        >
          {(aria) => (
            <Select id="recipient-countryCode" name="countryCode" value={countryCode} onChange={(event) => setCountryCode(event.target.value)} {...aria}>
              <option value="">Not recorded</option>
              {countries.map((option) => (
                <option key={option.code} value={option.code}>
                  {option.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {input("website", "Website", { type: "url", placeholder: "https://www.example.com", maxLength: 2_000 })}
      </FormSection>

      <div hidden={!isProcessorKind(kind)}>
        <FormSection title="Data processing agreement" description="Art. 28(3): processing by a processor is governed by a written contract.">
          {warning ? (
            <div className="sm:col-span-2">
              <Callout tone="warning" title="Processing agreement missing">
                {warning}
              </Callout>
            </div>
          ) : null}
          <Field id="recipient-dpaStatus" label="Status" required hint="Only a missing agreement is flagged." error={errors.dpaStatus}>
            {(aria) => (
              <Select id="recipient-dpaStatus" name="dpaStatus" value={dpaStatus} onChange={(event) => setDpaStatus(event.target.value)} {...aria}>
                {dpaStatusOrder.map((option) => (
                  <option key={option} value={option}>
                    {dpaStatusLabels[option]}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field id="recipient-dpaSignedOn" label="Signed on" hint="Optional: the date the agreement was signed, where known." error={errors.dpaSignedOn}>
            {(aria) => <Input id="recipient-dpaSignedOn" name="dpaSignedOn" type="date" defaultValue={text(values, "dpaSignedOn")} {...aria} />}
          </Field>
          {/* Hidden rather than removed, so that changing the status back and forth loses nothing typed. */}
          <div hidden={dpaStatus !== "NOT_REQUIRED"} className="sm:col-span-2">
            <Field id="recipient-dpaNotRequiredReason" label="Why no agreement is required" required error={errors.dpaNotRequiredReason}>
              {(aria) => <Textarea id="recipient-dpaNotRequiredReason" name="dpaNotRequiredReason" rows={2} defaultValue={text(values, "dpaNotRequiredReason")} maxLength={2_000} {...aria} />}
            </Field>
          </div>
          <Field id="recipient-dpaNextReviewOn" label="Next review" hint="On or after the signing date." error={errors.dpaNextReviewOn}>
            {(aria) => <Input id="recipient-dpaNextReviewOn" name="dpaNextReviewOn" type="date" defaultValue={text(values, "dpaNextReviewOn")} {...aria} />}
          </Field>
          <div className="sm:col-span-2">{input("dpaReference", "Reference or link", { hint: "Where the signed agreement is kept: a contract number, a file path or a link.", maxLength: 1_000 })}</div>
        </FormSection>
      </div>

      <FormSection title="Contact" description="Whom to contact there about data protection.">
        {input("contactName", "Contact person", { autoComplete: "off" })}
        {input("email", "E-mail", { type: "email", placeholder: "privacy@example.com", maxLength: 254 })}
        {input("phone", "Telephone", { type: "tel", placeholder: "+49 221 123456", maxLength: 50 })}
        <Field id="recipient-address" label="Address" error={errors.address} className="sm:col-span-2">
          {(aria) => <Textarea id="recipient-address" name="address" rows={2} defaultValue={text(values, "address")} maxLength={1_000} {...aria} />}
        </Field>
      </FormSection>

      <FormSection title="Notes">
        <Field id="recipient-notes" label="Internal notes" error={errors.notes} className="sm:col-span-2">
          {(aria) => <Textarea id="recipient-notes" name="notes" rows={3} defaultValue={text(values, "notes")} maxLength={10_000} {...aria} />}
        </Field>
      </FormSection>
    </>
  );
}
