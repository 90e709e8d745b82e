/**
 * The one schema of a processing activity, used by the form (on submit) and by
 * the server action. The cross-field rules need to know about the catalogue
 * entries an activity points to (is this basis 6(1)(f)? is this category
 * special?), so the schema is built from the organisation's catalogue: the
 * form passes the options it shows, the server the rows it loaded for the
 * member's organisation. An id that is not in that catalogue is refused, which
 * is also how a foreign organisation's id is kept out.
 *
 * Drafts may be incomplete: the completeness rules (a purpose with a legal
 * basis, the controllers of a processor activity) apply once an activity is
 * active. Whatever is entered must be consistent in every status: a 6(1)(f)
 * purpose names the interests, a special category its Art. 9(2) condition, a
 * transfer its safeguard.
 */
import { z } from "zod";
import { cleanString, isWebAddress } from "@/lib/forms/field-rules";
import { message } from "@/lib/i18n/message";
import type { LegalBasisArticle, RecipientKind } from "@prisma/client";

export const NAME_MAX = 200;
export const TEXT_MAX = 10_000;
export const REFERENCE_MAX = 50;
const LIST_MAX = 200;

const id = cleanString().trim().min(1).max(50);
// Validation messages are references into the catalogue (activityForm.errors), shown in the reader's language.
const name = (what: "activity" | "dataCategory" | "dataSubjectCategory" | "recipient" | "securityMeasure") =>
  cleanString()
    .trim()
    .min(1, message("activityForm.errors.nameRequired", { what }))
    .max(NAME_MAX, message("activityForm.errors.nameTooLong", { what, max: NAME_MAX }));
const short = cleanString().trim().max(NAME_MAX, message("activityForm.errors.tooLong", { max: NAME_MAX }));
const long = cleanString().trim().max(TEXT_MAX, message("activityForm.errors.tooLong", { max: TEXT_MAX }));
type ListName = "legalBases" | "jointControllers" | "controllers" | "purposes" | "dataSubjectCategories" | "dataCategories" | "recipients" | "transfers" | "securityMeasures";
const list = <T extends z.ZodType>(item: T, what: ListName) => z.array(item).max(LIST_MAX, message("activityForm.errors.listTooLong", { max: LIST_MAX, what }));
const date = z.union([
  z.literal(""),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message("activityForm.errors.dateFormat"))
    .refine((value) => {
      const parsed = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
    }, message("activityForm.errors.dateExists")),
]);
// A client-side key for repeatable rows; ignored by the server.
const rowKey = z.string().max(50).optional();

const party = z.object({ key: rowKey, recipientId: id, note: long.default("") });

const purposeSchema = z.object({
  key: rowKey,
  description: cleanString().trim().min(1, message("activityForm.errors.purposeRequired")).max(TEXT_MAX, message("activityForm.errors.purposeTooLong", { max: TEXT_MAX })),
  legalBasisIds: list(id, "legalBases").default([]),
  legitimateInterests: long.default(""),
  balancingTestReference: short.default(""),
  // Art. 21(2)-(3): direct marketing is recorded, not guessed from the wording; the policy then states the objection.
  directMarketing: z.boolean().default(false),
});

const activityDataCategorySchema = z.object({
  key: rowKey,
  dataCategoryId: cleanString().trim().min(1, message("activityForm.errors.dataCategoryRequired")).max(50),
  details: long.default(""),
  retention: long.default(""),
  art9ConditionId: id.nullable().default(null),
});

const transferSchema = z.object({
  key: rowKey,
  countryCode: cleanString().trim().length(2).nullable().default(null),
  internationalOrganisation: short.default(""),
  recipientId: id.nullable().default(null),
  safeguard: z.enum(["ADEQUACY", "SCC", "BCR", "DEROGATION", "OTHER"]).nullable().default(null),
  safeguardDetails: long.default(""),
  safeguardReference: long.default(""),
});

