/** The form that creates an API token. */
import { z } from "zod";
import type { ApiScope } from "@prisma/client";
import { cleanString } from "@/lib/forms/field-rules";

export const apiScopes = ["READ", "WRITE_RECORDS", "PUBLISH"] as const satisfies readonly ApiScope[];

export const apiScopeLabels: Record<ApiScope, { label: string; hint: string }> = {
  READ: { label: "Read", hint: "Read the register's records." },
  WRITE_RECORDS: { label: "Write records", hint: "Create and change processing activities and other records." },
  PUBLISH: { label: "Publish", hint: "Publish privacy policies." },
};

export const apiTokenExpiries = ["30", "90", "365", "never"] as const;
export type ApiTokenExpiry = (typeof apiTokenExpiries)[number];

export const apiTokenExpiryLabels: Record<ApiTokenExpiry, string> = {
  "30": "30 days",
  "90": "90 days",
  "365": "1 year",
  never: "No expiry",
};

export const createApiTokenSchema = z.object({
  name: cleanString().trim().min(1, "Name the token after what uses it, e.g. “Website build”.").max(100, "Shorten the name to at most 100 characters."),
  scopes: z.array(z.enum(apiScopes), "Choose what the token may do.").min(1, "Choose at least one permission.").max(apiScopes.length),
  expiry: z.enum(apiTokenExpiries, "Choose when the token expires."),
});

export type CreateApiTokenValues = z.input<typeof createApiTokenSchema>;

export const revokeApiTokenSchema = z.object({ tokenId: cleanString().trim().min(1).max(50) });

export function expiryDate(expiry: ApiTokenExpiry, now: Date): Date | null {
  return expiry === "never" ? null : new Date(now.getTime() + Number(expiry) * 24 * 60 * 60 * 1000);
}
