/**
 * Every text of the records that can reach a policy or a register export, and
 * so can hold a value per language. The record's own column holds the text in
 * the organisation's default language; the others are Translation rows named
 * by (entity, id, field) as here. Entity names are those of a policy
 * statement's sources (lib/policies/types.ts StatementSource), so a composed
 * statement says which translations it used.
 *
 * "text": written for readers, so a language version that shows it needs it
 * translated (or marked as kept as written: VerbatimText). "name": a proper
 * name or an address, shown as written unless a translation is given.
 */
export type TextKind = "text" | "name";

export const TRANSLATABLE = {
  // Art. 13(1)(a)/(b): the controller's public fields.
  organisation: {
    legalName: "name",
    address: "name",
    privacyContactName: "name",
    privacyContactAddress: "name",
    representativeName: "name",
    representativeAddress: "name",
    dpoName: "name",
    dpoOrganisation: "name",
    dpoAddress: "name",
    supervisoryAuthorityName: "name",
  },
  activity: {
    name: "text",
    description: "text",
    publicTitle: "text",
    publicDescription: "text",
    department: "text",
    owner: "name",
    jointControllerArrangement: "text",
    dataSourceDescription: "text",
    provisionConsequences: "text",
    automatedDecisionLogic: "text",
    automatedDecisionConsequences: "text",
    consentWithdrawalInstructions: "text",
    storageLocation: "text",
    securityDescription: "text",
  },
  purpose: { description: "text", legitimateInterests: "text" },
  activityDataCategory: { details: "text", retention: "text" },
  /** The activity's link to a recipient; id `<activityId>:<recipientId>`. */
  activityRecipient: { note: "text" },
  transfer: { internationalOrganisation: "name", safeguardDetails: "text" },
  legalBasis: { name: "text", description: "text" },
  dataCategory: { name: "text", description: "text", defaultRetention: "text" },
  dataSubjectCategory: { name: "text", description: "text" },
  securityMeasure: { name: "text", description: "text" },
  recipient: { name: "name", services: "text" },
} as const satisfies Record<string, Record<string, TextKind>>;

export type TranslatableEntity = keyof typeof TRANSLATABLE;

export type TranslatableField<E extends TranslatableEntity = TranslatableEntity> = E extends TranslatableEntity ? keyof (typeof TRANSLATABLE)[E] & string : never;

export function isTranslatable(entity: string, field: string): entity is TranslatableEntity {
  return Object.hasOwn(TRANSLATABLE, entity) && Object.hasOwn(TRANSLATABLE[entity as TranslatableEntity], field);
}

export function textKind(entity: TranslatableEntity, field: string): TextKind {
  return (TRANSLATABLE[entity] as Record<string, TextKind>)[field] ?? "name";
}

/** One text of the records, named as a Translation row names it. */
export type TextRef = { entity: TranslatableEntity; id: string; field: string };

export function textKey(ref: TextRef): string {
  return `${ref.entity}\u0000${ref.id}\u0000${ref.field}`;
}
