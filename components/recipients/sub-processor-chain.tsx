import Link from "next/link";
import type { DpaStatus, RecipientKind } from "@prisma/client";
import { recipientKindLabels } from "@/lib/labels";
import { dpaState, dpaStateLabels, dpaStateTones } from "@/lib/recipients/dpa";
import { Badge } from "@/components/ui/badge";

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
  return (
    <ol aria-label="Sub-processor chain" className="space-y-1.5 text-sm">
      {ancestors.map((node, depth) => (
        <li key={node.id} className={`flex flex-wrap items-center gap-2 ${indent(depth)}`}>
          <Link href={`/recipients/${node.id}`} className="font-medium text-blue-700 hover:underline">
            {node.name}
          </Link>
          <span className="text-xs text-slate-500">{recipientKindLabels[node.kind]}</span>
        </li>
      ))}
      <li className={indent(ancestors.length)}>
        <span className="flex flex-wrap items-center gap-2">
          <strong aria-current="page" className="font-semibold text-slate-900">
            {current.name}
          </strong>
          <span className="text-xs text-slate-500">{recipientKindLabels[current.kind]} · this recipient</span>
        </span>
        {subProcessors.length ? (
          <ul aria-label={`Sub-processors of ${current.name}`} className="mt-1.5 space-y-1.5 border-l border-slate-200 pl-4">
            {subProcessors.map((child) => {
              const state = dpaState(child);
              return (
                <li key={child.id} className="flex flex-wrap items-center gap-2">
                  <Link href={`/recipients/${child.id}`} className="font-medium text-blue-700 hover:underline">
                    {child.name}
                  </Link>
                  {child.country ? <span className="text-xs text-slate-500">{child.country.name}</span> : null}
                  {state === "missing" || state === "review-overdue" ? <Badge tone={dpaStateTones[state]}>{dpaStateLabels[state]}</Badge> : null}
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="mt-1.5 text-xs text-slate-500">No sub-processors recorded{ancestors.length ? "" : ", and not engaged by another processor"}.</p>
        )}
      </li>
    </ol>
  );
}
