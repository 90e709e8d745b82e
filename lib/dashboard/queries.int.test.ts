import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { deleteOrganisation } from "../organisation/delete";
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
