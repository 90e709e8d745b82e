import Link from "next/link";
import type { ReactNode } from "react";

export type StatLine = { label: string; value: number; href?: string; tone?: "default" | "danger" | "warning" };

const toneClass = { default: "text-slate-900", danger: "text-red-700", warning: "text-amber-800" };

/** A headline number with a short breakdown; each line links to the records it counts. */
export function StatCard({ title, value, href, hrefLabel, lines, footnote }: { title: string; value: number; href: string; hrefLabel: string; lines: StatLine[]; footnote?: ReactNode }) {
  return (
    <section aria-label={title} className="flex flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-xs">
      <h2 className="text-sm font-medium text-slate-600">{title}</h2>
      <p className="mt-1 text-3xl font-semibold tracking-tight text-slate-900 tabular-nums">{value}</p>
      <ul className="mt-3 space-y-1 text-sm">
        {lines.map((line) => {
          const emphasis = line.value > 0 && line.tone && line.tone !== "default" ? toneClass[line.tone] : "text-slate-900";
          const content = (
            <>
              <span className="text-slate-600">{line.label}</span>
              <span className={`font-medium tabular-nums ${emphasis}`}>{line.value}</span>
            </>
          );
          return (
            <li key={line.label}>
              {line.href ? (
                <Link href={line.href} className="-mx-1 flex min-h-6 items-center justify-between gap-3 rounded px-1 hover:bg-slate-50 hover:underline">
                  {content}
                </Link>
              ) : (
                <span className="flex items-center justify-between gap-3">{content}</span>
              )}
            </li>
          );
        })}
      </ul>
      {footnote ? <p className="mt-2 text-xs text-slate-500">{footnote}</p> : null}
      <Link href={href} className="mt-auto pt-3 text-sm font-medium text-blue-700 hover:underline">
        {hrefLabel}
      </Link>
    </section>
  );
}
