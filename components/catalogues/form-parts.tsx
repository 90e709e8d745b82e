import type { ComponentProps, ReactNode } from "react";
import { useTranslations } from "next-intl";
import { MessageText } from "@/components/ui/message-text";
import { fieldClassName } from "@/components/ui/input";

export function Textarea({ className = "", rows = 3, ...props }: ComponentProps<"textarea">) {
  return <textarea rows={rows} className={`${fieldClassName} py-1.5 ${className}`} {...props} />;
}

/** A checkbox with its label beside it and an optional hint below. */
export function Checkbox({ id, label, hint, error, ...props }: ComponentProps<"input"> & { id: string; label: ReactNode; hint?: ReactNode; error?: string }) {
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex gap-2.5">
      <input
        id={id}
        type="checkbox"
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        className="mt-0.5 size-4 shrink-0 rounded border-slate-300 text-blue-700 accent-blue-700"
        {...props}
      />
      <div className="text-sm">
        <label htmlFor={id} className="font-medium text-slate-800">
          {label}
        </label>
        {hint ? (
          <p id={`${id}-hint`} className="text-xs text-slate-500">
            {hint}
          </p>
        ) : null}
        {error ? (
          <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
            <MessageText text={error} />
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** A group of fields with a heading, inside a form. */
export function FormSection({ title, description, children }: { title: ReactNode; description?: ReactNode; children: ReactNode }) {
  return (
    <fieldset className="rounded-lg border border-slate-200 bg-white px-4 pt-3 pb-4 shadow-xs">
      <legend className="sr-only">{title}</legend>
      <h2 aria-hidden="true" className="text-sm font-semibold text-slate-900">
        {title}
      </h2>
      {description ? <p className="mt-0.5 text-xs text-slate-600">{description}</p> : null}
      <div className="mt-3 grid gap-4 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}

/** The message for the whole form (not tied to one field); a message from lib/ is shown in the reader's language. */
export function FormAlert({ children }: { children?: ReactNode }) {
  if (!children) return null;
  return (
    <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {typeof children === "string" ? <MessageText text={children} /> : children}
    </p>
  );
}

/** A short confirmation after a save, announced politely; a message from lib/ is shown in the reader's language. */
export function SavedNotice({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
      {typeof children === "string" ? <MessageText text={children} /> : children}
    </p>
  );
}

/** The number of field messages, said once above the form so nobody misses one further down. */
export function ErrorSummary({ errors }: { errors: Record<string, string> }) {
  const t = useTranslations("catalogues.form");
  const count = Object.keys(errors).length;
  if (count === 0) return null;
  return (
    <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {t("errorSummary", { count })}
    </p>
  );
}
