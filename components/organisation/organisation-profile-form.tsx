"use client";

import { useRef } from "react";
import { useTranslations } from "next-intl";
import { organisationProfileSchema, DPO_FORMS, REVIEW_INTERVAL_MAX, REVIEW_INTERVAL_MIN } from "@/lib/organisation/schema";
import { updateOrganisationProfileAction } from "@/lib/organisation/actions";
import { ConflictPanel } from "@/components/records/conflict-panel";
import { ErrorSummary, FormAlert, FormSection, Textarea } from "@/components/catalogues/form-parts";
import { text, useRecordForm } from "@/components/catalogues/use-record-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

// The field names come from the catalogue (organisation.fields), in the reader's language.

type Kind = "text" | "email" | "tel" | "url" | "area";

const placeholders: Partial<Record<Kind, string>> = { email: "name@example.com", url: "https://www.example.com", tel: "+49 221 123456" };

export function OrganisationProfileForm({ initialValues, version, slug }: { initialValues: Record<string, string>; version: number; slug: string }) {
  const t = useTranslations("organisation.form");
  const label = useTranslations("labels");
  const fieldName = useTranslations("organisation.fields");
  const labels = Object.fromEntries(Object.keys(organisationProfileSchema.shape).map((name) => [name, fieldName(name as never)]));
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
        <FormSection title={t("controller")} description={t("controllerDescription")}>
          {field("legalName", "text", undefined, true)}
          <div className="sm:col-span-2">
            <p className="text-sm font-medium text-slate-800">{t("shortName")}</p>
            <p className="mt-1 font-mono text-sm text-slate-700">{slug}</p>
            <p className="mt-0.5 text-xs text-slate-500">{t("shortNameFixed")}</p>
          </div>
          {field("address", "area")}
          {field("email", "email")}
          {field("phone", "tel")}
          {field("website", "url", undefined, true)}
        </FormSection>
        <FormSection title={t("privacyContact")} description={t("privacyContactDescription")}>
          {field("privacyContactName")}
          {field("privacyContactEmail", "email")}
          {field("privacyContactAddress", "area")}
        </FormSection>
        <FormSection title={t("dpo")} description={t("dpoDescription")}>
          {field("dpoName")}
          <Field id="org-dpoForm" label={labels.dpoForm} hint={t("dpoFormHint")} error={errors.dpoForm}>
            {(aria) => (
              <Select id="org-dpoForm" name="dpoForm" defaultValue={text(values, "dpoForm")} {...aria}>
                {(["", ...DPO_FORMS] as const).map((form) => (
                  <option key={form} value={form}>
                    {label(`dpoForm.${form || "none"}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          {field("dpoOrganisation", "text", undefined, false, t("dpoOrganisationPlaceholder"))}
          {field("dpoEmail", "email")}
          {field("dpoPhone", "tel")}
          {field("dpoAddress", "area")}
        </FormSection>
        <FormSection title={t("representative")} description={t("representativeDescription")}>
          {field("representativeName")}
          {field("representativeEmail", "email")}
          {field("representativePhone", "tel")}
          {field("representativeAddress", "area")}
        </FormSection>
        <FormSection title={t("authority")} description={t("authorityDescription")}>
          {field("supervisoryAuthorityName", "text", undefined, false, t("authorityPlaceholder"))}
          {field("supervisoryAuthorityWebsite", "url")}
        </FormSection>
        <FormSection title={t("preferences")}>
          <Field
            id="org-reviewIntervalMonths"
            label={t("reviewInterval")}
            hint={t("reviewIntervalHint")}
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
            {form.pending ? t("saving") : t("save")}
          </Button>
        </div>
      </form>
    </div>
  );
}
