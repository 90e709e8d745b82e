import type { ComponentProps } from "react";

export const fieldClassName =
  "block w-full rounded-md border border-slate-300 bg-white px-2.5 text-sm text-slate-900 shadow-xs placeholder:text-slate-400 focus:border-blue-600";

export function Input({ className = "", ...props }: ComponentProps<"input">) {
  return <input className={`${fieldClassName} h-9 ${className}`} {...props} />;
}
