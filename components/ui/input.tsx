import type { ComponentProps } from "react";

// The outline on :focus-within, not only :focus-visible: Tab reaches the
// calendar button inside a date field, where the field itself no longer
// matches :focus, and it must still show the focus (WCAG 2.4.7).
export const fieldClassName =
  "block w-full rounded-md border border-slate-300 bg-white px-2.5 text-sm text-slate-900 shadow-xs placeholder:text-slate-400 focus:border-blue-600 focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-blue-700";

export function Input({ className = "", ...props }: ComponentProps<"input">) {
  return <input className={`${fieldClassName} h-9 ${className}`} {...props} />;
}
