"use client";

import { useRef } from "react";
import { organisationProfileSchema, DPO_FORMS, dpoFormLabels, REVIEW_INTERVAL_MAX, REVIEW_INTERVAL_MIN } from "@/lib/organisation/schema";
import { updateOrganisationProfileAction } from "@/lib/organisation/actions";
import { ConflictPanel } from "@/components/records/conflict-panel";
import { ErrorSummary, FormAlert, FormSection, Textarea } from "@/components/catalogues/form-parts";
import { text, useRecordForm } from "@/components/catalogues/use-record-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

const labels: Record<string, string> = {
  legalName: "Legal name",
  address: "Address",
  email: "E-mail",
  phone: "Telephone",
  website: "Website",
  privacyContactName: "Privacy contact",
  privacyContactEmail: "Privacy contact e-mail",
  privacyContactAddress: "Privacy contact address",
  representativeName: "Representative",
  representativeAddress: "Representative's address",
  representativeEmail: "Representative's e-mail",
  representativePhone: "Representative's telephone",
  dpoName: "DPO name",
  dpoForm: "DPO form of address",
  dpoOrganisation: "DPO organisation",
  dpoAddress: "DPO address",
  dpoEmail: "DPO e-mail",
  dpoPhone: "DPO telephone",
  supervisoryAuthorityName: "Supervisory authority",
  supervisoryAuthorityWebsite: "Supervisory authority website",
  reviewIntervalMonths: "Review interval",
};

type Kind = "text" | "email" | "tel" | "url" | "area";

const placeholders: Partial<Record<Kind, string>> = { email: "name@example.com", url: "https://www.example.com", tel: "+49 221 123456" };

export function OrganisationProfileForm({ initialValues, version, slug }: { initialValues: Record<string, string>; version: number; slug: string }) {
  const formRef = useRef<HTMLFormElement>(null);
  const form = useRecordForm(organisationProfileSchema, updateOrganisationProfileAction, formRef, initialValues, version);
  const { errors, values, state } = form;
  const field = (name: string, kind: Kind = "text", hint?: string, wide = false, placeholder?: string) => (
    <Field key={name} id={`org-${name}`} label={labels[name]} hint={hint} error={errors[name]} required={name === "legalName"} className={wide || kind === "area" ? "sm:col-span-2" : ""}>
      {(aria) =>
        kind === "area" ? (
          <Textarea id={`org-${name}`} name={name} rows={2} defaultValue={text(values, name)} maxLength={1_000} {...aria} />
        ) : (
          <Input
            id={`org-${name}`}
            name={name}
            type={kind}
            placeholder={placeholder ?? placeholders[kind]}
            defaultValue={text(values, name)}
            maxLength={kind === "url" ? 2_000 : kind === "email" ? 254 : kind === "tel" ? 50 : 200}
            {...aria}
          />
        )
      }
    </Field>
  );

  return (
    <div className="space-y-4">
      {state.conflict ? (
        <ConflictPanel conflict={state.conflict} labels={labels} pending={form.pending} onReapply={form.reapply} reloadHref="/settings" />
      ) : null}
      <form ref={formRef} action={form.formAction} onSubmit={form.onSubmit} noValidate className="space-y-4" key={form.attempt}>
        <FormAlert>{state.formError}</FormAlert>
        <ErrorSummary errors={errors} />
        <input type="hidden" name="version" value={form.version} />
        <FormSection title="Controller" description="Art. 30(1)(a): the name and contact details of the controller, as the register and the policies show them.">
          {field("legalName", "text", undefined, true)}
          <div className="sm:col-span-2">
            <p className="text-sm font-medium text-slate-800">Short name (in links)</p>
            <p className="mt-1 font-mono text-sm text-slate-700">{slug}</p>
            <p className="mt-0.5 text-xs text-slate-500">Fixed: the addresses of published policies contain it.</p>
          </div>
          {field("address", "area")}
          {field("email", "email")}
          {field("phone", "tel")}
          {field("website", "url", undefined, true)}
        </FormSection>
        <FormSection title="Privacy contact" description="Where people turn with data protection questions, if that is not the DPO.">
          {field("privacyContactName")}
          {field("privacyContactEmail", "email")}
          {field("privacyContactAddress", "area")}
        </FormSection>
        <FormSection title="Data protection officer" description="Art. 37–39; named in the register (Art. 30(1)(a)) and in policies (Art. 13(1)(b)).">
          {field("dpoName")}
          <Field id="org-dpoForm" label={labels.dpoForm} hint="Sets the title in German and French policies: Datenschutzbeauftragte or -r, déléguée or délégué." error={errors.dpoForm}>
            {(aria) => (
              <Select id="org-dpoForm" name="dpoForm" defaultValue={text(values, "dpoForm")} {...aria}>
                {(["", ...DPO_FORMS] as const).map((form) => (
                  <option key={form} value={form}>
                    {dpoFormLabels[form]}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          {field("dpoOrganisation", "text", undefined, false, "For an external DPO: their firm")}
          {field("dpoEmail", "email")}
          {field("dpoPhone", "tel")}
          {field("dpoAddress", "area")}
        </FormSection>
        <FormSection title="Representative in the Union" description="Art. 27: only for controllers established outside the EU that offer goods or services to people in it, or monitor them.">
          {field("representativeName")}
          {field("representativeEmail", "email")}
          {field("representativePhone", "tel")}
          {field("representativeAddress", "area")}
        </FormSection>
        <FormSection title="Supervisory authority" description="The competent authority, named in policies as where people may complain (Art. 77).">
          {field("supervisoryAuthorityName", "text", undefined, false, "e.g. the data protection authority of your state")}
          {field("supervisoryAuthorityWebsite", "url")}
        </FormSection>
        <FormSection title="Register preferences">
          <Field
            id="org-reviewIntervalMonths"
            label="Review interval (months)"
            hint="After an activity is reviewed, its next review is proposed this many months later."
            error={errors.reviewIntervalMonths}
          >
            {(aria) => (
              <Input
                id="org-reviewIntervalMonths"
                name="reviewIntervalMonths"
                type="number"
                inputMode="numeric"
                min={REVIEW_INTERVAL_MIN}
                max={REVIEW_INTERVAL_MAX}
                defaultValue={text(values, "reviewIntervalMonths")}
                className="max-w-32"
                {...aria}
              />
            )}
          </Field>
        </FormSection>
        <div className="flex flex-wrap items-center gap-2">
          <Button type="submit" variant="primary" disabled={form.pending}>
            {form.pending ? "Saving…" : "Save profile"}
          </Button>
        </div>
      </form>
    </div>
  );
}
