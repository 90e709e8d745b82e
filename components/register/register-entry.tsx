import Link from "next/link";
import type { ControllerEntry, ProcessorEntry } from "@/lib/register/build";
import { ActivityStatusBadge } from "@/components/activities/activity-status-badge";
import { Badge } from "@/components/ui/badge";
import { NotRecorded } from "@/components/ui/not-recorded";
import { NOT_RECORDED } from "@/lib/register/lines";

/**
 * One processing activity as the register shows it: every lettered item of
 * Art. 30(1) (or 30(2)), "not recorded" where the record is silent. In print
 * each activity starts on a new page and an item is not split across pages.
 */
export function RegisterEntry({
  entry,
  headingLevel = 3,
  idPrefix = "controller",
}: {
  entry: ControllerEntry | ProcessorEntry;
  headingLevel?: 3 | 4;
  /** A processor activity appears once per controller: the prefix keeps its heading id unique. */
  idPrefix?: string;
}) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const headingId = `${idPrefix}-${entry.id}`;
  return (
    <article
      aria-labelledby={headingId}
      className="rounded-lg border border-slate-200 bg-white shadow-xs print:break-before-page print:rounded-none print:border-0 print:shadow-none"
    >
      <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1 border-b border-slate-200 px-4 py-3 print:px-0">
        <Heading id={headingId} className="text-base font-semibold text-slate-900">
          <span className="mr-2 font-mono text-sm text-slate-600">{entry.reference}</span>
          <Link href={`/activities/${entry.id}`} className="hover:underline print:no-underline">
            {entry.name}
          </Link>
        </Heading>
        <span className="flex flex-wrap items-center gap-1.5">
          <ActivityStatusBadge status={entry.status} />
          {entry.department ? <Badge>{entry.department}</Badge> : null}
        </span>
      </header>
      <dl className="divide-y divide-slate-100 px-4 print:px-0">
        {entry.items.map((item) => (
          <div key={item.letter} className="grid gap-1 py-3 break-inside-avoid sm:grid-cols-[14rem_minmax(0,1fr)] sm:gap-4">
            <dt className="text-sm font-medium text-slate-900">
              <span className="mr-1.5 text-blue-700 tabular-nums">({item.letter})</span>
              {item.title}
              <span className="block text-xs font-normal text-slate-500">{item.citation}</span>
            </dt>
            <dd className="space-y-2 text-sm text-slate-800">
              {item.parts.map((part, index) => (
                <div key={part.label ?? index}>
                  {part.label ? <p className="text-xs font-semibold text-slate-600">{part.label}</p> : null}
                  {part.entries.length === 0 ? (
                    // "None" is a recorded answer and reads as one; only a gap is greyed out.
                    part.emptyText === NOT_RECORDED ? <NotRecorded>{part.emptyText}</NotRecorded> : <p>{part.emptyText}</p>
                  ) : (
                    <ul className="list-disc space-y-0.5 pl-5 marker:text-slate-400">
                      {part.entries.map((line, lineIndex) => (
                        <li key={lineIndex} className="break-words whitespace-pre-line">
                          {line}
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
