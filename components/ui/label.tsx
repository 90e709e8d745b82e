import type { ComponentProps } from "react";

export function Label({ className = "", ...props }: ComponentProps<"label">) {
  return <label className={`block text-xs font-medium text-slate-700 ${className}`} {...props} />;
}
