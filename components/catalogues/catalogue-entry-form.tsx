"use client";

import { useRef } from "react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { createCatalogueEntryAction, updateCatalogueEntryAction } from "@/lib/catalogues/actions";
import { catalogueSchemas, type CatalogueType } from "@/lib/catalogues/schema";
import { securityGroupOrder } from "@/lib/labels";
import { ConflictPanel } from "@/components/records/conflict-panel";
import { Button, buttonClassName } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Checkbox, ErrorSummary, FormAlert, Textarea } from "./form-parts";
import { checked, text, useRecordForm } from "./use-record-form";
import { catalogueKeys } from "./catalogue-keys";

const readOnlyClass = "cursor-default border-slate-200 bg-slate-100 text-slate-700";

export type CatalogueEntryValues = Record<string, string | boolean>;

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
  const t = useTranslations("catalogues.form");
  const label = useTranslations("labels");
  const typeText = useTranslations(`catalogues.types.${catalogueKeys[type]}`);
  const fieldLabels: Record<string, string> = {
    name: t("name"),
    citation: t("citation"),
    description: t("description"),
    special: t("specialLabel"),
    criminal: t("criminalLabel"),
    defaultRetention: t("defaultRetention"),
    group: t("group"),
  };
  const action = id ? updateCatalogueEntryAction.bind(null, type, id) : createCatalogueEntryAction.bind(null, type);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useRecordForm(catalogueSchemas[type], action, formRef, initialValues, version);
  const { errors, values, state, pending } = form;
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
          <Field id={field("group")} label={t("group")} required error={errors.group}>
            {(aria) => (
              <Select id={field("group")} name="group" defaultValue={text(values, "group") || "ACCESS_CONTROL"} {...aria}>
                {securityGroupOrder.map((group) => (
                  <option key={group} value={group}>
                    {label(`securityGroup.${group}`)}
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
              label={t("citation")}
              required={!builtIn}
              hint={builtIn ? t("citationBuiltIn") : t("citationHint")}
              error={errors.citation}
            >
              {(aria) => <Input id={field("citation")} name="citation" defaultValue={text(values, "citation")} readOnly={builtIn} className={builtIn ? readOnlyClass : ""} maxLength={200} {...aria} />}
            </Field>
            <Field id={field("name")} label={t("shortName")} required={!builtIn} hint={builtIn ? t("shortNameBuiltIn") : t("shortNameHint")} error={errors.name}>
              {(aria) => <Input id={field("name")} name="name" defaultValue={text(values, "name")} readOnly={builtIn} className={builtIn ? readOnlyClass : ""} maxLength={200} {...aria} />}
            </Field>
          </>
        ) : (
          <Field id={field("name")} label={t("name")} required error={errors.name}>
            {(aria) => <Input id={field("name")} name="name" defaultValue={text(values, "name")} maxLength={200} autoComplete="off" {...aria} />}
          </Field>
        )}
        <Field id={field("description")} label={t("description")} error={errors.description} hint={type === "legal-bases" ? t("descriptionHint") : undefined}>
          {(aria) => <Textarea id={field("description")} name="description" defaultValue={text(values, "description")} maxLength={10_000} {...aria} />}
        </Field>
        {type === "data-categories" ? (
          <>
            <div className="space-y-3 rounded-md border border-slate-200 bg-slate-50 px-3 py-3">
              <Checkbox
                id={field("special")}
                name="special"
                label={t("special")}
                hint={t("specialHint")}
                defaultChecked={checked(values, "special")}
                error={errors.special}
              />
              <Checkbox
                id={field("criminal")}
                name="criminal"
                label={t("criminal")}
                hint={t("criminalHint")}
                defaultChecked={checked(values, "criminal")}
                error={errors.criminal}
              />
            </div>
            <Field
              id={field("defaultRetention")}
              label={t("defaultRetention")}
              hint={t("defaultRetentionHint")}
              error={errors.defaultRetention}
            >
              {(aria) => <Input id={field("defaultRetention")} name="defaultRetention" defaultValue={text(values, "defaultRetention")} maxLength={2_000} {...aria} />}
            </Field>
          </>
        ) : null}
        <div className="flex flex-wrap items-center gap-2 pt-1">
          <Button type="submit" variant="primary" disabled={pending}>
            {pending ? t("saving") : id ? t("save") : typeText("submitAdd")}
          </Button>
          <Link href={cancelHref} className={buttonClassName({ variant: "ghost" })}>
            {t("cancel")}
          </Link>
        </div>
      </form>
    </div>
  );
}
