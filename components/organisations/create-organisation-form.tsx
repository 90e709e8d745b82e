"use client";

import { useActionState, useState } from "react";
import { createOrganisationAction, type CreateOrganisationState } from "@/lib/organisation/create-actions";
import { suggestSlug } from "@/lib/organisation/slug";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

export function CreateOrganisationForm() {
  const [state, action, pending] = useActionState<CreateOrganisationState, FormData>(createOrganisationAction, {});
  // Controlled, so nothing typed is lost when the server refuses the form.
  const [legalName, setLegalName] = useState("");
  const [slug, setSlug] = useState("");
  const [slugEdited, setSlugEdited] = useState(false);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="max-w-xl space-y-4">
      {state.formError ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{state.formError}</p>
      ) : null}
      <Field id="legalName" label="Legal name" hint="As in the commercial register, e.g. Acme GmbH. Art. 30(1)(a) names the controller." error={errors.legalName} required>
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
        label="Short name"
        hint="Used in links, e.g. to published privacy policies: lower-case letters, digits and hyphens."
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
        The new organisation starts with the default catalogues (legal bases, data categories, data subject categories and security measures).
        You become its owner, and it becomes your current organisation.
      </p>
      <Button type="submit" variant="primary" disabled={pending}>
        {pending ? "Creating…" : "Create organisation"}
      </Button>
    </form>
  );
}
