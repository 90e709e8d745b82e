/**
 * Every zod schema that reads user input, against thousands of generated
 * values: anything at all, valid values with parts broken, and form fields
 * holding arbitrary text. A schema must never throw, every refusal must come
 * out of the project's own mapping (fieldErrorsFrom) as a message on a field,
 * a form field's message must be written for people (not zod's default), and
 * valid values must pass.
 */
import { message } from "@/lib/i18n/message";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { changePasswordSchema } from "@/lib/account/schema";
import { apiScopes, apiTokenExpiries, createApiTokenSchema, revokeApiTokenSchema } from "@/lib/api-tokens/schema";
import { activitySchema, quickCreateSchema, type ActivityCatalogue } from "@/lib/activities/schema";
import { bulkActivitySchema } from "@/lib/activities/bulk-schema";
import { markReviewedSchema } from "@/lib/activities/review";
import { loginSchema } from "@/lib/auth/schema";
import { dataCategorySchema, dataSubjectCategorySchema, legalBasisSchema, replacementSchema, securityMeasureSchema } from "@/lib/catalogues/schema";
import { registerJsonSchema } from "@/lib/import/json-schema";
import { securityGroupOrder, recipientKindOrder } from "@/lib/labels";
import { acceptInvitationSchema, changeRoleSchema, inviteSchema, removeMemberSchema, revokeInvitationSchema } from "@/lib/members/schema";
import { organisationProfileSchema } from "@/lib/organisation/schema";
import { createOrganisationSchema } from "@/lib/organisation/slug";
import { newPolicySchema, policyDraftSchema } from "@/lib/policies/schema";
import { publishPolicySchema } from "@/lib/policies/publish-schema";
import { tablePreferenceSchema } from "@/lib/preferences/schema";
import { recipientSchema } from "@/lib/recipients/schema";
import { registerJson } from "@/lib/register/json";
import { testSource } from "@/test/fixtures/test-source";
import { anyValue, emailAddress, formString, isoDay, mutated, plainText, slugText } from "@/test/support/arbitraries";
import { fieldErrorsFrom } from "./action-state";
import { storableText, versionSchema } from "./field-rules";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);

const catalogue: ActivityCatalogue = {
  legalBases: [
    { id: "consent", article: "ART6", letter: "a", citation: "Art. 6(1)(a) GDPR" },
    { id: "interests", article: "ART6", letter: "f", citation: "Art. 6(1)(f) GDPR" },
    { id: "explicit", article: "ART9", letter: "a", citation: "Art. 9(2)(a) GDPR" },
  ],
  dataCategories: [
    { id: "contact", name: "Contact details", special: false, criminal: false },
    { id: "health", name: "Health data", special: true, criminal: false },
  ],
  dataSubjectCategories: [{ id: "customers" }, { id: "staff" }],
  recipients: [
    { id: "host", name: "Hosting Ltd", kind: "PROCESSOR" },
    { id: "client", name: "Client AG", kind: "CLIENT_CONTROLLER" },
  ],
  securityMeasures: [{ id: "tls" }],
  countries: [
    { code: "DE", name: "Germany", eea: true, adequacy: false },
    { code: "IN", name: "India", eea: false, adequacy: false },
  ],
};

const token = fc.string({ unit: fc.constantFrom(..."ABCabc019_-"), minLength: 43, maxLength: 43 });
const password = plainText(10, 60);
const role = fc.constantFrom("OWNER", "DPO", "EDITOR", "VIEWER");
const optional = (arb: fc.Arbitrary<string>) => fc.oneof(fc.constant(""), arb);

const validActivity = fc.record({
  reference: plainText(1, 50),
  name: plainText(1, 200),
  description: plainText(0, 300),
  status: fc.constantFrom("DRAFT", "ACTIVE"),
  purposes: fc.array(fc.record({ description: plainText(1, 100), legalBasisIds: fc.constant(["consent"]) }), { minLength: 1, maxLength: 3 }),
  dataSubjectCategoryIds: fc.subarray(["customers", "staff"]),
  dataCategories: fc.constantFrom([], [{ dataCategoryId: "contact", retention: "1 year" }], [{ dataCategoryId: "health", art9ConditionId: "explicit" }]),
  recipients: fc.constantFrom([], [{ recipientId: "host" }]),
  hasTransfers: fc.constant(true),
  transfers: fc.constantFrom([{ countryCode: "DE" }], [{ countryCode: "IN", safeguard: "SCC" }]),
  securityMeasureIds: fc.subarray(["tls"]),
  lastReviewedOn: optional(isoDay),
});

