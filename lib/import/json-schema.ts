/**
 * The JSON register export (lib/register/json.ts, docs/register-json-schema.md)
 * as the import reads it: the shape and the limits are checked here, the
 * references between its parts when it is restored.
 */
import { z } from "zod";
import { cleanString, isWebAddress } from "@/lib/forms/field-rules";
import { REGISTER_JSON_FORMAT, REGISTER_JSON_SCHEMA_VERSION } from "@/lib/register/json";
import { LANGUAGES } from "@/lib/translations/languages";
import { message } from "@/lib/i18n/message";


// Files of schema version 1 were written before "none" could be recorded and before an agreement had a status.
const LEGACY_SCHEMA_VERSION = 1;

const text = (max = 10_000) => cleanString().max(max);
const short = text(200);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable();
const instant = z.string().refine((value) => !Number.isNaN(Date.parse(value)), "Not a date and time.");
const list = <T extends z.ZodType>(item: T, max = 10_000) => z.array(item).max(max);

const organisation = z.object({
  slug: cleanString().max(63),
  legalName: cleanString().trim().min(1).max(200),
  address: text(),
  email: short,
  phone: short,
  website: short,
  privacyContactName: short,
  privacyContactEmail: short,
  privacyContactAddress: text(),
  representativeName: short,
  representativeAddress: text(),
  representativeEmail: short,
  representativePhone: short,
  dpoName: short,
  dpoOrganisation: short,
  dpoAddress: text(),
  dpoEmail: short,
  dpoPhone: short,
  // Files written before the form of address was recorded have none.
  dpoForm: z.enum(["FEMININE", "MASCULINE"]).nullable().optional(),
  supervisoryAuthorityName: short,
  supervisoryAuthorityWebsite: short,
  defaultLanguage: cleanString().max(10),
  // The languages the records are kept in; files written before there were several have none.
  languages: z.array(z.enum(LANGUAGES)).max(LANGUAGES.length).optional(),
  reviewIntervalMonths: z.number().int().min(1).max(120),
});

const name = cleanString().trim().min(1).max(200);

