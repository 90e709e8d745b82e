/**
 * The organisation's profile fields: Art. 30(1)(a) controller, privacy
 * contact, representative (Art. 27), DPO (Art. 37) and supervisory authority.
 * One selection shared by the profile page, its audit snapshot and the
 * register, so a new field reaches all of them.
 */
export const organisationProfileFields = {
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
  dpoForm: true,
  supervisoryAuthorityName: true,
  supervisoryAuthorityWebsite: true,
  defaultLanguage: true,
  languages: true,
  reviewIntervalMonths: true,
} as const;
