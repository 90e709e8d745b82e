import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { deleteOrganisation } from "../../test/support/delete-organisation";
import { getDashboardSummary, REVIEW_LIST_LENGTH } from "./queries";

const db = createDb(process.env.DATABASE_URL!);
const now = new Date(Date.UTC(2026, 5, 15, 12));
const day = (offset: number) => new Date(Date.UTC(2026, 5, 15 + offset));
let orgId: string;

beforeAll(async () => {
  const id = crypto.randomUUID();
  orgId = (await db.organisation.create({ data: { slug: `dash-${id}`, legalName: `Dash ${id}` }, select: { id: true } })).id;
  const activity = (reference: string, nextReviewOn: Date | null, status: "DRAFT" | "ACTIVE" | "RETIRED" = "ACTIVE") => ({
    organisationId: orgId,
    reference,
    name: reference,
    status,
    nextReviewOn,
    owner: "Owner",
  });
  await db.processingActivity.createMany({
    data: [
      ...Array.from({ length: REVIEW_LIST_LENGTH + 2 }, (_, i) => activity(`OVER-${i}`, day(-10 + i))),
      activity("TODAY", day(0), "DRAFT"),
      activity("SOON", day(30)),
      activity("LATER", day(31)),
      activity("RETIRED-OVERDUE", day(-100), "RETIRED"),
      activity("UNDATED", null),
    ],
  });
});

afterAll(async () => {
  await db.$transaction((tx) => deleteOrganisation(tx, orgId));
  await db.$disconnect();
});

describe("getDashboardSummary review lists", () => {
  it("lists overdue reviews most overdue first and counts all of them, leaving retired activities out", async () => {
    const summary = await getDashboardSummary(orgId, now);
    expect(summary.reviews).toEqual({ overdue: REVIEW_LIST_LENGTH + 2, dueSoon: 2 });
    expect(summary.overdueReviews.map((r) => r.reference)).toEqual(["OVER-0", "OVER-1", "OVER-2", "OVER-3", "OVER-4"]);
  });

  it("lists reviews due from today to 30 days ahead, the soonest first", async () => {
    const summary = await getDashboardSummary(orgId, now);
    expect(summary.upcomingReviews.map((r) => r.reference)).toEqual(["TODAY", "SOON"]);
    expect(summary.upcomingReviews[0]).toMatchObject({ owner: "Owner", nextReviewOn: day(0) });
  });
});

describe("getDashboardSummary counts", () => {
  it("counts activities by status, and processors whose agreement is missing or due for review, of this organisation only", async () => {
    const processor = (name: string, kind: "PROCESSOR" | "SUB_PROCESSOR" | "CONTROLLER", dpaStatus: "MISSING" | "IN_PLACE" | "NOT_REQUIRED", dpaNextReviewOn: Date | null = null) => ({
      organisationId: orgId,
      name,
      kind,
      dpaStatus,
      dpaNextReviewOn,
    });
    await db.recipient.createMany({
      data: [
        processor("Missing Ltd", "PROCESSOR", "MISSING"),
        processor("Sub Missing Ltd", "SUB_PROCESSOR", "MISSING"),
        processor("Due Ltd", "PROCESSOR", "IN_PLACE", day(30)),
        processor("Later Ltd", "PROCESSOR", "IN_PLACE", day(31)),
        processor("Exempt Ltd", "PROCESSOR", "NOT_REQUIRED"),
        // Not a processor: no agreement under Art. 28 is asked for.
        processor("Partner AG", "CONTROLLER", "MISSING"),
      ],
    });
    const other = await db.organisation.create({ data: { slug: `dash-other-${crypto.randomUUID()}`, legalName: "Other" }, select: { id: true } });
    try {
      await db.recipient.create({ data: { organisationId: other.id, name: "Elsewhere Ltd", kind: "PROCESSOR", dpaStatus: "MISSING" } });
      const summary = await getDashboardSummary(orgId, now);
      expect(summary.activities).toEqual({ DRAFT: 1, ACTIVE: REVIEW_LIST_LENGTH + 2 + 3, RETIRED: 1, total: REVIEW_LIST_LENGTH + 2 + 5 });
      expect(summary.processors).toEqual({ total: 5, dpaMissing: 2, dpaReviewDue: 1 });
    } finally {
      await db.$transaction((tx) => deleteOrganisation(tx, other.id));
    }
  });
});
