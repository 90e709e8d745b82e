/**
 * How fast one page of the activities table loads for a large organisation:
 * creates a throw-away organisation with 5,000 activities (purposes with legal
 * bases, data categories, some transfers), times listActivitiesPage for
 * typical views, and deletes the organisation again. A measurement, not a test.
 *
 *   NODE_OPTIONS=--conditions=react-server npx tsx scripts/with-db.ts --database ropa_bench -- npx tsx scripts/bench-activities-list.ts
 */
import { createDefaultCatalogues } from "../lib/catalogues/defaults";
import { upsertCountries } from "../lib/catalogues/countries";
import { db } from "../lib/db";
import { deleteOrganisation } from "../test/support/delete-organisation";
import { defaultActivityListParams, type ActivityListParams } from "../lib/activities/list-params";
import { listActivitiesPage, listActivityFilterOptions } from "../lib/activities/queries";
import { bulkUpdateActivities } from "../lib/activities/bulk";
import { BULK_MAX } from "../lib/activities/bulk-schema";

const COUNT = Number(process.env.BENCH_ACTIVITIES ?? 5000);

async function main() {
  await upsertCountries(db);
  const organisation = await db.organisation.create({ data: { slug: `bench-${Date.now()}`, legalName: "Bench Ltd" }, select: { id: true } });
  const orgId = organisation.id;
  try {
    await db.$transaction((tx) => createDefaultCatalogues(tx, orgId));
    const bases = await db.legalBasis.findMany({ where: { organisationId: orgId, article: "ART6" }, select: { id: true } });
    const categories = await db.dataCategory.findMany({ where: { organisationId: orgId }, select: { id: true } });
    const departments = ["HR", "Sales", "Marketing", "IT", "Finance", "Legal", "Support"];
    const statuses = ["DRAFT", "ACTIVE", "ACTIVE", "RETIRED"] as const;

    const started = performance.now();
    const today = Date.UTC(2026, 5, 15);
    await db.processingActivity.createMany({
      data: Array.from({ length: COUNT }, (_, i) => ({
        organisationId: orgId,
        reference: `B-${String(i).padStart(5, "0")}`,
        name: `Processing activity ${i}`,
        department: departments[i % departments.length],
        owner: `Owner ${i % 50}`,
        status: statuses[i % statuses.length],
        nextReviewOn: new Date(today + ((i % 400) - 100) * 86_400_000),
      })),
    });
    const activities = await db.processingActivity.findMany({ where: { organisationId: orgId }, select: { id: true } });
    const purposes = activities.map((a, i) => ({ id: `bp-${orgId}-${i}`, activityId: a.id, description: `Purpose ${i}` }));
    await db.purpose.createMany({ data: purposes });
    await db.purposeLegalBasis.createMany({ data: purposes.map((p, i) => ({ purposeId: p.id, legalBasisId: bases[i % bases.length].id })) });
    await db.activityDataCategory.createMany({
      data: activities.flatMap((a, i) => [0, 1, 2].map((k) => ({ activityId: a.id, dataCategoryId: categories[(i + k * 7) % categories.length].id, position: k }))),
    });
    await db.transfer.createMany({ data: activities.filter((_, i) => i % 9 === 0).map((a) => ({ activityId: a.id, countryCode: "US" })) });
    console.log(`created ${COUNT} activities with purposes, bases, 3 data categories each and transfers in ${Math.round(performance.now() - started)} ms`);

    const views: [string, Partial<ActivityListParams>][] = [
      ["first page, default order", {}],
      ["page 100 of 25", { page: 100 }],
      ["100 per page, sorted by name desc", { pageSize: 100, sort: { id: "name", desc: true } }],
      ["search 'activity 12'", { q: "activity 12" }],
      ["status active + transfers", { filter: { status: "ACTIVE", transfers: true } }],
      ["special categories, by next review", { filter: { special: true }, sort: { id: "nextReviewOn", desc: false } }],
      ["review overdue", { filter: { review: "overdue" } }],
      ["legal basis + department", { filter: { legalBasisId: bases[1].id, department: "HR" } }],
      ["sorted by owner", { sort: { id: "owner", desc: false } }],
    ];
    await listActivitiesPage(orgId, defaultActivityListParams); // warm-up
    for (const [label, params] of views) {
      const times: number[] = [];
      let total = 0;
      for (let run = 0; run < 5; run++) {
        const t = performance.now();
        total = (await listActivitiesPage(orgId, { ...defaultActivityListParams, ...params }, new Date(today))).total;
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      console.log(`${label.padEnd(40)} total ${String(total).padStart(5)}  median ${times[2].toFixed(1)} ms  max ${times[4].toFixed(1)} ms`);
    }
    let t = performance.now();
    await listActivityFilterOptions(orgId);
    console.log(`${"filter options".padEnd(40)} ${(performance.now() - t).toFixed(1)} ms`);

    // The largest bulk change the table allows: a hundred activities in one transaction.
    const user = await db.user.create({ data: { email: `bench-${Date.now()}@bench.example`, name: "Bench", passwordHash: "x" }, select: { id: true, email: true } });
    try {
      const ids = (await db.processingActivity.findMany({ where: { organisationId: orgId, status: "ACTIVE" }, take: BULK_MAX, select: { id: true } })).map((a) => a.id);
      t = performance.now();
      const result = await bulkUpdateActivities({ user, organisation: { id: orgId }, role: "EDITOR" }, { action: "retire", ids });
      console.log(`${`bulk retire of ${ids.length}`.padEnd(40)} ${(performance.now() - t).toFixed(0)} ms (${result.ok ? result.message : result.formError})`);
    } finally {
      await db.user.delete({ where: { id: user.id } });
    }
  } finally {
    await db.$transaction((tx) => deleteOrganisation(tx, orgId), { timeout: 120_000 });
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