export const registerJsonSchema = z.object({
  format: z.literal(REGISTER_JSON_FORMAT),
  schemaVersion: z.union([z.literal(LEGACY_SCHEMA_VERSION), z.literal(REGISTER_JSON_SCHEMA_VERSION)]),
  exportedAt: instant,
  filters: z.object({ status: z.string().optional(), department: z.string().optional() }).default({}),
  organisation,
  countries: list(z.object({ code: z.string().length(2), name: z.string() }).passthrough(), 300),
  catalogues: z.object({
    legalBases: list(
      z.object({
        article: z.enum(["ART6", "ART9", "ART10", "NATIONAL"]),
        letter: cleanString().max(5),
        name,
        citation: name,
        description: text(),
        builtIn: z.boolean(),
      }),
    ),
    dataCategories: list(z.object({ name, description: text(), special: z.boolean(), criminal: z.boolean(), defaultRetention: text() })),
    dataSubjectCategories: list(z.object({ name, description: text() })),
    securityMeasures: list(
      z.object({
        group: z.enum(["ACCESS_CONTROL", "ENCRYPTION", "PSEUDONYMISATION", "BACKUP", "LOGGING", "NETWORK", "PHYSICAL", "ORGANISATIONAL", "PROCESSOR_CONTROL", "OTHER"]),
        name,
        description: text(),
      }),
    ),
  }),
  recipients: list(
    z.object({
      kind: z.enum(["INTERNAL", "PROCESSOR", "SUB_PROCESSOR", "CONTROLLER", "PUBLIC_AUTHORITY", "JOINT_CONTROLLER", "CLIENT_CONTROLLER"]),
      name,
      contactName: short,
      email: short,
      phone: short,
      address: text(),
      countryCode: z.string().length(2).nullable(),
      website: short,
      services: text(),
      notes: text(),
      parent: name.nullable(),
      dpaStatus: z.enum(["IN_PLACE", "NOT_REQUIRED", "MISSING", "UNDER_REVIEW"]).optional(),
      dpaNotRequiredReason: text(2_000).default(""),
      dpaSignedOn: day,
      dpaReference: short,
      dpaNextReviewOn: day,
    }),
  ),
  activities: list(
    z.object({
      reference: cleanString().trim().min(1).max(50),
      name,
      description: text(),
      department: short,
      owner: short,
      status: z.enum(["DRAFT", "ACTIVE", "RETIRED"]),
      role: z.enum(["CONTROLLER", "JOINT_CONTROLLER", "PROCESSOR"]),
      jointControllerArrangement: text(),
      dataSource: z.enum(["DATA_SUBJECT", "OTHER", "BOTH"]),
      dataSourceDescription: text(),
      publicSources: z.boolean(),
      dpiaRequired: z.boolean().nullable(),
      dpiaStatus: z.enum(["NOT_ASSESSED", "NOT_REQUIRED", "PLANNED", "IN_PROGRESS", "COMPLETED"]),
      dpiaReference: short,
      automatedDecisionMaking: z.boolean().nullable(),
      automatedDecisionLogic: text(),
      automatedDecisionConsequences: text(),
      provisionRequirement: z.enum(["NOT_SPECIFIED", "VOLUNTARY", "STATUTORY", "CONTRACTUAL", "CONTRACT_PREREQUISITE"]),
      provisionConsequences: text(),
      storageLocation: text(),
      securityDescription: text(),
      recipientsNone: z.boolean().default(false),
      transfersNone: z.boolean().default(false),
      securityMeasuresNone: z.boolean().default(false),
      specialCategoriesNone: z.boolean().default(false),
      lastReviewedOn: day,
      nextReviewOn: day,
      publicTitle: short,
      publicDescription: text(),
      // Optional fields added in version 2 (older files have none): consent withdrawal, direct marketing.
      consentWithdrawalUrl: text(2_000)
        .refine((value) => value === "" || isWebAddress(value), "A consent withdrawal address is not a web address starting with https:// or http://.")
        .default(""),
      consentWithdrawalInstructions: text().default(""),
      createdAt: instant,
      updatedAt: instant,
      purposes: list(
        z.object({ description: text(), legitimateInterests: text(), balancingTestReference: short, directMarketing: z.boolean().default(false), legalBases: list(name, 50) }),
        200,
      ),
      dataSubjectCategories: list(name, 200),
      dataCategories: list(z.object({ dataCategory: name, details: text(), retention: text(), art9Condition: name.nullable() }), 200),
      parties: list(z.object({ recipient: name, role: z.enum(["RECIPIENT", "JOINT_CONTROLLER", "CLIENT_CONTROLLER"]), note: text() }), 200),
      transfers: list(
        z.object({
          countryCode: z.string().length(2).nullable(),
          internationalOrganisation: short,
          recipient: name.nullable(),
          safeguard: z.enum(["ADEQUACY", "SCC", "BCR", "DEROGATION", "OTHER"]).nullable(),
          safeguardDetails: text(),
          safeguardReference: text(),
        }),
        200,
      ),
      securityMeasures: list(name, 200),
    }),
  ),
})
  // A version 1 file is read as the database migration read the same records: a
  // stored false for automated decisions was only the column's default (not
  // recorded), and an agreement with a signing date or a reference is in place.
  .transform((doc) => {
    const legacy = doc.schemaVersion === LEGACY_SCHEMA_VERSION;
    return {
      ...doc,
      recipients: doc.recipients.map((recipient) => ({
        ...recipient,
        dpaStatus: recipient.dpaStatus ?? (legacy && (recipient.dpaSignedOn || recipient.dpaReference) ? ("IN_PLACE" as const) : ("MISSING" as const)),
      })),
      activities: doc.activities.map((activity) => ({
        ...activity,
        automatedDecisionMaking: legacy && activity.automatedDecisionMaking === false ? null : activity.automatedDecisionMaking,
      })),
    };
  });

export type RegisterJsonDocument = z.output<typeof registerJsonSchema>;

/** A readable message for the first problems of a document that does not fit the schema. */
export function describeJsonProblems(error: z.ZodError, limit = 5): string[] {
  return error.issues.slice(0, limit).map((issue) => {
    if (issue.path[0] === "format" || issue.path[0] === "schemaVersion") {
      return message("registerImport.errors.jsonNotOurs", { legacy: LEGACY_SCHEMA_VERSION, current: REGISTER_JSON_SCHEMA_VERSION });
    }
    // zod's own wording of the problem, with the path inside the document: technical detail, kept as zod gives it.
    if (!issue.path.length) return message("registerImport.errors.jsonInvalid", { problem: issue.message });
    return message("registerImport.errors.jsonInvalidAt", { path: issue.path.map(String).join("."), problem: issue.message });
  });
}
