/**
 * The fields of the records read model, selected the same way whether a
 * catalogue is read whole or reached through the activities that name it.
 */
import type { Prisma } from "@prisma/client";
import { activityRecordFields } from "@/lib/activities/fields";
import { recipientFields } from "@/lib/recipients/fields";

export const activitySelect = { ...activityRecordFields, createdAt: true, updatedAt: true } satisfies Prisma.ProcessingActivitySelect;

export const legalBasisSelect = { id: true, article: true, letter: true, name: true, citation: true, description: true, builtIn: true } satisfies Prisma.LegalBasisSelect;

export const dataCategorySelect = { id: true, name: true, description: true, special: true, criminal: true, defaultRetention: true } satisfies Prisma.DataCategorySelect;

export const dataSubjectCategorySelect = { id: true, name: true, description: true } satisfies Prisma.DataSubjectCategorySelect;

export const securityMeasureSelect = { id: true, group: true, name: true, description: true } satisfies Prisma.SecurityMeasureSelect;

export const recipientSelect = { ...recipientFields } satisfies Prisma.RecipientSelect;

export const countrySelect = { code: true, name: true, eea: true, adequacy: true, adequacyNote: true } satisfies Prisma.CountrySelect;

export const purposeFields = { id: true, description: true, legitimateInterests: true, balancingTestReference: true, directMarketing: true } as const;

export const transferFields = {
  id: true,
  countryCode: true,
  internationalOrganisation: true,
  recipientId: true,
  safeguard: true,
  safeguardDetails: true,
  safeguardReference: true,
} as const;

/** Parties by role, then recipient id: the order the register lists them in. */
export const byRoleThenRecipient = (a: { role: string; recipientId: string }, b: { role: string; recipientId: string }) =>
  a.role === b.role ? (a.recipientId < b.recipientId ? -1 : 1) : a.role < b.role ? -1 : 1;