type Case = {
  name: string;
  schema: z.ZodType;
  valid: fc.Arbitrary<Record<string, unknown>>;
  /** For the schemas that read a submitted form: its field names. */
  form?: readonly string[];
  /** Fields the page fills in itself (ids, versions, counts): a forged value gets a message, not necessarily a friendly one. */
  hidden?: readonly string[];
  /** Passwords are hashed, never stored as typed: they may keep any character. */
  secrets?: boolean;
  /** A union at the top decides by the whole value: its refusal may belong to the form. */
  union?: boolean;
};

const cases: Case[] = [
  {
    name: "change password",
    schema: changePasswordSchema,
    valid: fc.tuple(password, password).filter(([a, b]) => a !== b).map(([currentPassword, newPassword]) => ({ currentPassword, newPassword, confirmPassword: newPassword })),
    form: ["currentPassword", "newPassword", "confirmPassword"],
    secrets: true,
  },
  { name: "login", schema: loginSchema, valid: fc.record({ email: emailAddress, password }), form: ["email", "password"], secrets: true },
  { name: "activity", schema: activitySchema(catalogue), valid: validActivity },
  {
    name: "quick create",
    schema: quickCreateSchema,
    valid: fc.oneof(
      fc.record({ type: fc.constant("dataCategory"), name: plainText(1, 200), special: fc.boolean() }),
      fc.record({ type: fc.constant("dataSubjectCategory"), name: plainText(1, 200) }),
      fc.record({ type: fc.constant("recipient"), name: plainText(1, 200), kind: fc.constantFrom("PROCESSOR", "INTERNAL"), countryCode: fc.constantFrom(null, "DE") }),
      fc.record({ type: fc.constant("securityMeasure"), name: plainText(1, 200), group: fc.constantFrom("ENCRYPTION", "OTHER") }),
    ),
  },
  {
    name: "bulk",
    schema: bulkActivitySchema,
    valid: fc.oneof(
      fc.record({ action: fc.constant("status"), ids: fc.array(plainText(1, 40), { minLength: 1, maxLength: 5 }), status: fc.constantFrom("DRAFT", "ACTIVE", "RETIRED") }),
      fc.record({ action: fc.constant("owner"), ids: fc.array(plainText(1, 40), { minLength: 1, maxLength: 5 }), owner: plainText(1, 200) }),
      fc.record({ action: fc.constantFrom("review", "retire"), ids: fc.array(plainText(1, 40), { minLength: 1, maxLength: 5 }) }),
    ),
  },
  {
    name: "mark reviewed",
    schema: markReviewedSchema,
    valid: fc
      .record({ id: plainText(1, 40), version: fc.integer({ min: 1, max: 1e6 }).map(String), reviewedOn: isoDay, nextReviewOn: isoDay })
      .filter((v) => v.nextReviewOn > v.reviewedOn),
    form: ["id", "version", "reviewedOn", "nextReviewOn"],
    hidden: ["id", "version"],
  },
  { name: "legal basis", schema: legalBasisSchema, valid: fc.record({ name: plainText(1, 200), citation: plainText(1, 200), description: plainText(0, 500) }), form: ["name", "citation", "description"] },
  {
    name: "data category",
    schema: dataCategorySchema,
    valid: fc.record({ name: plainText(1, 200), description: plainText(0, 500), special: fc.constantFrom("on", ""), criminal: fc.constant(""), defaultRetention: plainText(0, 200) }),
    form: ["name", "description", "special", "criminal", "defaultRetention"],
  },
  { name: "data subject category", schema: dataSubjectCategorySchema, valid: fc.record({ name: plainText(1, 200), description: plainText(0, 500) }), form: ["name", "description"] },
  {
    name: "security measure",
    schema: securityMeasureSchema,
    valid: fc.record({ group: fc.constantFrom(...securityGroupOrder), name: plainText(1, 200), description: plainText(0, 500) }),
    form: ["group", "name", "description"],
  },
  { name: "catalogue version", schema: versionSchema, valid: fc.record({ version: fc.integer({ min: 1, max: 1e6 }).map(String) }), form: ["version"] },
  { name: "catalogue replacement", schema: replacementSchema, valid: fc.record({ replacementId: plainText(0, 100) }), form: ["replacementId"], hidden: ["replacementId"] },
  { name: "invite", schema: inviteSchema, valid: fc.record({ email: emailAddress, role }), form: ["email", "role"] },
  { name: "change role", schema: changeRoleSchema, valid: fc.record({ membershipId: plainText(1, 100), role }), form: ["membershipId", "role"], hidden: ["membershipId"] },
  { name: "remove member", schema: removeMemberSchema, valid: fc.record({ membershipId: plainText(1, 100) }), form: ["membershipId"], hidden: ["membershipId"] },
  {
    name: "create API token",
    schema: createApiTokenSchema,
    valid: fc.record({ name: plainText(1, 100), scopes: fc.subarray([...apiScopes], { minLength: 1 }), expiry: fc.constantFrom(...apiTokenExpiries) }),
  },
  { name: "revoke API token", schema: revokeApiTokenSchema, valid: fc.record({ tokenId: plainText(1, 50) }), form: ["tokenId"], hidden: ["tokenId"] },
  { name: "revoke invitation", schema: revokeInvitationSchema, valid: fc.record({ invitationId: plainText(1, 100) }), form: ["invitationId"], hidden: ["invitationId"] },
  {
    name: "accept invitation",
    schema: acceptInvitationSchema,
    union: true,
    valid: fc.oneof(
      fc.record({ kind: fc.constant("new"), token, name: plainText(1, 200), password }).map((v) => ({ ...v, confirmPassword: v.password })),
      fc.record({ kind: fc.constant("existing"), token, password }),
    ),
    form: ["kind", "token", "name", "password", "confirmPassword"],
    hidden: ["kind", "token"],
    secrets: true,
  },
  {
    name: "organisation profile",
    schema: organisationProfileSchema,
    valid: fc.record({
      legalName: plainText(1, 200),
      address: plainText(0, 1000),
      email: optional(emailAddress),
      phone: fc.constantFrom("", "+49 221 123456", "(030) 12-34/5"),
      website: fc.constantFrom("", "https://example.com", "http://www.example.org/privacy?x=1"),
      dpoName: plainText(0, 200),
      dpoEmail: optional(emailAddress),
      dpoForm: fc.constantFrom("", "FEMININE", "MASCULINE"),
      reviewIntervalMonths: fc.integer({ min: 1, max: 60 }).map(String),
    }),
    form: ["legalName", "address", "email", "phone", "website", "dpoName", "dpoForm", "dpoEmail", "supervisoryAuthorityWebsite", "reviewIntervalMonths"],
  },
  { name: "new organisation", schema: createOrganisationSchema, valid: fc.record({ legalName: plainText(1, 200), slug: slugText }), form: ["legalName", "slug"] },
  {
    name: "new policy",
    schema: newPolicySchema,
    valid: fc.record({ title: plainText(1, 200), slug: slugText.filter((s) => s.length <= 80), languages: fc.constantFrom(["en"], ["de"], ["fr"], ["en", "de"], ["en", "de", "fr"]), start: fc.constantFrom("standard", "empty") }),
    form: ["title", "slug", "languages", "start"],
  },
  {
    name: "policy draft",
    schema: policyDraftSchema,
    valid: fc.record({
      title: plainText(1, 200),
      titles: fc.record({ de: plainText(0, 200) }, { requiredKeys: [] }),
      languages: fc.constantFrom(["en"], ["de"], ["fr"], ["en", "de"], ["en", "de", "fr"]),
      sections: fc
        .array(fc.oneof(fc.record({ type: fc.constant("markdown"), title: plainText(1, 200), body: plainText(0, 2000) }), fc.record({ type: fc.constant("activity"), activityId: plainText(1, 64) })), { maxLength: 6 })
        .map((sections) => [{ type: "controller" }, ...sections.filter((s, i, all) => s.type !== "activity" || all.findIndex((o) => o.type === "activity" && o.activityId === s.activityId) === i), { type: "rights" }]),
    }),
  },
  {
    name: "publish",
    schema: publishPolicySchema,
    valid: fc.record({ policyId: plainText(1, 100), changeSummary: plainText(1, 2000), effectiveOn: optional(isoDay), acknowledged: fc.array(plainText(1, 100), { maxLength: 5 }) }),
    form: ["policyId", "changeSummary", "effectiveOn", "acknowledged"],
    hidden: ["policyId", "acknowledged"],
  },
  { name: "table preference", schema: tablePreferenceSchema, valid: fc.record({ table: fc.constant("activities"), columnVisibility: fc.dictionary(fc.stringMatching(/^[A-Za-z][\w.]{0,20}$/), fc.boolean(), { maxKeys: 20 }) }) },
  {
    name: "recipient",
    schema: recipientSchema,
    valid: fc.record({
      kind: fc.constantFrom(...recipientKindOrder.filter((kind) => kind !== "SUB_PROCESSOR")),
      name: plainText(1, 200),
      email: optional(emailAddress),
      countryCode: fc.constantFrom("", "de", "US"),
      dpaSignedOn: optional(isoDay),
      services: plainText(0, 2000),
    }),
    form: ["kind", "name", "contactName", "email", "phone", "address", "countryCode", "website", "services", "notes", "parentId", "dpaSignedOn", "dpaReference", "dpaNextReviewOn"],
  },
  { name: "register JSON", schema: registerJsonSchema, valid: fc.constant(JSON.parse(JSON.stringify(registerJson(testSource())))) },
];

