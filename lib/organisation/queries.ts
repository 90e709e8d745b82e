import "server-only";
import { db } from "@/lib/db";
import { organisationProfileFields } from "./fields";

/** The organisation's own details: Art. 30(1)(a) controller, representative and DPO. */
export async function getOrganisationProfile(orgId: string) {
  return db.organisation.findUnique({
    where: { id: orgId },
    select: {
      ...organisationProfileFields,
      isDemo: true,
      version: true,
      updatedAt: true,
    },
  });
}

export type OrganisationProfile = NonNullable<Awaited<ReturnType<typeof getOrganisationProfile>>>;
