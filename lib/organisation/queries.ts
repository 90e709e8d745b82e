import "server-only";
import { db } from "@/lib/db";

/** The organisation's own details: Art. 30(1)(a) controller, representative and DPO. */
export async function getOrganisationProfile(orgId: string) {
  return db.organisation.findUnique({
    where: { id: orgId },
    select: {
      id: true,
      slug: true,
      legalName: true,
      address: true,
      email: true,
      phone: true,
      website: true,
      privacyContactName: true,
      privacyContactEmail: true,
      privacyContactAddress: true,
      representativeName: true,
      representativeAddress: true,
      representativeEmail: true,
      representativePhone: true,
      dpoName: true,
      dpoOrganisation: true,
      dpoAddress: true,
      dpoEmail: true,
      dpoPhone: true,
      supervisoryAuthorityName: true,
      supervisoryAuthorityWebsite: true,
      defaultLanguage: true,
      reviewIntervalMonths: true,
      isDemo: true,
      version: true,
      updatedAt: true,
    },
  });
}

export type OrganisationProfile = NonNullable<Awaited<ReturnType<typeof getOrganisationProfile>>>;
