import Link from "next/link";
import { useTranslations } from "next-intl";
import type { Uses } from "@/lib/catalogues/usage";
import type { EntryKind } from "./catalogue-keys";

/** The activities (and for recipients the transfers and sub-processors) that use an entry, each a link. */
export function WhereUsed({ uses, kind }: { uses: Uses; kind: EntryKind }) {
  const t = useTranslations("catalogues");
  const empty = uses.activities.length + uses.transfers.length + uses.subProcessors.length === 0;
  if (empty) return <p className="text-sm text-slate-600">{t(`types.${kind}.noUse`)}</p>;
  return (
    <div className="space-y-4 text-sm">
      {uses.activities.length ? (
        <div>
          <h3 className="text-xs font-medium text-slate-500">{t("uses.activities", { count: uses.activities.length })}</h3>
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
          <h3 className="text-xs font-medium text-slate-500">{t("uses.transfers", { count: uses.transfers.length })}</h3>
          <ul className="mt-1 divide-y divide-slate-100">
            {uses.transfers.map((use) => (
              <li key={use.transferId} className="flex flex-wrap items-baseline gap-x-2 py-1.5">
                <span>{t("uses.transferTo", { destination: use.destination })}</span>
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
          <h3 className="text-xs font-medium text-slate-500">{t("uses.subProcessors", { count: uses.subProcessors.length })}</h3>
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
