import Link from "next/link";
import { useTranslations } from "next-intl";
import type { DpaStatus, RecipientKind } from "@prisma/client";
import { dpaState, dpaStateTones } from "@/lib/recipients/dpa";
import { Badge } from "@/components/ui/badge";
import { dpaStateKey } from "./dpa-state-key";

type Node = { id: string; name: string; kind: RecipientKind };
type Child = Node & { dpaStatus: DpaStatus; dpaSignedOn: Date | null; dpaNextReviewOn: Date | null; country: { name: string; eea: boolean } | null };

// Indentation by depth as classes, not style attributes: the Content-Security-Policy
// (proxy.ts) refuses inline styles. Chains deeper than the table stay at its last step.
const INDENT = ["pl-0", "pl-5", "pl-10", "pl-15", "pl-20", "pl-25", "pl-30", "pl-35"];
const indent = (depth: number) => INDENT[Math.min(depth, INDENT.length - 1)];

/**
 * Art. 28(2) and (4): who engaged whom. The processors above this recipient,
 * the recipient itself, and the sub-processors it engaged, as a nested list.
 */
export function SubProcessorChain({ ancestors, current, subProcessors }: { ancestors: Node[]; current: Node; subProcessors: Child[] }) {
  const t = useTranslations("recipients");
  return (
    <ol aria-label={t("chain.label")} className="space-y-1.5 text-sm">
      {ancestors.map((node, depth) => (
        <li key={node.id} className={`flex flex-wrap items-center gap-2 ${indent(depth)}`}>
          <Link href={`/recipients/${node.id}`} className="font-medium text-blue-700 hover:underline">
            {node.name}
          </Link>
          <span className="text-xs text-slate-500">{t(`kinds.${node.kind}`)}</span>
        </li>
      ))}
      <li className={indent(ancestors.length)}>
        <span className="flex flex-wrap items-center gap-2">
          <strong aria-current="page" className="font-semibold text-slate-900">
            {current.name}
          </strong>
          <span className="text-xs text-slate-500">{t("chain.thisRecipient", { kind: t(`kinds.${current.kind}`) })}</span>
        </span>
        {subProcessors.length ? (
          <ul aria-label={t("chain.subProcessorsOf", { name: current.name })} className="mt-1.5 space-y-1.5 border-l border-slate-200 pl-4">
            {subProcessors.map((child) => {
              const state = dpaState(child);
              return (
                <li key={child.id} className="flex flex-wrap items-center gap-2">
                  <Link href={`/recipients/${child.id}`} className="font-medium text-blue-700 hover:underline">
                    {child.name}
                  </Link>
                  {child.country ? <span className="text-xs text-slate-500">{child.country.name}</span> : null}
                  {state === "missing" || state === "review-overdue" ? <Badge tone={dpaStateTones[state]}>{t(`dpaState.${dpaStateKey(state)}`)}</Badge> : null}
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="mt-1.5 text-xs text-slate-500">{ancestors.length ? t("chain.none") : t("chain.noneTop")}</p>
        )}
      </li>
    </ol>
  );
}
