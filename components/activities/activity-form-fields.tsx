"use client";

/**
 * The building blocks of the activity form: controlled fields bound to the
 * form's values and to the error messages keyed by field path (the keys the
 * shared zod schema produces, e.g. "purposes.0.legitimateInterests").
 */
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { RecipientKind } from "@prisma/client";
import type { FieldErrors } from "@/lib/forms/action-state";
import type { ActivityFormOptions } from "@/lib/activities/form-options";
import type { ActivityFormValues, QuickCreateType } from "@/lib/activities/schema";
import { NAME_MAX, TEXT_MAX } from "@/lib/activities/schema";
import { Field } from "@/components/ui/field";
import { MessageText } from "@/components/ui/message-text";
import { fieldClassName, Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

export type QuickCreateRequest = (
  type: QuickCreateType,
  name: string,
  onCreated: (id: string, created: { defaultRetention?: string }) => void,
  defaults?: { kind?: RecipientKind },
) => void;

/** What every section of the form receives. */
export type SectionProps = {
  values: ActivityFormValues;
  errors: FieldErrors;
  update: (patch: Partial<ActivityFormValues>) => void;
  options: ActivityFormOptions;
  requestCreate: QuickCreateRequest;
};

export const newKey = () => crypto.randomUUID();

export function TextField({
  id,
  label,
  hint,
  value,
  onChange,
  error,
  required,
  type = "text",
  maxLength = NAME_MAX,
  placeholder,
  className,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
  type?: "text" | "date" | "url";
  placeholder?: string;
  maxLength?: number;
  className?: string;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required} className={className}>
      {(aria) => (
        <Input id={id} type={type} value={value} maxLength={maxLength} required={required} placeholder={placeholder} onChange={(event) => onChange(event.target.value)} {...aria} />
      )}
    </Field>
  );
}

export function TextAreaField({
  id,
  label,
  hint,
  value,
  onChange,
  error,
  required,
  rows = 3,
  className,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
  rows?: number;
  className?: string;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required} className={className}>
      {(aria) => (
        <textarea
          id={id}
          rows={rows}
          value={value}
          maxLength={TEXT_MAX}
          required={required}
          onChange={(event) => onChange(event.target.value)}
          className={`${fieldClassName} py-1.5`}
          {...aria}
        />
      )}
    </Field>
  );
}

export function SelectField<V extends string>({
  id,
  label,
  hint,
  value,
  onChange,
  choices,
  error,
  className,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  value: V;
  onChange: (value: V) => void;
  choices: { value: V; label: string }[];
  error?: string;
  className?: string;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      {(aria) => (
        <Select id={id} value={value} onChange={(event) => onChange(event.target.value as V)} {...aria}>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}

/** A question answered by one of a few radio buttons, laid out in a row. */
export function RadioGroup<V extends string>({
  id,
  name,
  legend,
  hint,
  value,
  onChange,
  choices,
  error,
}: {
  /** For links to the question (e.g. from a policy's findings). */
  id?: string;
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  value: V;
  onChange: (value: V) => void;
  choices: { value: V; label: string }[];
  error?: string;
}) {
  const errorId = error ? `${name}-error` : undefined;
  const hintId = hint ? `${name}-hint` : undefined;
  return (
    <fieldset id={id} aria-describedby={[errorId, hintId].filter(Boolean).join(" ") || undefined} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint ? (
        <p id={hintId} className="mt-0.5 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      <div className="mt-1.5 flex flex-wrap gap-x-5 gap-y-2">
        {choices.map((choice) => (
          <label key={choice.value} className="inline-flex items-center gap-2 text-sm text-slate-800">
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
              className="size-4 accent-blue-700"
            />
            {choice.label}
          </label>
        ))}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}

export function CheckboxField({ id, label, checked, onChange }: { id: string; label: ReactNode; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label htmlFor={id} className="inline-flex items-center gap-2 text-sm text-slate-800">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} className="size-4 accent-blue-700" />
      {label}
    </label>
  );
}

/**
 * "None" as an answer (e.g. "This activity has no recipients"), distinct from
 * leaving the list empty. It can be ticked only while its list is empty;
 * once entries are listed it is disabled, and the hint says why. A ticked
 * box that meets entries (e.g. from a conflict merge) stays enabled so that
 * it can be unticked, with the schema's message beside it.
 */
export function NoneAnswer({
  id,
  label,
  checked,
  onChange,
  entries,
  error,
  blockedHint,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** How many entries the list holds. */
  entries: number;
  error?: string;
  /** Why the box cannot be ticked while there are entries. */
  blockedHint?: string;
}) {
  const t = useTranslations("activityForm");
  const blocked = entries > 0 && !checked;
  const hintId = blocked ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="mt-3">
      <label htmlFor={id} className={`inline-flex items-center gap-2 text-sm ${blocked ? "text-slate-500" : "text-slate-800"}`}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          disabled={blocked}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
          aria-invalid={error ? true : undefined}
          className="size-4 accent-blue-700 disabled:opacity-50"
        />
        {label}
      </label>
      {blocked ? (
        <p id={hintId} className="mt-0.5 text-xs text-slate-500">
          {blockedHint ?? t("rows.none")}
        </p>
      ) : null}
      <FieldError id={errorId} message={error} />
    </div>
  );
}

/**
 * A message about a whole group (e.g. "add at least one purpose"). It is
 * focusable so that submitting can move the focus to it like to a field.
 */
export function FieldError({ id, message }: { id?: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} tabIndex={-1} data-field-error="" className="mt-1 text-sm text-red-700 focus:outline-none">
      <MessageText text={message} />
    </p>
  );
}

/** Small icon-less text buttons used on repeatable rows. */
export function RowButton({ children, label, onClick, disabled }: { children: ReactNode; label: string; onClick: () => void; disabled?: boolean }) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      onClick={onClick}
      disabled={disabled}
      className="inline-flex h-8 items-center rounded-md px-2 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900 disabled:opacity-40"
    >
      {children}
    </button>
  );
}

/**
 * Moves the focus to a field once React has rendered it: after "Add a
 * purpose" the keyboard user continues in the new row instead of on the
 * button below it, which the new row's fields come before in the tab order.
 */
export function focusWhenRendered(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** Moves an item of a list one place up or down. */
export function move<T>(list: T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= list.length) return list;
  const next = [...list];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}