export const activityFieldsSchema = z.object({
  reference: cleanString()
    .trim()
    .min(1, message("activityForm.errors.referenceRequired"))
    .max(REFERENCE_MAX, message("activityForm.errors.referenceTooLong", { max: REFERENCE_MAX })),
  name: name("activity"),
  description: long.default(""),
  department: short.default(""),
  owner: short.default(""),
  status: z.enum(["DRAFT", "ACTIVE", "RETIRED"]).default("DRAFT"),
  role: z.enum(["CONTROLLER", "JOINT_CONTROLLER", "PROCESSOR"]).default("CONTROLLER"),
  jointControllers: list(party, "jointControllers").default([]),
  jointControllerArrangement: long.default(""),
  clientControllers: list(party, "controllers").default([]),
  purposes: list(purposeSchema, "purposes").default([]),
  dataSubjectCategoryIds: list(id, "dataSubjectCategories").default([]),
  dataCategories: list(activityDataCategorySchema, "dataCategories").default([]),
  recipients: list(party, "recipients").default([]),
  // "None" as an answer, distinct from nothing recorded (Art. 30(1)(c)-(e), (g)); each only with an empty list.
  recipientsNone: z.boolean().default(false),
  hasTransfers: z.boolean().default(false),
  transfersNone: z.boolean().default(false),
  transfers: list(transferSchema, "transfers").default([]),
  securityMeasureIds: list(id, "securityMeasures").default([]),
  securityDescription: long.default(""),
  securityMeasuresNone: z.boolean().default(false),
  specialCategoriesNone: z.boolean().default(false),
  dataSource: z.enum(["DATA_SUBJECT", "OTHER", "BOTH"]).default("DATA_SUBJECT"),
  dataSourceDescription: long.default(""),
  publicSources: z.boolean().default(false),
  dpiaRequired: z.boolean().nullable().default(null),
  dpiaStatus: z.enum(["NOT_ASSESSED", "NOT_REQUIRED", "PLANNED", "IN_PROGRESS", "COMPLETED"]).default("NOT_ASSESSED"),
  dpiaReference: short.default(""),
  automatedDecisionMaking: z.boolean().nullable().default(null),
  automatedDecisionLogic: long.default(""),
  automatedDecisionConsequences: long.default(""),
  provisionRequirement: z.enum(["NOT_SPECIFIED", "VOLUNTARY", "STATUTORY", "CONTRACTUAL", "CONTRACT_PREREQUISITE"]).default("NOT_SPECIFIED"),
  provisionConsequences: long.default(""),
  storageLocation: long.default(""),
  lastReviewedOn: date.default(""),
  nextReviewOn: date.default(""),
  publicTitle: short.default(""),
  publicDescription: long.default(""),
  // Art. 7(3), 13(2)(c): how a person withdraws consent; the policy links the address.
  consentWithdrawalUrl: cleanString()
    .trim()
    .max(2_000, message("activityForm.errors.addressTooLong", { max: 2_000 }))
    .refine((value) => value === "" || isWebAddress(value), message("activityForm.errors.addressInvalid"))
    .default(""),
  consentWithdrawalInstructions: long.default(""),
  // The version the form was opened at (updates only): optimistic concurrency.
  version: z.number().int().positive().max(2_147_483_647).optional(),
});

export type ActivityFormValues = z.input<typeof activityFieldsSchema>;
export type ActivityInput = z.output<typeof activityFieldsSchema>;
export type PurposeValues = z.input<typeof purposeSchema>;
export type ActivityDataCategoryValues = z.input<typeof activityDataCategorySchema>;
export type TransferValues = z.input<typeof transferSchema>;
export type PartyValues = z.input<typeof party>;

/** What the cross-field rules need to know about the organisation's catalogue. */
export type ActivityCatalogue = {
  legalBases: { id: string; article: LegalBasisArticle; letter: string; citation: string }[];
  dataCategories: { id: string; name: string; special: boolean; criminal: boolean }[];
  dataSubjectCategories: { id: string }[];
  recipients: { id: string; name: string; kind: RecipientKind }[];
  securityMeasures: { id: string }[];
  countries: { code: string; name: string; eea: boolean; adequacy: boolean }[];
};

const NOT_OURS = message("activityForm.errors.notOurs");

