/**
 * The findings stored with a policy version (PolicyVersion.findings): what
 * the checks reported when it was published or recorded, and for a published
 * version which warnings the publisher acknowledged. Read defensively:
 * versions written before findings were stored hold an empty list, and an
 * entry without the fields shown is left out rather than shown half.
 */
import { z } from "zod";
import type { Finding } from "./checks";

export type StoredFinding = Pick<Finding, "id" | "severity" | "article" | "message"> & { acknowledged?: boolean };

const storedFinding = z.object({
  id: z.string(),
  severity: z.enum(["error", "warning", "info"]),
  article: z.string(),
  message: z.string(),
  acknowledged: z.boolean().optional(),
});

export function readStoredFindings(value: unknown): StoredFinding[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = storedFinding.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}
