import type { ReactNode } from "react";

/** One part of the record, headed by the letter of Art. 30 it answers. */
export function RecordSection({
  id,
  letter,
  citation,
  title,
  children,
}: {
  id: string;
  letter?: string;
  citation?: string;
  title: string;
  children: ReactNode;
}) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} className="scroll-mt-20 rounded-lg border border-slate-200 bg-white shadow-xs">
      <h2 id={headingId} className="border-b border-slate-200 px-4 py-3 sm:flex sm:items-baseline sm:gap-3">
        <span className="text-base font-semibold text-slate-900">
          {letter ? <span className="mr-2 text-sm text-blue-700 tabular-nums">({letter})</span> : null}
          {title}
        </span>
        {citation ? <span className="mt-0.5 block text-xs font-normal text-slate-500 sm:mt-0 sm:ml-auto sm:shrink-0">{citation}</span> : null}
      </h2>
      <div className="space-y-4 px-3 py-4 sm:px-4">{children}</div>
    </section>
  );
}

export function SubHeading({ children }: { children: ReactNode }) {
  return <h3 className="mb-2 text-xs font-semibold text-slate-600">{children}</h3>;
}