// zod's own English messages: fine for a developer, meaningless on a form.
const ZOD_DEFAULT = /^(Invalid input|Invalid option|Too big: |Too small: |Invalid string: |Invalid (email|url|date|number)|Unrecognized key|Invalid key in|Invalid discriminator|Invalid value in)/;

function refusal(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  return result.success ? null : fieldErrorsFrom(result.error);
}

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value !== "object" || value === null) return [];
  return Object.values(value).flatMap(strings);
}

function expectMessages(errors: Record<string, string>) {
  expect(Object.keys(errors).length).toBeGreaterThan(0);
  for (const message of Object.values(errors)) expect(typeof message === "string" && message.trim().length > 0).toBe(true);
}

describe.each(cases)("schema: $name", ({ schema, valid, form, hidden = [], union, secrets }) => {
  it("accepts the valid values generated for it", () => {
    fc.assert(
      fc.property(valid, (value) => {
        expect(refusal(schema, value), JSON.stringify(value)).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });

  it("never throws on anything at all, and every refusal has a message", () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        const errors = refusal(schema, value);
        if (errors) expectMessages(errors);
      }),
      { numRuns: RUNS },
    );
  });

  it("refuses a broken valid value with messages on its fields", () => {
    fc.assert(
      fc.property(valid.chain(mutated), (value) => {
        const errors = refusal(schema, value);
        if (!errors) return;
        expectMessages(errors);
        const isObject = typeof value === "object" && value !== null && !Array.isArray(value);
        if (isObject && !union) expect(Object.keys(errors)).not.toContain("_form");
      }),
      { numRuns: RUNS },
    );
  });

  // Only schemas behind a form have fields a person types into.
  if (form) it("answers any text in the form's fields with messages written for people, on the field", () => {
    const fields = form ?? [];
    const typedFields = fields.filter((name) => !hidden.includes(name));
    fc.assert(
      fc.property(valid, fc.dictionary(fc.constantFrom(...fields), formString(), { minKeys: 1 }), (base, typed) => {
        const parsed = schema.safeParse({ ...base, ...typed });
        // What a schema lets through must be storable: no NUL, no lone surrogate (see storableText).
        if (parsed.success && !secrets) for (const text of strings(parsed.data)) expect(text).toBe(storableText(text));
        const errors = parsed.success ? null : fieldErrorsFrom(parsed.error);
        if (!errors) return;
        const forgedHidden = Object.keys(typed).some((name) => hidden.includes(name));
        for (const [field, message] of Object.entries(errors)) {
          if (!union) expect(fields.some((name) => field === name || field.startsWith(`${name}.`)), `${field}: ${message}`).toBe(true);
          if (typedFields.includes(field) || !forgedHidden) expect(message, `${field}: ${message}`).not.toMatch(ZOD_DEFAULT);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe("counterexamples the properties found, kept as examples", () => {
  it("drops NUL characters from text instead of passing them on to the database", () => {
    // Broke: "Acme\u0000 GmbH" passed every schema and PostgreSQL then refused the write
    // ("invalid byte sequence for encoding UTF8: 0x00"): an error page instead of a save.
    const profile = organisationProfileSchema.parse({ legalName: "Acme\u0000 GmbH", dpoName: "\u0000", reviewIntervalMonths: "12" });
    expect(profile.legalName).toBe("Acme GmbH");
    expect(profile.dpoName).toBe("");
    expect(refusal(legalBasisSchema, { name: "\u0000", citation: "§ 26 BDSG" })).toEqual({ name: message("catalogues.errors.legalBasisName") });
  });

  it("replaces a lone surrogate, which the audit trail's JSON cannot hold", () => {
    // Broke: publishing with a change summary holding "\ud800" failed in the audit event's JSON
    // ("unexpected end of hex escape"), found by the end-to-end XSS property.
    const parsed = publishPolicySchema.parse({ policyId: "p1", changeSummary: "\ud800New retention\udfff" });
    expect(parsed.changeSummary).toBe("\ufffdNew retention\ufffd");
    expect(organisationProfileSchema.parse({ legalName: "Emoji 😀 AG", reviewIntervalMonths: "1" }).legalName).toBe("Emoji 😀 AG");
  });
});
