"use client";

import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import type { Uses } from "@/lib/catalogues/usage";
import type { FormState } from "@/lib/forms/action-state";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { FormAlert } from "./form-parts";
import { WhereUsed } from "./where-used";
import type { EntryKind } from "./catalogue-keys";

export type ReplacementOption = { id: string; label: string };

/**
 * Deleting an entry (DPO and owner). One that is in use is refused with the
 * list of its uses, or replaced everywhere by another entry of the same kind
 * in the same step.
 */
export function DeleteEntryPanel({
  action,
  name,
  kind,
  inUse,
  replacements,
}: {
  action: (previous: FormState<{ uses?: Uses }>, formData: FormData) => Promise<FormState<{ uses?: Uses }>>;
  name: string;
  /** Whose sentences to use: the catalogue's, or the recipients'. */
  kind: EntryKind;
  /** Whether the page found uses when it was rendered; the action checks again. */
  inUse: boolean;
  replacements: ReplacementOption[];
}) {
  const t = useTranslations("catalogues");
  const [state, formAction, pending] = useActionState<FormState<{ uses?: Uses }>, FormData>(action, {});
  const selectId = useId();
  const used = inUse || Boolean(state.uses);
  const chosen = typeof state.values?.replacementId === "string" ? state.values.replacementId : "";
  return (
    <form action={formAction} className="space-y-3">
      <FormAlert>{state.formError}</FormAlert>
      {state.uses ? (
        <div className="rounded-md border border-slate-200 px-3 py-2">
          <WhereUsed uses={state.uses} kind={kind} />
        </div>
      ) : null}
      {used ? (
        <>
          <p className="text-sm text-slate-700">
            {t(`types.${kind}.replaceEverywhere`, { name })}
          </p>
          <Field id={selectId} label={t("delete.replaceWith")} error={state.fieldErrors?.replacementId}>
            {(aria) => (
              <Select id={selectId} name="replacementId" defaultValue={chosen} key={state.values ? JSON.stringify(state.values) : "initial"} {...aria}>
                <option value="">{t(`types.${kind}.choose`)}</option>
                {replacements.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.label}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </>
      ) : (
        <p className="text-sm text-slate-700">{t("delete.unused", { name })}</p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="inline-flex h-9 items-center justify-center rounded-md border border-red-300 bg-white px-3.5 text-sm font-medium text-red-800 shadow-sm hover:bg-red-50 disabled:pointer-events-none disabled:opacity-60"
      >
        {pending ? t("delete.deleting") : used ? t("delete.replaceAndDelete") : t(`types.${kind}.delete`)}
      </button>
    </form>
  );
}
