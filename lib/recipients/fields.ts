/**
 * A recipient's own fields, including the Art. 28(3) processing agreement and
 * the parent of a sub-processor. Shared by the recipient page, its audit
 * snapshot and the register, so a new field reaches all of them.
 */
export const recipientFields = {
  id: true,
  kind: true,
  name: true,
  contactName: true,
  email: true,
  phone: true,
  address: true,
  countryCode: true,
  website: true,
  services: true,
  notes: true,
  parentId: true,
  dpaStatus: true,
  dpaNotRequiredReason: true,
  dpaSignedOn: true,
  dpaReference: true,
  dpaNextReviewOn: true,
} as const;