/** The legitimate-interests basis, Art. 6(1)(f). */
export function isLegitimateInterests(basis: { article: LegalBasisArticle; letter: string }) {
  return basis.article === "ART6" && basis.letter === "f";
}

/**
 * The schema for one organisation's catalogue. Its output is normalised: what
 * the form hides is not saved (no joint controllers for a sole controller, no
 * Art. 9 condition for an ordinary category, no transfers unless there are any).
 */
export function activitySchema(catalogue: ActivityCatalogue) {
  const bases = new Map(catalogue.legalBases.map((b) => [b.id, b]));
  const categories = new Map(catalogue.dataCategories.map((c) => [c.id, c]));
  const subjects = new Set(catalogue.dataSubjectCategories.map((s) => s.id));
  const recipients = new Map(catalogue.recipients.map((r) => [r.id, r]));
  const measures = new Set(catalogue.securityMeasures.map((m) => m.id));
  const countries = new Map(catalogue.countries.map((c) => [c.code, c]));

  const normalise = (input: ActivityInput) => {
    const isProcessor = input.role === "PROCESSOR";
    return {
      ...input,
      jointControllers: input.role === "JOINT_CONTROLLER" ? input.jointControllers : [],
      jointControllerArrangement: input.role === "JOINT_CONTROLLER" ? input.jointControllerArrangement : "",
      clientControllers: isProcessor ? input.clientControllers : [],
      purposes: input.purposes.map((purpose) => {
        const interests = purpose.legalBasisIds.some((basisId) => {
          const basis = bases.get(basisId);
          return basis ? isLegitimateInterests(basis) : false;
        });
        return interests ? purpose : { ...purpose, legitimateInterests: "", balancingTestReference: "" };
      }),
      dataCategories: input.dataCategories.map((row) => {
        const category = categories.get(row.dataCategoryId);
        return category && (category.special || category.criminal) ? row : { ...row, art9ConditionId: null };
      }),
      dataSubjectCategoryIds: [...new Set(input.dataSubjectCategoryIds)],
      securityMeasureIds: [...new Set(input.securityMeasureIds)],
      transfers: input.hasTransfers ? input.transfers : [],
      automatedDecisionLogic: input.automatedDecisionMaking ? input.automatedDecisionLogic : "",
      automatedDecisionConsequences: input.automatedDecisionMaking ? input.automatedDecisionConsequences : "",
    };
  };

  return activityFieldsSchema
    .superRefine(
      (raw, ctx) => {
        const input = normalise(raw);
        const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
        const active = input.status === "ACTIVE";

        const checkParties = (rows: typeof input.recipients, field: string, kinds: RecipientKind[] | null, kind: "jointController" | "controller" | null) => {
          const seen = new Set<string>();
          rows.forEach((row, index) => {
            const recipient = recipients.get(row.recipientId);
            if (!recipient) return issue([field, index, "recipientId"], NOT_OURS);
            if (seen.has(row.recipientId)) issue([field, index, "recipientId"], message("activityForm.errors.listedTwice", { name: recipient.name }));
            seen.add(row.recipientId);
            if (kinds && kind && !kinds.includes(recipient.kind)) issue([field, index, "recipientId"], message("activityForm.errors.wrongPartyKind", { name: recipient.name, kind }));
          });
        };
        checkParties(input.jointControllers, "jointControllers", ["JOINT_CONTROLLER"], "jointController");
        checkParties(input.clientControllers, "clientControllers", ["CLIENT_CONTROLLER", "JOINT_CONTROLLER"], "controller");
        checkParties(input.recipients, "recipients", null, null);

        // Art. 30(2)(a): a processor's record names each controller on whose behalf it acts.
        if (active && input.role === "PROCESSOR" && input.clientControllers.length === 0) {
          issue(["clientControllers"], message("activityForm.errors.clientControllersRequired"));
        }

        // Art. 6(1): an active controller activity needs a lawful basis for its purposes.
        if (active && input.role !== "PROCESSOR" && input.purposes.length === 0) {
          issue(["purposes"], message("activityForm.errors.purposesRequired"));
        }
        input.purposes.forEach((purpose, index) => {
          const chosen = purpose.legalBasisIds.map((basisId) => bases.get(basisId));
          if (chosen.some((basis) => !basis || (basis.article !== "ART6" && basis.article !== "NATIONAL"))) {
            return issue(["purposes", index, "legalBasisIds"], message("activityForm.errors.legalBasesWrongArticle"));
          }
          if (active && input.role !== "PROCESSOR" && chosen.length === 0) {
            issue(["purposes", index, "legalBasisIds"], message("activityForm.errors.legalBasisRequired"));
          }
          // Art. 13(1)(d): the legitimate interests must be stated when the basis is 6(1)(f).
          if (chosen.some((basis) => basis && isLegitimateInterests(basis)) && !purpose.legitimateInterests) {
            issue(["purposes", index, "legitimateInterests"], message("activityForm.errors.legitimateInterestsRequired"));
          }
        });

        if (input.dataSubjectCategoryIds.some((subjectId) => !subjects.has(subjectId))) issue(["dataSubjectCategoryIds"], NOT_OURS);
        if (input.securityMeasureIds.some((measureId) => !measures.has(measureId))) issue(["securityMeasureIds"], NOT_OURS);

        const seenCategories = new Set<string>();
        input.dataCategories.forEach((row, index) => {
          const category = categories.get(row.dataCategoryId);
          if (!category) return issue(["dataCategories", index, "dataCategoryId"], NOT_OURS);
          if (seenCategories.has(category.id)) issue(["dataCategories", index, "dataCategoryId"], message("activityForm.errors.listedTwice", { name: category.name }));
          seenCategories.add(category.id);
          if (!category.special && !category.criminal) return;
          const condition = row.art9ConditionId ? bases.get(row.art9ConditionId) : undefined;
          const path = ["dataCategories", index, "art9ConditionId"];
          if (row.art9ConditionId && !condition) return issue(path, NOT_OURS);
          // Art. 9(1)-(2): special categories are prohibited unless a 9(2) condition applies;
          // Art. 10: criminal data only under official authority or a legal basis in law.
          if (category.special && (!condition || (condition.article !== "ART9" && condition.article !== "NATIONAL"))) {
            issue(path, message("activityForm.errors.art9ConditionRequired", { name: category.name }));
          } else if (!category.special && (!condition || (condition.article !== "ART10" && condition.article !== "NATIONAL"))) {
            issue(path, message("activityForm.errors.art10BasisRequired", { name: category.name }));
          }
        });

        // "None" is an answer only where nothing is listed: refused together with entries rather than one silently dropped.
        if (input.recipientsNone && input.recipients.length > 0) {
          issue(["recipientsNone"], message("activityForm.errors.recipientsNoneConflict"));
        }
        if (input.transfersNone && input.hasTransfers) {
          issue(["transfersNone"], message("activityForm.errors.transfersNoneConflict"));
        }
        if (input.securityMeasuresNone && (input.securityMeasureIds.length > 0 || input.securityDescription)) {
          issue(["securityMeasuresNone"], message("activityForm.errors.securityNoneConflict"));
        }
        const special = input.dataCategories.map((row) => categories.get(row.dataCategoryId)).find((category) => category && (category.special || category.criminal));
        if (input.specialCategoriesNone && special) {
          // Art. 9(1), 10: the activity cannot both process and not process such data.
          issue(["specialCategoriesNone"], message("activityForm.errors.specialNoneConflict", { name: special.name, kind: special.special ? "special" : "criminal" }));
        }

        if (input.hasTransfers && input.transfers.length === 0) {
          issue(["transfers"], message("activityForm.errors.transfersRequired"));
        }
        input.transfers.forEach((transfer, index) => {
          const at = (field: string) => ["transfers", index, field];
          const country = transfer.countryCode ? countries.get(transfer.countryCode) : undefined;
          if (transfer.countryCode && !country) return issue(at("countryCode"), message("activityForm.errors.countryFromList"));
          if (!country && !transfer.internationalOrganisation) {
            return issue(at("countryCode"), message("activityForm.errors.destinationRequired"));
          }
          if (country && transfer.internationalOrganisation) {
            issue(at("internationalOrganisation"), message("activityForm.errors.countryOrOrganisation"));
          }
          if (transfer.recipientId && !recipients.has(transfer.recipientId)) issue(at("recipientId"), NOT_OURS);
          const destination = country?.name ?? transfer.internationalOrganisation;
          const adequate = !!country && (country.eea || country.adequacy);
          // Art. 44-46: without an adequacy decision (Art. 45) a transfer needs an appropriate safeguard.
          if (!adequate && !transfer.safeguard) {
            issue(at("safeguard"), message("activityForm.errors.safeguardRequired", { destination }));
          } else if (transfer.safeguard === "ADEQUACY" && !adequate) {
            issue(at("safeguard"), message("activityForm.errors.adequacyNotRecorded", { destination }));
          }
          // Art. 49(1) and 30(1)(e): a derogation names the point of Art. 49(1) relied on.
          if (transfer.safeguard === "DEROGATION" && !transfer.safeguardDetails) {
            issue(at("safeguardDetails"), message("activityForm.errors.derogationPointRequired"));
          }
        });

        if (input.lastReviewedOn && input.nextReviewOn && input.nextReviewOn < input.lastReviewedOn) {
          issue(["nextReviewOn"], message("activityForm.errors.nextReviewBeforeLast"));
        }
        if (input.automatedDecisionMaking && !input.automatedDecisionLogic) {
          // Art. 13(2)(f): meaningful information about the logic involved.
          issue(["automatedDecisionLogic"], message("activityForm.errors.logicRequired"));
        }
      },
      // Cross-field messages also when a field of its own is invalid (an empty
      // name), so that one submit shows every problem; not when the shape is broken.
      { when: (payload) => payload.issues.every((issue) => issue.code !== "invalid_type" && issue.code !== "unrecognized_keys") },
    )
    .transform(normalise);
}

