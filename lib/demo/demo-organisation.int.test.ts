import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed, DEMO_PASSWORD } from "../../prisma/seed";
import { verifyPassword } from "../auth/password";
import { upsertCountries } from "../catalogues/countries";
import { createDb } from "../db";
import { deleteOrganisation } from "../../test/support/delete-organisation";
import { createDemoOrganisation, DEMO_ORGANISATION_SLUG, type DemoOrganisation } from "./demo-organisation";

const db = createDb(process.env.DATABASE_URL!);

afterAll(async () => {
  await db.$disconnect();
});

function activityByReference(organisationId: string, reference: string) {
  return db.processingActivity.findUniqueOrThrow({
    where: { organisationId_reference: { organisationId, reference } },
    include: {
      purposes: { orderBy: { position: "asc" }, include: { legalBases: { include: { legalBasis: true } } } },
      dataSubjects: { include: { dataSubjectCategory: true } },
      dataCategories: { orderBy: { position: "asc" }, include: { dataCategory: true } },
      recipients: { include: { recipient: true } },
      transfers: { include: { recipient: true } },
      securityMeasures: { include: { securityMeasure: true } },
    },
  });
}

const citations = (purpose: { legalBases: { legalBasis: { citation: string } }[] }) =>
  purpose.legalBases.map((link) => link.legalBasis.citation).sort();

