/** The form that creates an API token. */
import { z } from "zod";
import type { ApiScope } from "@prisma/client";
import { cleanString } from "@/lib/forms/field-rules";
import { message } from "@/lib/i18n/message";

export const apiScopes = ["READ", "WRITE_RECORDS", "PUBLISH"] as const satisfies readonly ApiScope[];

export const apiTokenExpiries = ["30", "90", "365", "never"] as const;
export type ApiTokenExpiry = (typeof apiTokenExpiries)[number];

// Their names are in the catalogue: apiTokens.scopes and apiTokens.expiries.

export const createApiTokenSchema = z.object({
  name: cleanString().trim().min(1, message("apiTokens.errors.name")).max(100, message("apiTokens.errors.nameTooLong")),
  scopes: z.array(z.enum(apiScopes), message("apiTokens.errors.scopes")).min(1, message("apiTokens.errors.scopesMin")).max(apiScopes.length),
  expiry: z.enum(apiTokenExpiries, message("apiTokens.errors.expiry")),
});

export type CreateApiTokenValues = z.input<typeof createApiTokenSchema>;

export const revokeApiTokenSchema = z.object({ tokenId: cleanString().trim().min(1).max(50) });

export function expiryDate(expiry: ApiTokenExpiry, now: Date): Date | null {
  return expiry === "never" ? null : new Date(now.getTime() + Number(expiry) * 24 * 60 * 60 * 1000);
}
