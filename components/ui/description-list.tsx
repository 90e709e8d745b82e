import type { ReactNode } from "react";
import { NotRecorded } from "./not-recorded";

export function DescriptionList({ children, columns = 1 }: { children: ReactNode; columns?: 1 | 2 }) {
  return <dl className={`grid gap-x-6 gap-y-3 ${columns === 2 ? "sm:grid-cols-2" : ""}`}>{children}</dl>;
}

function isEmpty(value: ReactNode): boolean {
  return value === null || value === undefined || value === false || (typeof value === "string" && value.trim() === "");
}

/** A term and its value; an empty value reads "Not recorded". */
export function DescriptionItem({ term, children, wide = false }: { term: ReactNode; children?: ReactNode; wide?: boolean }) {
  return (
    <div className={`min-w-0 ${wide ? "sm:col-span-2" : ""}`}>
      <dt className="text-xs font-medium text-slate-500">{term}</dt>
      <dd className="mt-0.5 text-sm break-words whitespace-pre-line text-slate-900">{isEmpty(children) ? <NotRecorded /> : children}</dd>
    </div>
  );
}