describe("createDemoOrganisation", () => {
  let actor: { id: string; email: string };
  let demo: DemoOrganisation;

  beforeAll(async () => {
    await upsertCountries(db);
    actor = await db.user.create({
      data: { email: `demo-test-${crypto.randomUUID()}@example.test`, name: "Demo Test", passwordHash: "x" },
      select: { id: true, email: true },
    });
    demo = await db.$transaction((tx) => createDemoOrganisation(tx, { actor, slug: `demo-${crypto.randomUUID()}` }), {
      timeout: 60_000,
    });
  });

  it("records the controller and DPO the policies name, and no supervisory authority", async () => {
    const organisation = await db.organisation.findUniqueOrThrow({ where: { id: demo.organisationId } });
    expect(organisation).toMatchObject({
      legalName: "Open-Xchange AG",
      address: expect.stringContaining("Hohenzollernring 72, 50672"),
      privacyContactEmail: "datenschutz@open-xchange.com",
      dpoName: "Dr. Jana Jentzsch",
      dpoOrganisation: "Jentzsch-IT Rechtsanwaltsgesellschaft mbH",
      dpoEmail: "info@jentzsch-it.de",
      supervisoryAuthorityName: "",
      isDemo: true,
    });
  });

  it("creates seven active activities, each with a CREATE audit event by the actor", async () => {
    const activities = await db.processingActivity.findMany({ where: { organisationId: demo.organisationId }, orderBy: { reference: "asc" } });
    expect(activities.map((activity) => activity.reference)).toEqual(["APP-01", "APP-02", "APP-03", "APP-04", "WEB-01", "WEB-02", "WEB-03"]);
    for (const activity of activities) {
      expect(activity).toMatchObject({ status: "ACTIVE", createdById: actor.id, updatedById: actor.id });
      expect(activity.publicTitle).not.toBe("");
      expect(activity.publicDescription).not.toBe("");
    }
    const events = await db.auditEvent.findMany({
      where: { organisationId: demo.organisationId, entityType: "ProcessingActivity", action: "CREATE" },
    });
    expect(events.map((event) => event.entityId).sort()).toEqual(activities.map((activity) => activity.id).sort());
    expect(events.every((event) => event.actorId === actor.id)).toBe(true);
  });

  it("records how to withdraw consent where the policies say it, and leaves what they are silent about unrecorded", async () => {
    const activities = await db.processingActivity.findMany({ where: { organisationId: demo.organisationId }, orderBy: { reference: "asc" } });
    const withdrawal = Object.fromEntries(activities.map((activity) => [activity.reference, activity.consentWithdrawalInstructions]));
    expect(withdrawal["WEB-03"]).toContain("Opt-out from PIWIK PRO analytics");
    expect(withdrawal["APP-02"]).toContain("settings of your operating system");
    expect(withdrawal["APP-04"]).toContain("App's settings");
    // The log-in data is stored on consent, but the policy names no way to withdraw it.
    expect(withdrawal["APP-01"]).toBe("");
    for (const activity of activities) {
      expect(activity.consentWithdrawalUrl).toBe("");
      expect(activity).toMatchObject({ recipientsNone: false, transfersNone: false, securityMeasuresNone: false, specialCategoriesNone: false, automatedDecisionMaking: null });
    }
  });

  it("bases the log files on legitimate interests and names the law enforcement disclosure", async () => {
    const logs = await activityByReference(demo.organisationId, "WEB-01");
    const interests = logs.purposes.filter((purpose) => citations(purpose).includes("Art. 6(1)(f) GDPR"));
    expect(interests.length).toBeGreaterThan(0);
    // Art. 13(1)(d): the legitimate interests must be stated.
    expect(interests.every((purpose) => purpose.legitimateInterests.length > 0)).toBe(true);
    expect(logs.purposes.map(citations)).toContainEqual(["Art. 6(1)(c) GDPR", "Art. 6(1)(d) GDPR", "Art. 6(1)(e) GDPR"]);
    expect(logs.recipients.map((link) => [link.recipient.name, link.recipient.kind])).toEqual([["Law enforcement authorities", "PUBLIC_AUTHORITY"]]);

    const details = logs.dataCategories.map((category) => category.details).join("; ").toLowerCase();
    const fields = ["remote host", "result of the access", "date and time", "amount of data", "browser type and version", "operating system", "language", "internet service provider", "website from which", "cookies saved", "device identifier", "ip address"];
    for (const field of fields) expect(details).toContain(field);
    expect(logs.dataCategories.every((category) => category.retention === "")).toBe(true);
  });

  it("models Piwik PRO as a processor without an agreement, on consent, with anonymised IP addresses", async () => {
    const analytics = await activityByReference(demo.organisationId, "WEB-03");
    expect(analytics.purposes.map(citations)).toEqual([["Art. 6(1)(a) GDPR"]]);
    expect(analytics.recipients).toHaveLength(1);
    expect(analytics.recipients[0].recipient).toMatchObject({ name: "Piwik PRO", kind: "PROCESSOR", dpaSignedOn: null, dpaReference: "" });
    expect(analytics.securityMeasures.map((link) => link.securityMeasure.name)).toEqual(["IP address anonymisation"]);
    expect(analytics.transfers).toHaveLength(0);
  });

  it("records session cookies' deletion and leaves the unstated legal basis of the cookies empty", async () => {
    const cookies = await activityByReference(demo.organisationId, "WEB-02");
    expect(cookies.dataCategories[0].retention).toContain("end of the browser session");
    expect(cookies.purposes).toHaveLength(1);
    expect(cookies.purposes[0].legalBases).toHaveLength(0);
  });

  it("splits the log-in data into transmission on contract and storage on consent", async () => {
    const login = await activityByReference(demo.organisationId, "APP-01");
    expect(login.purposes.map(citations)).toEqual([["Art. 6(1)(b) GDPR"], ["Art. 6(1)(a) GDPR"]]);
    expect(login.recipients[0].recipient).toMatchObject({ name: "User's e-mail Service Provider", kind: "CONTROLLER" });
    expect(login.dataCategories[0].retention).toMatch(/uninstall.*rejects the initial log-in.*logs out/);
  });

  it("takes address book contacts on consent from a source other than the contacts themselves", async () => {
    const contacts = await activityByReference(demo.organisationId, "APP-02");
    expect(contacts.purposes.map(citations)).toEqual([["Art. 6(1)(a) GDPR"]]);
    expect(contacts).toMatchObject({ dataSource: "OTHER", provisionRequirement: "VOLUNTARY" });
    expect(contacts.dataSubjects.map((link) => link.dataSubjectCategory.name)).toEqual(["Contacts of users"]);
  });

  it("records the push notifications' transfers to the US without a safeguard", async () => {
    const push = await activityByReference(demo.organisationId, "APP-04");
    expect(push.purposes.map(citations)).toEqual([["Art. 6(1)(a) GDPR"], ["Art. 6(1)(b) GDPR"]]);
    expect(push.storageLocation).toContain("Germany");
    expect(push.transfers).toHaveLength(2);
    expect(push.transfers.every((transfer) => transfer.countryCode === "US" && transfer.safeguard === null && transfer.safeguardDetails === "")).toBe(true);
    expect(push.transfers.map((transfer) => transfer.recipient?.name).sort()).toEqual(["Apple Push Notification Service", "Google Firebase Cloud Messaging"]);
    expect(push.recipients.map((link) => link.recipient.name).sort()).toEqual([
      "Apple Push Notification Service",
      "Google Firebase Cloud Messaging",
      "User's e-mail Service Provider",
    ]);
  });

  it("creates both policy drafts, referring to the organisation's own activities, without versions", async () => {
    const policies = await db.policy.findMany({ where: { organisationId: demo.organisationId }, include: { versions: true }, orderBy: { slug: "asc" } });
    expect(policies.map((policy) => [policy.slug, policy.title, policy.languages])).toEqual([
      ["coi-website", "Privacy Policy for the coi.me Website", ["en"]],
      ["ox-coi-messenger", "Privacy Policy for the OX COI Messenger", ["en"]],
    ]);
    expect(policies.every((policy) => policy.versions.length === 0)).toBe(true);

    const activityIdsIn = (sections: unknown) =>
      (sections as { type: string; activityId?: string }[]).filter((section) => section.type === "activity").map((section) => section.activityId);
    expect(activityIdsIn(policies[0].sections)).toEqual(["WEB-01", "WEB-02", "WEB-03"].map((reference) => demo.activityIds[reference]));
    expect(activityIdsIn(policies[1].sections)).toEqual(["APP-01", "APP-02", "APP-03", "APP-04"].map((reference) => demo.activityIds[reference]));
    expect(policies[0].sections).toContainEqual(expect.objectContaining({ type: "markdown", title: "Links to other websites" }));
    expect(policies[1].sections).toContainEqual({ type: "controller", privacyContactEmail: "privacy@open-xchange.com", dpoEmail: "mail@jentzsch-it.de" });
  });
});

