"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { createPolicyAction, type NewPolicyState } from "@/lib/policies/draft-actions";
import { POLICY_LANGUAGES } from "@/lib/policies/wording";
import { Button, buttonClassName } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { MessageText } from "@/components/ui/message-text";
import { Select } from "@/components/ui/select";

export function NewPolicyForm({ defaultLanguage, organisationSlug }: { defaultLanguage: string; organisationSlug: string }) {
  const t = useTranslations("policies");
  const [state, action, pending] = useActionState<NewPolicyState, FormData>(createPolicyAction, {});
  const errors = state.fieldErrors ?? {};
  // Re-seeded from the returned values: React resets the form after the action.
  const values = state.values ?? { title: "", slug: "", language: defaultLanguage, start: "standard" };
  return (
    <form action={action} noValidate className="max-w-2xl space-y-4" key={JSON.stringify(state.values ?? null)}>
      {state.formError ? <Callout tone="danger" title={<MessageText text={state.formError} />} /> : null}
      <Field id="title" label={t("newForm.title")} required hint={t("newForm.titleHint")} error={errors.title}>
        {(aria) => <Input id="title" name="title" maxLength={200} defaultValue={values.title} {...aria} />}
      </Field>
      <Field id="slug" label={t("newForm.slug")} required hint={t("newForm.slugHint", { organisation: organisationSlug })} error={errors.slug}>
        {(aria) => <Input id="slug" name="slug" maxLength={80} defaultValue={values.slug} pattern="[a-z0-9]+(-[a-z0-9]+)*" {...aria} />}
      </Field>
      <Field id="language" label={t("newForm.language")} hint={t("newForm.languageHint")} error={errors.language}>
        {(aria) => (
          <Select id="language" name="language" defaultValue={values.language} {...aria}>
            {POLICY_LANGUAGES.map((lang) => (
              <option key={lang} value={lang}>
                {t(`languages.${lang}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <fieldset aria-describedby={errors.start ? "start-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t("newForm.start")}</legend>
        <div className="mt-2 space-y-2 text-sm">
          <label className="flex items-start gap-2">
            <input type="radio" name="start" value="standard" defaultChecked={values.start !== "empty"} className="mt-1 accent-blue-700" />
            <span>{t("newForm.startStandard")}</span>
          </label>
          <label className="flex items-start gap-2">
            <input type="radio" name="start" value="empty" defaultChecked={values.start === "empty"} className="mt-1 accent-blue-700" />
            <span>{t("newForm.startEmpty")}</span>
          </label>
        </div>
        {errors.start ? <p id="start-error" className="mt-1 text-sm text-red-700"><MessageText text={errors.start} /></p> : null}
      </fieldset>
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? t("newForm.creating") : t("newForm.create")}
        </Button>
        <Link href="/policies" className={buttonClassName()}>
          {t("newForm.cancel")}
        </Link>
      </div>
    </form>
  );
}
