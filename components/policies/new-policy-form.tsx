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

/** `available`: the organisation's languages a policy can be written in, the default first. */
export function NewPolicyForm({ available, organisationSlug }: { available: { language: Language; name: string }[]; organisationSlug: string }) {
  const t = useTranslations("policyLanguages");
  const [state, action, pending] = useActionState<NewPolicyState, FormData>(createPolicyAction, {});
  const errors = state.fieldErrors ?? {};
  // Re-seeded from the returned values: React resets the form after the action.
  const values = state.values ?? { title: "", slug: "", languages: available.slice(0, 1).map((entry) => entry.language), start: "standard" };
  return (
    <form action={action} noValidate className="max-w-2xl space-y-4" key={JSON.stringify(state.values ?? null)}>
      {state.formError ? <Callout tone="danger" title={state.formError} /> : null}
      <Field id="title" label="Title" required hint="As readers see it, e.g. “Privacy policy for our website”." error={errors.title}>
        {(aria) => <Input id="title" name="title" maxLength={200} defaultValue={values.title} {...aria} />}
      </Field>
      <Field id="slug" label="Address of the public page" required hint={`Published at /p/${organisationSlug}/…; lower-case letters, digits and hyphens.`} error={errors.slug}>
        {(aria) => <Input id="slug" name="slug" maxLength={80} defaultValue={values.slug} pattern="[a-z0-9]+(-[a-z0-9]+)*" {...aria} />}
      </Field>
      <fieldset aria-describedby={errors.languages ? "languages-error" : "languages-hint"}>
        <legend className="text-sm font-medium text-slate-800">{t("languages")}</legend>
        <p id="languages-hint" className="mt-0.5 text-xs text-slate-500">
          {t("newPolicyLanguagesHint")}
        </p>
        <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {available.map(({ language, name }) => (
            <label key={language} className="inline-flex items-center gap-2">
              <input type="checkbox" name="languages" value={language} defaultChecked={values.languages.includes(language)} className="size-4 accent-blue-700" />
              {name}
            </label>
          ))}
        </div>
        {errors.languages ? <p id="languages-error" className="mt-1 text-sm text-red-700">{errors.languages}</p> : null}
      </fieldset>
      <fieldset aria-describedby={errors.start ? "start-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">Start with</legend>
        <div className="mt-2 space-y-2 text-sm">
          <label className="flex items-start gap-2">
            <input type="radio" name="start" value="standard" defaultChecked={values.start !== "empty"} className="mt-1 accent-blue-700" />
            <span>The controller, every active processing activity and the rights: remove what this audience is not affected by.</span>
          </label>
          <label className="flex items-start gap-2">
            <input type="radio" name="start" value="empty" defaultChecked={values.start === "empty"} className="mt-1 accent-blue-700" />
            <span>The controller and the rights only: add activities one by one.</span>
          </label>
        </div>
        {errors.start ? <p id="start-error" className="mt-1 text-sm text-red-700">{errors.start}</p> : null}
      </fieldset>
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Creating…" : "Create policy"}
        </Button>
        <Link href="/policies" className={buttonClassName()}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