describe("deleting", () => {
  // Regression: RESTRICT on the links to catalogue entries blocks the cascade
  // from Organisation, so a plain delete of an organisation with activities failed.
  it("removes a whole organisation with its activities, catalogues, policies and audit trail", async () => {
    await upsertCountries(db);
    const actor = await db.user.create({
      data: { email: `delete-test-${crypto.randomUUID()}@example.test`, name: "Delete Test", passwordHash: "x" },
      select: { id: true, email: true },
    });
    const { organisationId } = await db.$transaction(
      (tx) => createDemoOrganisation(tx, { actor, slug: `delete-${crypto.randomUUID()}` }),
      { timeout: 60_000 },
    );
    await db.$transaction((tx) => deleteOrganisation(tx, organisationId));
    const where = { organisationId };
    expect(await db.processingActivity.count({ where })).toBe(0);
    expect(await db.legalBasis.count({ where })).toBe(0);
    expect(await db.recipient.count({ where })).toBe(0);
    expect(await db.policy.count({ where })).toBe(0);
    expect(await db.auditEvent.count({ where })).toBe(0);
  });

  it("refuses to delete a catalogue entry that an activity still uses", async () => {
    const actor = await db.user.create({
      data: { email: `in-use-${crypto.randomUUID()}@example.test`, name: "In Use", passwordHash: "x" },
      select: { id: true, email: true },
    });
    const { organisationId } = await db.$transaction(
      (tx) => createDemoOrganisation(tx, { actor, slug: `in-use-${crypto.randomUUID()}` }),
      { timeout: 60_000 },
    );
    const used = await db.legalBasis.findFirstOrThrow({ where: { organisationId, citation: "Art. 6(1)(f) GDPR" } });
    await expect(db.legalBasis.delete({ where: { id: used.id } })).rejects.toThrow();
    expect(await db.legalBasis.count({ where: { id: used.id } })).toBe(1);
  });
});

describe("seed", () => {
  async function snapshot() {
    const organisation = await db.organisation.findUnique({ where: { slug: DEMO_ORGANISATION_SLUG }, select: { id: true, updatedAt: true } });
    return {
      organisation,
      countries: await db.country.count(),
      organisations: await db.organisation.count({ where: { slug: DEMO_ORGANISATION_SLUG } }),
      activities: await db.processingActivity.count({ where: { organisationId: organisation?.id } }),
      memberships: await db.membership.findMany({ where: { organisationId: organisation?.id }, select: { userId: true, role: true }, orderBy: { role: "asc" } }),
      users: await db.user.findMany({ where: { email: { endsWith: "@demo.example" } }, select: { id: true, passwordHash: true, updatedAt: true }, orderBy: { email: "asc" } }),
    };
  }

  it("creates the demo organisation with its three users once, and changes nothing on a second run", async () => {
    await seed(db);
    const first = await snapshot();
    expect(first.organisations).toBe(1);
    expect(first.activities).toBe(7);
    expect(first.memberships.map((membership) => membership.role)).toEqual(["OWNER", "DPO", "VIEWER"]);

    const dpo = await db.user.findUniqueOrThrow({ where: { email: "dpo@demo.example" } });
    expect(dpo.name).toBe("Demo DPO");
    expect(await verifyPassword(dpo.passwordHash, DEMO_PASSWORD)).toBe(true);

    expect(await seed(db)).toEqual({ created: false });
    expect(await snapshot()).toEqual(first);
  });
});
