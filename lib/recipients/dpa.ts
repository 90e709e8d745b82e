/**
 * Art. 28(3): processing by a processor is governed by a written contract.
 * This says where a processor's agreement stands, for lists and the dashboard.
 */
import type { RecipientKind } from "@prisma/client";
import { daysUntil, DUE_SOON_DAYS } from "@/lib/format";

// Art. 28: processors and the sub-processors they engage both need a written agreement.
export const PROCESSOR_KINDS: RecipientKind[] = ["PROCESSOR", "SUB_PROCESSOR"];

export type DpaState = "not-applicable" | "missing" | "review-overdue" | "review-due" | "in-place";

export function dpaState(
  recipient: { kind: RecipientKind; dpaSignedOn: Date | null; dpaNextReviewOn: Date | null },
  now: Date = new Date(),
  dueSoonDays = DUE_SOON_DAYS,
): DpaState {
  if (!PROCESSOR_KINDS.includes(recipient.kind)) return "not-applicable";
  if (!recipient.dpaSignedOn) return "missing";
  if (recipient.dpaNextReviewOn) {
    const days = daysUntil(recipient.dpaNextReviewOn, now);
    if (days < 0) return "review-overdue";
    if (days <= dueSoonDays) return "review-due";
  }
  return "in-place";
}

export const dpaStateLabels: Record<DpaState, string> = {
  "not-applicable": "Not a processor",
  missing: "No DPA recorded",
  "review-overdue": "Review overdue",
  "review-due": "Review due soon",
  "in-place": "In place",
};
