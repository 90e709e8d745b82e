"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { createOrganisationAction, type CreateOrganisationState } from "@/lib/organisation/create-actions";
import { suggestSlug } from "@/lib/organisation/slug";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { MessageText } from "@/components/ui/message-text";

export function CreateOrganisationForm() {
  const t = useTranslations("organisations.form");
  const [state, action, pending] = useActionState<CreateOrganisationState, FormData>(createOrganisationAction, {});
  // Controlled, so nothing typed is lost when the server refuses the form.
  const [legalName, setLegalName] = useState("");
  const [slug, setSlug] = useState("");
  const [slugEdited, setSlugEdited] = useState(false);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="max-w-xl space-y-4">
      {state.formError ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"><MessageText text={state.formError} /></p>
      ) : null}
      <Field id="legalName" label={t("legalName")} hint={t("legalNameHint")} error={errors.legalName} required>
        {(aria) => (
          <Input
            id="legalName"
            name="legalName"
            maxLength={200}
            value={legalName}
            onChange={(event) => {
              setLegalName(event.target.value);
              if (!slugEdited) setSlug(suggestSlug(event.target.value));
            }}
            {...aria}
          />
        )}
      </Field>
      <Field
        id="slug"
        label={t("slug")}
        hint={t("slugHint")}
        error={errors.slug}
        required
      >
        {(aria) => (
          <Input
            id="slug"
            name="slug"
            maxLength={63}
            value={slug}
            onChange={(event) => {
              setSlug(event.target.value);
              setSlugEdited(true);
            }}
            spellCheck={false}
            autoCapitalize="none"
            className="font-mono"
            {...aria}
          />
        )}
      </Field>
      <p className="text-sm text-slate-600">
        {t("startsWith")}
      </p>
      <Button type="submit" variant="primary" disabled={pending}>
        {pending ? t("creating") : t("create")}
      </Button>
    </form>
  );
}
