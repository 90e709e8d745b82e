"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { createPolicyAction, type NewPolicyState } from "@/lib/policies/draft-actions";
import type { Language } from "@/lib/translations/languages";
import { Button, buttonClassName } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

import { MessageText } from "@/components/ui/message-text";

/** `available`: the organisation's languages a policy can be written in, the default first. */
export function NewPolicyForm({ available, organisationSlug }: { available: { language: Language; name: string }[]; organisationSlug: string }) {
  const t = useTranslations("policies");
  const tl = useTranslations("policyLanguages");
  const [state, action, pending] = useActionState<NewPolicyState, FormData>(createPolicyAction, {});
  const errors = state.fieldErrors ?? {};
  // Re-seeded from the returned values: React resets the form after the action.
  const values = state.values ?? { title: "", slug: "", languages: available.slice(0, 1).map((entry) => entry.language), start: "standard" };
  return (
    <form action={action} noValidate className="max-w-2xl space-y-4" key={JSON.stringify(state.values ?? null)}>
      {state.formError ? <Callout tone="danger" title={<MessageText text={state.formError} />} /> : null}
      <Field id="title" label={t("newForm.title")} required hint={t("newForm.titleHint")} error={errors.title}>
        {(aria) => <Input id="title" name="title" maxLength={200} defaultValue={values.title} {...aria} />}
      </Field>
      <Field id="slug" label={t("newForm.slug")} required hint={t("newForm.slugHint", { organisation: organisationSlug })} error={errors.slug}>
        {(aria) => <Input id="slug" name="slug" maxLength={80} defaultValue={values.slug} pattern="[a-z0-9]+(-[a-z0-9]+)*" {...aria} />}
      </Field>
      <fieldset aria-describedby={errors.languages ? "languages-error" : "languages-hint"}>
        <legend className="text-sm font-medium text-slate-800">{tl("languages")}</legend>
        <p id="languages-hint" className="mt-0.5 text-xs text-slate-500">
          {tl("newPolicyLanguagesHint")}
        </p>
        <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {available.map(({ language, name }) => (
            <label key={language} className="inline-flex items-center gap-2">
              <input type="checkbox" name="languages" value={language} defaultChecked={values.languages.includes(language)} className="size-4 accent-blue-700" />
              {name}
            </label>
          ))}
        </div>
        {errors.languages ? <p id="languages-error" className="mt-1 text-sm text-red-700"><MessageText text={errors.languages} /></p> : null}
      </fieldset>
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
