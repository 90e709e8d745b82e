"use client";

import { useActionState, useEffect, useRef, useState, type FormEvent, type RefObject } from "react";
import type { z } from "zod";
import { fieldErrorsFrom, type FieldErrors } from "@/lib/forms/action-state";
import { formObject } from "@/lib/forms/field-rules";
import type { Uses } from "@/lib/catalogues/usage";
import type { FormState as ActionFormState } from "@/lib/forms/action-state";

type FormState = ActionFormState<{ uses?: Uses }> & { attempt?: number };
type Action = (previous: ActionFormState<{ uses?: Uses }>, formData: FormData) => Promise<ActionFormState<{ uses?: Uses }>>;

/**
 * The state of a record form: the same zod schema checks the input before it
 * is sent (the server action checks it again); the values shown come from the
 * last submission, so an error never empties the form; after a conflict the
 * form continues from the record's current version, keeping the user's input.
 *
 * `attempt` changes with every answer from the server: the form body is keyed
 * on it, so its inputs re-mount with the submitted values as their defaults
 * (React 19 resets a form after its action, which would otherwise restore the
 * values the page was opened with).
 */
export function useRecordForm(
  schema: z.ZodType,
  action: Action,
  formRef: RefObject<HTMLFormElement | null>,
  initialValues: Record<string, unknown>,
  initialVersion?: number,
) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(
    async (previous, formData) => ({ ...(await action(previous, formData)), attempt: (previous.attempt ?? 0) + 1 }),
    {},
  );
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  // The values the user started from: what they changed is measured against these.
  const baseRef = useRef<Record<string, unknown>>(initialValues);

  const errors = clientErrors ?? state.fieldErrors ?? {};
  // After a submission the form shows exactly what was sent: an unticked checkbox sends nothing, so merging with the initial values would tick it again.
  const values = state.values ?? initialValues;
  const submittedVersion = Number(state.values?.version);
  const version = state.conflict?.currentVersion ?? (Number.isFinite(submittedVersion) && submittedVersion > 0 ? submittedVersion : initialVersion);

  // Take the keyboard to the first field that needs attention.
  useEffect(() => {
    const invalid = formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']");
    invalid?.focus();
  }, [clientErrors, state, formRef]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const result = schema.safeParse(formObject(new FormData(event.currentTarget)));
    if (result.success) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    setClientErrors(fieldErrorsFrom(result.error));
  }

  /**
   * "Apply my changes on top" after a conflict: every field the other save
   * changed and this user did not takes the other save's value; fields this
   * user changed keep theirs. Then the form is sent again, on the current version.
   */
  function reapply() {
    const form = formRef.current;
    const changes = state.conflict?.changes ?? [];
    if (!form) return;
    const base = { ...baseRef.current };
    for (const change of changes) {
      if (change.path.includes(".")) continue;
      const element = form.elements.namedItem(change.path);
      if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement)) continue;
      const theirs = asFormValue(change.after);
      if (element instanceof HTMLInputElement && element.type === "checkbox") {
        if (element.checked === checked(base, change.path)) element.checked = theirs === "true";
      } else if (element.value === text(base, change.path)) {
        element.value = theirs;
      }
      base[change.path] = theirs;
    }
    baseRef.current = base;
    form.requestSubmit();
  }

  return { state, formAction, pending, errors, values, version, onSubmit, reapply, attempt: state.attempt ?? 0 };
}

/** A value from an audit snapshot as a form field holds it: calendar dates as YYYY-MM-DD, nothing as "". */
function asFormValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(value)) return value.slice(0, 10);
  return String(value);
}

/** A submitted or initial value as the string an input shows. */
export function text(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  return value === undefined || value === null ? "" : String(value);
}

/** A submitted or initial checkbox value. */
export function checked(values: Record<string, unknown>, name: string): boolean {
  const value = values[name];
  return value === true || value === "on" || value === "true";
}
