/**
 * "Every statement has a source, and no statement comes from an empty field":
 * for generated registers (any field recorded, empty or blank, any answer of
 * "none" given or not), every paragraph, list item, definition and HTML block
 * of the composed policy names at least one source, and every source points
 * at a field that is recorded (non-empty) in the input. No negative claim is
 * made unless "none" was recorded.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { composePolicy } from "./compose";
import type { ComposeActivity, ComposeInput, ComposeLegalBasis } from "./compose-input";
import { basis, completeOrganisation } from "../../test/fixtures/sample-records";
import type { PolicyBlock, StatementSource } from "./types";
import { wordingFor } from "./wording";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

/** Empty, blank or recorded: the three states a text field is in. */
const maybe = fc.oneof(fc.constant(""), fc.constant("  "), fc.string({ minLength: 1, maxLength: 12 }).map((s) => `x${s}`));
const recorded = fc.string({ minLength: 1, maxLength: 12 }).map((s) => `x${s}`);

const legalBasis: fc.Arbitrary<ComposeLegalBasis> = fc.oneof(
  fc.constantFrom("a", "b", "c", "d", "e", "f").map((letter) => basis("ART6", letter)),
  fc.constant(basis("NATIONAL", "")),
);
const art9: fc.Arbitrary<ComposeLegalBasis | null> = fc.option(fc.constantFrom("a", "b", "h").map((letter) => basis("ART9", letter)));

let ids = 0;
const id = (prefix: string) => fc.constant(null).map(() => `${prefix}-${++ids}`);

const activity = (activityId: string): fc.Arbitrary<ComposeActivity> =>
  fc.record({
    id: fc.constant(activityId),
    reference: recorded,
    name: recorded,
    status: fc.constant("ACTIVE" as const),
    role: fc.constant("CONTROLLER" as const),
    publicTitle: maybe,
    publicDescription: maybe,
    dataSource: fc.constantFrom("DATA_SUBJECT" as const, "OTHER" as const, "BOTH" as const),
    dataSourceDescription: maybe,
    publicSources: fc.boolean(),
    automatedDecisionMaking: fc.constantFrom(true, false, null),
    automatedDecisionLogic: maybe,
    automatedDecisionConsequences: maybe,
    provisionRequirement: fc.constantFrom("NOT_SPECIFIED" as const, "VOLUNTARY" as const, "STATUTORY" as const, "CONTRACTUAL" as const, "CONTRACT_PREREQUISITE" as const),
    provisionConsequences: maybe,
    dpiaRequired: fc.constantFrom(true, false, null),
    recipientsNone: fc.boolean(),
    transfersNone: fc.boolean(),
    specialCategoriesNone: fc.boolean(),
    consentWithdrawalUrl: fc.oneof(maybe, fc.constant("https://acme.example/opt-out"), fc.constant("javascript:alert(1)")),
    consentWithdrawalInstructions: maybe,
    purposes: fc.array(
      fc.record({ id: id("purpose"), description: maybe, legitimateInterests: maybe, directMarketing: fc.boolean(), legalBases: fc.array(legalBasis, { maxLength: 2 }) }),
      { maxLength: 3 },
    ),
    subjects: fc.array(fc.record({ id: id("subjects"), name: maybe }), { maxLength: 2 }),
    dataCategories: fc.array(
      fc.record({
        id: id("adc"),
        dataCategoryId: id("dc"),
        name: maybe,
        details: maybe,
        retention: maybe,
        defaultRetention: maybe,
        special: fc.boolean(),
        criminal: fc.constant(false),
        art9Condition: art9,
      }),
      { maxLength: 3 },
    ),
    recipients: fc.array(
      fc.record({
        id: id("recipient"),
        name: maybe,
        kind: fc.constantFrom("PROCESSOR" as const, "CONTROLLER" as const, "JOINT_CONTROLLER" as const),
        role: fc.constantFrom("RECIPIENT" as const, "JOINT_CONTROLLER" as const, "CLIENT_CONTROLLER" as const),
        note: maybe,
      }),
      { maxLength: 3 },
    ),
    transfers: fc.array(
      fc.oneof(
        fc.record({
          id: id("transfer"),
          countryCode: fc.constantFrom("US", "FR", "CH"),
          internationalOrganisation: fc.constant(""),
          recipientName: fc.option(maybe),
          safeguard: fc.constantFrom(null, "ADEQUACY" as const, "SCC" as const, "DEROGATION" as const),
          safeguardDetails: maybe,
          safeguardReference: maybe,
        }).map((t) => ({ ...t, country: { name: { US: "United States", FR: "France", CH: "Switzerland" }[t.countryCode]!, eea: t.countryCode === "FR", adequacy: t.countryCode === "CH" } })),
        fc.record({
          id: id("transfer"),
          countryCode: fc.constant(null),
          country: fc.constant(null),
          internationalOrganisation: maybe,
          recipientName: fc.option(maybe),
          safeguard: fc.constantFrom(null, "OTHER" as const),
          safeguardDetails: maybe,
          safeguardReference: maybe,
        }),
      ),
      { maxLength: 2 },
    ),
  }).map(({ subjects, ...rest }) => ({ ...rest, dataSubjects: subjects.map((s) => s.name), dataSubjectIds: subjects.map((s) => s.id) }));

