/**
 * Art. 28(3): processing by a processor is governed by a written contract.
 * This says where a processor's agreement stands, for lists, the register and
 * the dashboard. The state comes from the recorded status, not from whether a
 * signing date happens to be known: an agreement can be in place with only a
 * reference or a link to it. Only a missing agreement is flagged; a review
 * date the DPO set is a reminder on an agreement in place.
 */
import type { DpaStatus, Prisma, RecipientKind } from "@prisma/client";
import { daysUntil, DUE_SOON_DAYS } from "@/lib/format";

// Art. 28: processors and the sub-processors they engage both need a written agreement.
export const PROCESSOR_KINDS: RecipientKind[] = ["PROCESSOR", "SUB_PROCESSOR"];

export type DpaState = "not-applicable" | "missing" | "under-review" | "not-required" | "review-overdue" | "review-due" | "in-place";

export const dpaStatusOrder: DpaStatus[] = ["IN_PLACE", "UNDER_REVIEW", "NOT_REQUIRED", "MISSING"];

/** The status as the recipient form, the views and the register name it. */
export const dpaStatusLabels: Record<DpaStatus, string> = {
  IN_PLACE: "In place",
  UNDER_REVIEW: "Under review",
  NOT_REQUIRED: "Not required",
  MISSING: "Missing",
};

export function dpaState(
  recipient: { kind: RecipientKind; dpaStatus: DpaStatus; dpaNextReviewOn: Date | null },
  now: Date = new Date(),
  dueSoonDays = DUE_SOON_DAYS,
): DpaState {
  if (!PROCESSOR_KINDS.includes(recipient.kind)) return "not-applicable";
  switch (recipient.dpaStatus) {
    case "MISSING":
      return "missing";
    case "UNDER_REVIEW":
      return "under-review";
    case "NOT_REQUIRED":
      return "not-required";
    case "IN_PLACE":
      break;
  }
  if (recipient.dpaNextReviewOn) {
    const days = daysUntil(recipient.dpaNextReviewOn, now);
    if (days < 0) return "review-overdue";
    if (days <= dueSoonDays) return "review-due";
  }
  return "in-place";
}

export const dpaStateLabels: Record<DpaState, string> = {
  "not-applicable": "Not a processor",
  missing: "DPA missing",
  "under-review": "DPA under review",
  "not-required": "DPA not required",
  "review-overdue": "DPA review overdue",
  "review-due": "DPA review due soon",
  "in-place": "DPA in place",
};

/** Only a missing agreement is a finding; the rest is information or a reminder. */
export const dpaStateTones: Record<DpaState, "red" | "amber" | "green" | "neutral"> = {
  "not-applicable": "neutral",
  missing: "red",
  "under-review": "neutral",
  "not-required": "neutral",
  "review-overdue": "amber",
  "review-due": "amber",
  "in-place": "green",
};

/**
 * The processors a DPO should look at, as a Prisma filter: a missing
 * agreement, or an agreement in place whose review falls due by `soon`. The
 * recipients list and the dashboard use the same one, so their counts agree.
 */
export function dpaAttentionWhere(soon: Date): Prisma.RecipientWhereInput[] {
  return [{ dpaStatus: "MISSING" }, { dpaStatus: "IN_PLACE", dpaNextReviewOn: { lte: soon } }];
}
