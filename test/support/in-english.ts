/**
 * A result of lib/ with every catalogue reference in it (a form error, field
 * errors, a finding's message) read in English, for tests that assert the
 * text people see. Other values are kept as they are.
 */
import { inEnglish } from "@/lib/i18n/english";
import { readMessage } from "@/lib/i18n/message";
import type { Finding } from "@/lib/policies/checks";
import { describeGate, publishGate } from "@/lib/policies/publish-gate";

export function allInEnglish<T>(value: T): T {
  if (typeof value === "string") return (readMessage(value) ? inEnglish(value) : value) as T;
  if (Array.isArray(value)) return value.map(allInEnglish) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, allInEnglish(entry)])) as T;
  }
  return value;
}

/**
 * What the publish form shows for a refused publication, in English: the
 * gate's message with the first findings it names (publish-form.tsx), else
 * the form error.
 */
export function publisherReads(result: { formError?: string; findings?: readonly Finding[] }, acknowledged: readonly string[] = []): string | undefined {
  if (result.findings) return describeGate(publishGate(result.findings, acknowledged), inEnglish) ?? undefined;
  return result.formError && inEnglish(result.formError);
}