const organisation = fc
  .record({
    legalName: recorded, address: maybe, email: maybe, phone: maybe, website: maybe, privacyContactName: maybe, privacyContactEmail: maybe,
    privacyContactAddress: maybe, representativeName: maybe, representativeAddress: maybe, representativeEmail: maybe, representativePhone: maybe,
    dpoName: maybe, dpoOrganisation: maybe, dpoAddress: maybe, dpoEmail: maybe, dpoPhone: maybe, supervisoryAuthorityName: maybe, supervisoryAuthorityWebsite: maybe,
  })
  .map((fields) => completeOrganisation(fields));

const register: fc.Arbitrary<ComposeInput> = fc
  .record({
    organisation,
    first: activity("act-1"),
    second: activity("act-2"),
    language: fc.constantFrom("en" as const, "de" as const),
    privacyContactEmail: fc.option(maybe, { nil: undefined }),
    dpoEmail: fc.option(maybe, { nil: undefined }),
    body: maybe,
    order: fc.shuffledSubarray(["controller", "act-1", "act-2", "rights", "markdown"], { minLength: 1 }),
  })
  .map((r) => ({
    organisation: r.organisation,
    activities: { "act-1": r.first, "act-2": r.second },
    policy: {
      id: "policy-1",
      title: "Privacy policy",
      language: r.language,
      sections: r.order.map((entry) =>
        entry === "controller"
          ? { type: "controller" as const, privacyContactEmail: r.privacyContactEmail, dpoEmail: r.dpoEmail }
          : entry === "rights"
            ? { type: "rights" as const }
            : entry === "markdown"
              ? { type: "markdown" as const, title: "Notes", body: r.body }
              : { type: "activity" as const, activityId: entry },
      ),
    },
  }));

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || value === false || value === "NOT_SPECIFIED" || (typeof value === "string" && !value.trim()) || (Array.isArray(value) && value.length === 0);

/** The value of the field a source names, looked up in the input by entity and id. */
function valueOf(input: ComposeInput, source: StatementSource): unknown {
  const activities = Object.values(input.activities);
  const pick = (record: object | undefined) => (record ? (record as Record<string, unknown>)[source.field] : undefined);
  switch (source.entity) {
    case "organisation":
      return source.id === input.organisation.id ? pick(input.organisation) : undefined;
    case "policy": {
      const match = /^sections\.(\d+)(?:\.(\w+))?$/.exec(source.field);
      const spec = match && source.id === input.policy.id ? input.policy.sections[Number(match[1])] : undefined;
      return match?.[2] ? (spec as Record<string, unknown> | undefined)?.[match[2]] : spec;
    }
    case "activity":
      return pick(input.activities[source.id]);
    case "purpose":
      return pick(activities.flatMap((a) => a.purposes).find((p) => p.id === source.id));
    case "dataSubjectCategory": {
      const owner = activities.find((a) => a.dataSubjectIds.includes(source.id));
      return source.field === "name" && owner ? owner.dataSubjects[owner.dataSubjectIds.indexOf(source.id)] : undefined;
    }
    case "dataCategory":
      return pick(activities.flatMap((a) => a.dataCategories).find((c) => c.dataCategoryId === source.id));
    case "activityDataCategory":
      return pick(activities.flatMap((a) => a.dataCategories).find((c) => c.id === source.id));
    case "recipient":
      return pick(activities.flatMap((a) => a.recipients).find((r) => r.id === source.id));
    case "activityRecipient": {
      const [activityId, recipientId] = source.id.split(":");
      return pick(input.activities[activityId]?.recipients.find((r) => r.id === recipientId));
    }
    case "transfer":
      return pick(activities.flatMap((a) => a.transfers).find((t) => t.id === source.id));
    default:
      return undefined;
  }
}

/** Each statement of a block with its sources. */
function statements(block: PolicyBlock): { text: string; sources: StatementSource[] }[] {
  switch (block.kind) {
    case "paragraph":
      return [{ text: block.text, sources: block.sources ?? [] }];
    case "list":
      return block.items.map((text, i) => ({ text, sources: block.sources?.[i] ?? [] }));
    case "definitions":
      return block.items.map((item) => ({ text: `${item.term}: ${item.description}`, sources: item.sources ?? [] }));
    case "html":
      return [{ text: block.html, sources: block.sources ?? [] }];
  }
}

describe("every composed statement comes from a recorded field", () => {
  it("for generated registers, every statement maps to non-empty source fields", { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(register, (input) => {
        const document = composePolicy(input);
        for (const section of document.sections) {
          for (const block of section.blocks) {
            for (const statement of statements(block)) {
              expect(statement.sources.length, `no source: “${statement.text}” in ${section.heading}`).toBeGreaterThan(0);
              for (const source of statement.sources) {
                expect(isEmpty(valueOf(input, source)), `empty source ${JSON.stringify(source)} for “${statement.text}”`).toBe(false);
                expect(source.href).toMatch(/^\/(activities\/[^/]+\/edit|settings|policies\/[^/#]+)#./);
              }
            }
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("makes no negative claim unless “none” was recorded", { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(register, (input) => {
        const document = composePolicy(input);
        const w = wordingFor(input.policy.language).activity;
        for (const section of document.sections.filter((s) => s.source === "activity")) {
          const activity = input.activities[section.activityId!];
          const texts = section.blocks.flatMap(statements).map((s) => s.text);
          if (!activity.recipientsNone) expect(texts).not.toContain(w.noRecipients);
          if (!activity.transfersNone) expect(texts).not.toContain(w.noTransfers);
          // A purpose is stated only with its legal basis.
          const purposes = section.blocks.find((b) => b.field === "purposes");
          const stated = activity.purposes.filter((p) => p.description.trim() && p.legalBases.length);
          expect(purposes?.kind === "list" ? purposes.items.length : 0).toBe(stated.length);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
