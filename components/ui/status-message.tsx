import type { ReactNode } from "react";

/** The body of the error, not-found and forbidden pages. */
export function StatusMessage({ code, title, children, actions }: { code: string; title: string; children?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="mx-auto flex max-w-lg flex-col items-start py-16">
      <p className="text-sm font-semibold text-blue-700">{code}</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
      {children ? <div className="mt-2 space-y-2 text-sm text-slate-600">{children}</div> : null}
      {actions ? <div className="mt-6 flex flex-wrap gap-2">{actions}</div> : null}
    </div>
  );
}
