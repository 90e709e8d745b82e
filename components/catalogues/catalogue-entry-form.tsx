"use client";

import { useRef } from "react";
import Link from "next/link";
import { createCatalogueEntryAction, updateCatalogueEntryAction } from "@/lib/catalogues/actions";
import { catalogueNouns, catalogueSchemas, type CatalogueType } from "@/lib/catalogues/schema";
import { securityGroupLabels, securityGroupOrder } from "@/lib/labels";
import { ConflictPanel } from "@/components/records/conflict-panel";
import { Button, buttonClassName } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Checkbox, ErrorSummary, FormAlert, Textarea } from "./form-parts";
import { checked, text, useRecordForm } from "./use-record-form";

const readOnlyClass = "cursor-default border-slate-200 bg-slate-100 text-slate-700";

export type CatalogueEntryValues = Record<string, string | boolean>;

const fieldLabels: Record<string, string> = {
  name: "Name",
  citation: "Citation",
  description: "Description",
  special: "Special category (Art. 9)",
  criminal: "Criminal data (Art. 10)",
  defaultRetention: "Default retention",
  group: "Group",
};

export function CatalogueEntryForm({
  type,
  id,
  initialValues,
  version,
  builtIn = false,
  cancelHref,
}: {
  type: CatalogueType;
  /** Absent when creating. */
  id?: string;
  initialValues: CatalogueEntryValues;
  version?: number;
  /** A built-in legal basis: only its description is editable. */
  builtIn?: boolean;
  cancelHref: string;
}) {
  const action = id ? updateCatalogueEntryAction.bind(null, type, id) : createCatalogueEntryAction.bind(null, type);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useRecordForm(catalogueSchemas[type], action, formRef, initialValues, version);
  const { errors, values, state, pending } = form;
  const noun = catalogueNouns[type].one;
  const field = (name: string) => `${type}-${name}`;

  return (
    <div className="space-y-4">
      {state.conflict ? (
        <ConflictPanel conflict={state.conflict} labels={fieldLabels} pending={pending} onReapply={form.reapply} reloadHref={id ? `/catalogues/${type}/${id}` : undefined} />
      ) : null}
      <form ref={formRef} action={form.formAction} onSubmit={form.onSubmit} noValidate className="space-y-4" key={form.attempt}>
        <FormAlert>{state.formError}</FormAlert>
        <ErrorSummary errors={errors} />
        {form.version !== undefined ? <input type="hidden" name="version" value={form.version} /> : null}
        {type === "security-measures" ? (
          <Field id={field("group")} label="Group" required error={errors.group}>
            {(aria) => (
              <Select id={field("group")} name="group" defaultValue={text(values, "group") || "ACCESS_CONTROL"} {...aria}>
                {securityGroupOrder.map((group) => (
                  <option key={group} value={group}>
                    {securityGroupLabels[group]}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        ) : null}
        {type === "legal-bases" ? (
          <>
            <Field
              id={field("citation")}
              label="Citation"
              required={!builtIn}
              hint={builtIn ? "Part of the GDPR: the citation cannot be changed." : "As the law writes it, e.g. “§ 26(1) BDSG” or “Art. 88 GDPR in conjunction with § 26 BDSG”."}
              error={errors.citation}
            >
              {(aria) => <Input id={field("citation")} name="citation" defaultValue={text(values, "citation")} readOnly={builtIn} className={builtIn ? readOnlyClass : ""} maxLength={200} {...aria} />}
            </Field>
            <Field id={field("name")} label="Short name" required={!builtIn} hint={builtIn ? "The name the GDPR gives it." : "How the basis is called in lists, e.g. “Employment relationship”."} error={errors.name}>
              {(aria) => <Input id={field("name")} name="name" defaultValue={text(values, "name")} readOnly={builtIn} className={builtIn ? readOnlyClass : ""} maxLength={200} {...aria} />}
            </Field>
          </>
        ) : (
          <Field id={field("name")} label="Name" required error={errors.name}>
            {(aria) => <Input id={field("name")} name="name" defaultValue={text(values, "name")} maxLength={200} autoComplete="off" {...aria} />}
          </Field>
        )}
        <Field id={field("description")} label="Description" error={errors.description} hint={type === "legal-bases" ? "What it covers and when the organisation relies on it." : undefined}>
          {(aria) => <Textarea id={field("description")} name="description" defaultValue={text(values, "description")} maxLength={10_000} {...aria} />}
        </Field>
        {type === "data-categories" ? (
          <>
            <div className="space-y-3 rounded-md border border-slate-200 bg-slate-50 px-3 py-3">
              <Checkbox
                id={field("special")}
                name="special"
                label="Special category of personal data (Art. 9(1))"
                hint="Racial or ethnic origin, political opinions, religious or philosophical beliefs, trade union membership, genetic, biometric or health data, sex life or sexual orientation. Activities then need an Art. 9(2) condition."
                defaultChecked={checked(values, "special")}
                error={errors.special}
              />
              <Checkbox
                id={field("criminal")}
                name="criminal"
                label="Criminal convictions and offences (Art. 10)"
                hint="Processing needs official authority or a legal basis in Union or Member State law."
                defaultChecked={checked(values, "criminal")}
                error={errors.criminal}
              />
            </div>
            <Field
              id={field("defaultRetention")}
              label="Default retention"
              hint="Art. 30(1)(f): the time limit for erasure, or the criteria for it. Activities start from this and may set their own."
              error={errors.defaultRetention}
            >
              {(aria) => <Input id={field("defaultRetention")} name="defaultRetention" defaultValue={text(values, "defaultRetention")} maxLength={2_000} {...aria} />}
            </Field>
          </>
        ) : null}
        <div className="flex flex-wrap items-center gap-2 pt-1">
          <Button type="submit" variant="primary" disabled={pending}>
            {pending ? "Saving…" : id ? "Save changes" : `Add ${noun}`}
          </Button>
          <Link href={cancelHref} className={buttonClassName({ variant: "ghost" })}>
            Cancel
          </Link>
        </div>
      </form>
    </div>
  );
}
