import type { ReactNode } from "react";
import { MessageText } from "./message-text";

/**
 * A labelled form field with its hint and error message, wired for assistive
 * technology: the control gets aria-describedby and aria-invalid from here.
 *
 *   <Field id="name" label="Name" error={errors.name}>
 *     {(aria) => <Input id="name" name="name" {...aria} />}
 *   </Field>
 */
export type FieldAria = { "aria-describedby"?: string; "aria-invalid"?: true };

export function Field({
  id,
  label,
  hint,
  error,
  required,
  children,
  className = "",
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  children: (aria: FieldAria) => ReactNode;
  className?: string;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {required ? <span className="ml-0.5 text-red-700" aria-hidden="true">*</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="mt-0.5 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      <div className="mt-1">{children({ "aria-describedby": describedBy, "aria-invalid": error ? true : undefined })}</div>
      {error ? (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          <MessageText text={error} />
        </p>
      ) : null}
    </div>
  );
}
