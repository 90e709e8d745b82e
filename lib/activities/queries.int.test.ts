import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertCountries } from "../catalogues/countries";
import { createDb } from "../db";
import { getDashboardSummary } from "../dashboard/queries";
import { deleteOrganisation } from "../../test/support/delete-organisation";
import { listRecipients } from "../recipients/queries";
import { getActivity, listActivities } from "./queries";

const db = createDb(process.env.DATABASE_URL!);
const now = new Date(Date.UTC(2026, 5, 15, 12));
const day = (offset: number) => new Date(Date.UTC(2026, 5, 15 + offset));

async function makeOrganisation() {
  const id = crypto.randomUUID();
  return db.organisation.create({ data: { slug: `queries-${id}`, legalName: `Queries ${id}` }, select: { id: true } });
}

let orgA: { id: string };
let orgB: { id: string };
let payrollId: string;

beforeAll(async () => {
  await upsertCountries(db);
  [orgA, orgB] = await Promise.all([makeOrganisation(), makeOrganisation()]);
  const basis = await db.legalBasis.create({ data: { organisationId: orgA.id, article: "ART6", letter: "b", name: "Contract", citation: "Art. 6(1)(b) GDPR" } });
  const category = await db.dataCategory.create({ data: { organisationId: orgA.id, name: "Bank details" } });
  const processor = await db.recipient.create({ data: { organisationId: orgA.id, kind: "PROCESSOR", name: "Payroll bureau", countryCode: "IN" } });
  await db.recipient.create({
    data: { organisationId: orgA.id, kind: "PROCESSOR", name: "Signed bureau", dpaStatus: "IN_PLACE", dpaSignedOn: day(-300), dpaNextReviewOn: day(100) },
  });
  // An agreement in place that is known by its reference only: the signing date is not always known.
  await db.recipient.create({
    data: { organisationId: orgA.id, kind: "PROCESSOR", name: "Referenced bureau", dpaStatus: "IN_PLACE", dpaReference: "https://contracts.example/dpa-12" },
  });
  await db.recipient.create({ data: { organisationId: orgA.id, kind: "INTERNAL", name: "HR" } });

  const payroll = await db.processingActivity.create({
    data: {
      organisationId: orgA.id,
      reference: "HR-1",
      name: "Payroll",
      status: "ACTIVE",
      nextReviewOn: day(-1),
      purposes: { create: { description: "Pay salaries", legalBases: { create: { legalBasisId: basis.id } } } },
      dataCategories: { create: { dataCategoryId: category.id } },
      recipients: { create: { recipientId: processor.id } },
      transfers: { create: { countryCode: "IN", recipientId: processor.id } },
    },
    select: { id: true },
  });
  payrollId = payroll.id;
  await db.processingActivity.createMany({
    data: [
      { organisationId: orgA.id, reference: "HR-2", name: "Recruitment", status: "DRAFT", nextReviewOn: day(30) },
      { organisationId: orgA.id, reference: "HR-3", name: "Old files", status: "RETIRED", nextReviewOn: day(-100) },
      { organisationId: orgB.id, reference: "B-1", name: "Not yours", status: "ACTIVE", nextReviewOn: day(-1) },
    ],
  });
});

afterAll(async () => {
  for (const organisation of [orgA, orgB]) await db.$transaction((tx) => deleteOrganisation(tx, organisation.id));
  await db.$disconnect();
});

describe("getActivity", () => {
  it("returns the record with its relations to its own organisation", async () => {
    const activity = await getActivity(orgA.id, payrollId);
    expect(activity?.purposes[0].legalBases[0].legalBasis.citation).toBe("Art. 6(1)(b) GDPR");
    expect(activity?.transfers[0].country).toMatchObject({ code: "IN", eea: false });
    expect(activity?.parties.map((p) => p.name)).toEqual(["Payroll bureau"]);
  });

  it("finds nothing when another organisation asks for it", async () => {
    expect(await getActivity(orgB.id, payrollId)).toBeNull();
  });
});

describe("listActivities", () => {
  it("lists only the organisation's activities, with derived columns", async () => {
    const rows = await listActivities(orgA.id, {}, now);
    expect(rows.map((r) => r.reference)).toEqual(["HR-1", "HR-2", "HR-3"]);
    expect(rows[0]).toMatchObject({ legalBases: ["Art. 6(1)(b) GDPR"], dataCategoryCount: 1, hasTransfers: true });
  });

  it("filters overdue and soon-due reviews, leaving retired activities out", async () => {
    expect((await listActivities(orgA.id, { review: "overdue" }, now)).map((r) => r.reference)).toEqual(["HR-1"]);
    expect((await listActivities(orgA.id, { review: "due-soon" }, now)).map((r) => r.reference)).toEqual(["HR-2"]);
    expect((await listActivities(orgA.id, { status: "RETIRED" }, now)).map((r) => r.reference)).toEqual(["HR-3"]);
  });
});

describe("getDashboardSummary", () => {
  it("counts what the lists show", async () => {
    const summary = await getDashboardSummary(orgA.id, now);
    expect(summary.activities).toEqual({ DRAFT: 1, ACTIVE: 1, RETIRED: 1, total: 3 });
    expect(summary.reviews).toEqual({ overdue: 1, dueSoon: 1 });
    // Regression: a processor with a DPA reference but no signing date counted as "No DPA recorded" on the dashboard.
    // Only the agreement recorded as missing counts.
    expect(summary.processors).toEqual({ total: 3, dpaMissing: 1, dpaReviewDue: 0 });
    expect(summary.processorsNeedingAttention.map((p) => p.name)).toEqual(["Payroll bureau"]);
  });
});

describe("listRecipients", () => {
  it("narrows to processors whose DPA needs attention", async () => {
    expect((await listRecipients(orgA.id, {}, now)).length).toBe(4);
    expect((await listRecipients(orgA.id, { dpaAttention: true }, now)).map((r) => r.name)).toEqual(["Payroll bureau"]);
    expect(await listRecipients(orgB.id, {}, now)).toEqual([]);
  });
});
