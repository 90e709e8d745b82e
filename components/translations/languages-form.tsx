"use client";

import { useActionState, useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { MessageText } from "@/components/ui/message-text";
import { updateLanguageSettingsAction, type LanguageSettingsState } from "@/lib/translations/actions";
import type { Language } from "@/lib/translations/languages";

type Option = { code: Language; label: string; own: string };

/**
 * The organisation's languages (checkboxes) and its default (radio buttons):
 * the default is the language the records are written in, so it must be one
 * of the chosen languages.
 */
export function LanguagesForm({ options, languages, defaultLanguage, version }: { options: Option[]; languages: Language[]; defaultLanguage: Language; version: number }) {
  const t = useTranslations("translations.settings");
  const [state, action, pending] = useActionState<LanguageSettingsState, FormData>(updateLanguageSettingsAction, {});
  const submitted = state.values as { languages?: string[]; defaultLanguage?: string } | undefined;
  // React resets a form after its action; the choices are drawn again from each answer (the submitted ones), so nothing chosen is lost.
  const [answer, setAnswer] = useState({ state, count: 0 });
  if (answer.state !== state) setAnswer({ state, count: answer.count + 1 });
  const errors = state.fieldErrors ?? {};

  return (
    <form action={action} className="max-w-2xl space-y-6" noValidate>
      <input type="hidden" name="version" value={version} />
      {state.ok && state.message ? (
        <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
          <MessageText text={state.message} />
        </p>
      ) : null}
      {state.kind === "conflict" ? (
        <Callout tone="warning" title={t("conflict")}>
          <Link href="/settings/languages" className="font-medium underline">
            {t("reload")}
          </Link>
        </Callout>
      ) : state.formError ? (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
          <p>
            <MessageText text={state.formError} />
          </p>
          {state.lacking && state.lackingLanguage ? (
            <p className="mt-1">
              <Link href={`/translations?lang=${state.lackingLanguage}&state=missing`} className="font-medium underline">
                {t("showLacking", { count: state.lacking })}
              </Link>
            </p>
          ) : null}
        </div>
      ) : null}

      <LanguageChoices
        key={answer.count}
        options={options}
        initialLanguages={submitted?.languages ?? languages}
        initialDefault={submitted?.defaultLanguage ?? defaultLanguage}
        savedDefault={defaultLanguage}
        errors={errors}
      />

      <Button type="submit" variant="primary" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}

function LanguageChoices({
  options,
  initialLanguages,
  initialDefault,
  savedDefault,
  errors,
}: {
  options: Option[];
  initialLanguages: string[];
  initialDefault: string;
  savedDefault: string;
  errors: Record<string, string>;
}) {
  const t = useTranslations("translations.settings");
  const [chosen, setChosen] = useState<string[]>(initialLanguages);
  const [main, setMain] = useState<string>(initialDefault);
  return (
    <>
      <fieldset aria-describedby="languages-hint">
        <legend className="text-sm font-medium text-slate-800">{t("languagesLabel")}</legend>
        <p id="languages-hint" className="mt-0.5 text-xs text-slate-600">
          {t("languagesHint")}
        </p>
        <div className="mt-2 space-y-2">
          {options.map((option) => (
            <div key={option.code} className="flex items-center gap-2">
              <input
                id={`language-${option.code}`}
                type="checkbox"
                name="languages"
                value={option.code}
                checked={chosen.includes(option.code)}
                onChange={(event) => setChosen((previous) => (event.target.checked ? [...previous, option.code] : previous.filter((code) => code !== option.code)))}
                className="size-4 rounded border-slate-400 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
              />
              <label htmlFor={`language-${option.code}`} className="text-sm text-slate-800">
                {option.label}
                {option.own !== option.label ? (
                  <span lang={option.code} className="text-slate-600">
                    {" "}
                    ({option.own})
                  </span>
                ) : null}
              </label>
            </div>
          ))}
        </div>
        {errors.languages ? (
          <p className="mt-1 text-sm text-red-700">
            <MessageText text={errors.languages} />
          </p>
        ) : null}
      </fieldset>

      <fieldset aria-describedby="default-hint">
        <legend className="text-sm font-medium text-slate-800">{t("defaultLabel")}</legend>
        <p id="default-hint" className="mt-0.5 text-xs text-slate-600">
          {t("defaultHint")}
        </p>
        <div className="mt-2 space-y-2">
          {options.map((option) => (
            <div key={option.code} className="flex items-center gap-2">
              <input
                id={`default-${option.code}`}
                type="radio"
                name="defaultLanguage"
                value={option.code}
                checked={main === option.code}
                disabled={!chosen.includes(option.code)}
                onChange={() => setMain(option.code)}
                className="size-4 border-slate-400 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
              />
              <label htmlFor={`default-${option.code}`} className="text-sm text-slate-800">
                {option.label}
              </label>
            </div>
          ))}
        </div>
        {errors.defaultLanguage ? (
          <p className="mt-1 text-sm text-red-700">
            <MessageText text={errors.defaultLanguage} />
          </p>
        ) : null}
      </fieldset>

      <Callout tone="info">
        <p>{t("keptNote")}</p>
        {main !== savedDefault ? <p className="mt-1">{t("switchNote")}</p> : null}
      </Callout>
    </>
  );
}
