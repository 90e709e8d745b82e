import Link from "next/link";
import type { Uses } from "@/lib/catalogues/usage";

/** The activities (and for recipients the transfers and sub-processors) that use an entry, each a link. */
export function WhereUsed({ uses, noun }: { uses: Uses; noun: string }) {
  const empty = uses.activities.length + uses.transfers.length + uses.subProcessors.length === 0;
  if (empty) return <p className="text-sm text-slate-600">No processing activity uses this {noun} yet.</p>;
  return (
    <div className="space-y-4 text-sm">
      {uses.activities.length ? (
        <div>
          <h3 className="text-xs font-medium text-slate-500">Processing activities ({uses.activities.length})</h3>
          <ul className="mt-1 divide-y divide-slate-100">
            {uses.activities.map((use) => (
              <li key={use.activityId} className="flex flex-wrap items-baseline gap-x-2 py-1.5">
                <span className="font-mono text-xs text-slate-500">{use.reference}</span>
                <Link href={`/activities/${use.activityId}`} className="font-medium text-blue-700 hover:underline">
                  {use.name}
                </Link>
                <span className="text-xs text-slate-600">{use.contexts.join(" · ")}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {uses.transfers.length ? (
        <div>
          <h3 className="text-xs font-medium text-slate-500">Transfers to third countries ({uses.transfers.length})</h3>
          <ul className="mt-1 divide-y divide-slate-100">
            {uses.transfers.map((use) => (
              <li key={use.transferId} className="flex flex-wrap items-baseline gap-x-2 py-1.5">
                <span>To {use.destination}, in</span>
                <Link href={`/activities/${use.activityId}`} className="font-medium text-blue-700 hover:underline">
                  {use.activityName}
                </Link>
                <span className="font-mono text-xs text-slate-500">{use.reference}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {uses.subProcessors.length ? (
        <div>
          <h3 className="text-xs font-medium text-slate-500">Sub-processors it engaged ({uses.subProcessors.length})</h3>
          <ul className="mt-1 divide-y divide-slate-100">
            {uses.subProcessors.map((use) => (
              <li key={use.id} className="py-1.5">
                <Link href={`/recipients/${use.id}`} className="font-medium text-blue-700 hover:underline">
                  {use.name}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
