"use client";

/**
 * A small dialog for creating a missing catalogue entry from a picker of the
 * activity form. It asks only what the entry needs to be useful right away
 * (the special/criminal flags of a data category, the kind of a recipient,
 * the group of a security measure). It is not a <form> of its own: it lives
 * inside the activity form, where nested forms are not allowed.
 */
import { useEffect, useRef, useState, useTransition } from "react";
import type { RecipientKind, SecurityMeasureGroup } from "@prisma/client";
import { useTranslations } from "next-intl";
import { quickCreateEntryAction } from "@/lib/activities/actions";
import type { QuickCreatedEntry } from "@/lib/activities/quick-create";
import { quickCreateSchema, type QuickCreateType } from "@/lib/activities/schema";
import { fieldErrorsFrom, type FieldErrors } from "@/lib/forms/action-state";
import { message } from "@/lib/i18n/message";
import { recipientKindOrder, securityGroupOrder } from "@/lib/labels";
import { Button } from "@/components/ui/button";
import { MessageText } from "@/components/ui/message-text";
import { CheckboxField, SelectField, TextField } from "./activity-form-fields";

export type QuickCreateDraft = { type: QuickCreateType; name: string; kind?: RecipientKind };

export function QuickCreateDialog({ draft, onClose, onCreated }: { draft: QuickCreateDraft; onClose: () => void; onCreated: (created: QuickCreatedEntry) => void }) {
  const t = useTranslations("activityForm.quickCreate");
  const tl = useTranslations("labels");
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState(draft.name);
  const [special, setSpecial] = useState(false);
  const [criminal, setCriminal] = useState(false);
  const [defaultRetention, setDefaultRetention] = useState("");
  const [kind, setKind] = useState<RecipientKind>(draft.kind ?? "PROCESSOR");
  const [group, setGroup] = useState<SecurityMeasureGroup>("OTHER");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const values =
    draft.type === "dataCategory"
      ? { type: draft.type, name, special, criminal, defaultRetention }
      : draft.type === "recipient"
        ? { type: draft.type, name, kind, countryCode: null }
        : draft.type === "securityMeasure"
          ? { type: draft.type, name, group }
          : { type: draft.type, name };

  function save() {
    const parsed = quickCreateSchema.safeParse(values);
    if (!parsed.success) return setErrors(fieldErrorsFrom(parsed.error));
    startTransition(async () => {
      try {
        const result = await quickCreateEntryAction(values);
        if (result.ok) onCreated(result.created);
        else {
          setErrors(result.fieldErrors ?? {});
          setFormError(result.formError);
        }
      } catch {
        setFormError(message("activityForm.quickCreate.failed"));
      }
    });
  }

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby="quick-create-title"
      onClose={onClose}
      onKeyDown={(event) => {
        // Enter saves the entry, never the activity form around the dialog.
        if (event.key === "Enter" && (event.target as HTMLElement).tagName === "INPUT") {
          event.preventDefault();
          save();
        }
      }}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      <div className="border-b border-slate-200 px-4 py-3">
        <h2 id="quick-create-title" className="text-base font-semibold text-slate-900">
          {t(`titles.${draft.type}`)}
        </h2>
        <p className="mt-0.5 text-xs text-slate-600">{t("intro")}</p>
      </div>
      <div className="grid gap-4 px-4 py-4">
        {formError ? <p className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            <MessageText text={formError} />
          </p> : null}
        <TextField id="quick-create-name" label={t("name")} required value={name} onChange={setName} error={errors.name} />
        {draft.type === "dataCategory" ? (
          <>
            <fieldset className="grid gap-2">
              <legend className="text-sm font-medium text-slate-800">{t("sensitivity")}</legend>
              <CheckboxField id="quick-create-special" label={t("special")} checked={special} onChange={setSpecial} />
              <CheckboxField id="quick-create-criminal" label={t("criminal")} checked={criminal} onChange={setCriminal} />
            </fieldset>
            <TextField
              id="quick-create-retention"
              label={t("defaultRetention")}
              hint={t("defaultRetentionHint")}
              value={defaultRetention}
              onChange={setDefaultRetention}
              error={errors.defaultRetention}
            />
          </>
        ) : null}
        {draft.type === "recipient" ? (
          <SelectField<RecipientKind>
            id="quick-create-kind"
            label={t("kind")}
            value={kind}
            onChange={setKind}
            choices={recipientKindOrder.map((value) => ({ value, label: tl(`recipientKind.${value}`) }))}
            error={errors.kind}
          />
        ) : null}
        {draft.type === "securityMeasure" ? (
          <SelectField<SecurityMeasureGroup>
            id="quick-create-group"
            label={t("group")}
            value={group}
            onChange={setGroup}
            choices={securityGroupOrder.map((value) => ({ value, label: tl(`securityGroup.${value}`) }))}
            error={errors.group}
          />
        ) : null}
      </div>
      <div className="flex justify-end gap-2 border-t border-slate-200 bg-slate-50 px-4 py-3">
        <Button onClick={() => dialogRef.current?.close()}>{t("cancel")}</Button>
        <Button variant="primary" onClick={save} disabled={pending}>
          {pending ? t("adding") : t("add")}
        </Button>
      </div>
    </dialog>
  );
}
