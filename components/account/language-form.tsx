"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { saveLocaleAction } from "@/lib/preferences/actions";
import type { ActionState } from "@/lib/forms/action-state";
import { localeNames, locales, type Locale } from "@/lib/i18n/locales";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { MessageText } from "@/components/ui/message-text";
import { Select } from "@/components/ui/select";

/** The dashboard language of the user's account; "as my browser" stores no choice. */
export function LanguageForm({ chosen, browserLocale }: { chosen: Locale | null; browserLocale: Locale }) {
  const t = useTranslations("account.language");
  const [state, action, pending] = useActionState<ActionState, FormData>(saveLocaleAction, {});
  return (
    <form action={action} className="max-w-md space-y-4">
      <Field id="locale" label={t("label")} error={state.formError}>
        {(aria) => (
          <Select id="locale" name="locale" defaultValue={chosen ?? ""} {...aria}>
            <option value="">{t("browserDefault", { language: localeNames[browserLocale] })}</option>
            {locales.map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {localeNames[locale]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {state.ok && state.message ? (
        <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
          <MessageText text={state.message} />
        </p>
      ) : null}
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
