import type { DpaState } from "@/lib/recipients/dpa";

/** A DPA state's key in the message catalogue (recipients.dpaState.<key>): message keys are camelCase. */
export function dpaStateKey(state: DpaState) {
  return state.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()) as "notApplicable" | "missing" | "underReview" | "notRequired" | "reviewOverdue" | "reviewDue" | "inPlace";
}