/** The form values of a new activity. */
export function emptyActivityValues(): ActivityFormValues {
  return { ...activityFieldsSchema.parse({ reference: "-", name: "-" }), reference: "", name: "" };
}

/** Warnings that do not stop a save: things a DPO should follow up. */
export function processorsWithoutAgreement<T extends { id: string; kind: RecipientKind; hasDpa: boolean }>(
  recipientIds: string[],
  catalogue: T[],
): T[] {
  // Art. 28(3): processing by a processor is governed by a written contract.
  return recipientIds
    .map((recipientId) => catalogue.find((r) => r.id === recipientId))
    .filter((r): r is T => !!r && (r.kind === "PROCESSOR" || r.kind === "SUB_PROCESSOR") && !r.hasDpa);
}

// ---------------------------------------------------------------------------
// Creating a missing catalogue entry from inside the activity form.
// ---------------------------------------------------------------------------

export const quickCreateSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("dataCategory"),
    name: name("dataCategory"),
    special: z.boolean().default(false),
    criminal: z.boolean().default(false),
    defaultRetention: long.default(""),
  }),
  z.object({ type: z.literal("dataSubjectCategory"), name: name("dataSubjectCategory") }),
  z.object({
    type: z.literal("recipient"),
    name: name("recipient"),
    kind: z.enum(["INTERNAL", "PROCESSOR", "SUB_PROCESSOR", "CONTROLLER", "PUBLIC_AUTHORITY", "JOINT_CONTROLLER", "CLIENT_CONTROLLER"], {
      error: message("activityForm.errors.recipientKindRequired"),
    }),
    countryCode: cleanString().trim().length(2).nullable().default(null),
  }),
  z.object({
    type: z.literal("securityMeasure"),
    name: name("securityMeasure"),
    group: z.enum(["ACCESS_CONTROL", "ENCRYPTION", "PSEUDONYMISATION", "BACKUP", "LOGGING", "NETWORK", "PHYSICAL", "ORGANISATIONAL", "PROCESSOR_CONTROL", "OTHER"], {
      error: message("activityForm.errors.securityGroupRequired"),
    }),
  }),
]);

type QuickCreateInput = z.output<typeof quickCreateSchema>;
export type QuickCreateType = QuickCreateInput["type"];
