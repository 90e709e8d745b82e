import { test, expect, login, type TestOrganisation } from "./fixtures";
import type { createDb } from "../lib/db";

type Db = ReturnType<typeof createDb>;

async function seedActivities(db: Db, organisation: TestOrganisation) {
  const contract = await db.legalBasis.findFirstOrThrow({ where: { organisationId: organisation.id, article: "ART6", letter: "b" }, select: { id: true } });
  const create = (reference: string, name: string, data: Record<string, unknown> = {}) =>
    db.processingActivity.create({ data: { organisationId: organisation.id, reference, name, ...data }, select: { id: true, name: true } });
  return {
    payroll: await create("HR-01", "Payroll", {
      status: "ACTIVE",
      department: "HR",
      purposes: { create: { description: "Pay salaries", legalBases: { create: { legalBasisId: contract.id } } } },
    }),
    recruiting: await create("HR-02", "Recruiting", { status: "ACTIVE", department: "HR" }),
    newsletter: await create("MK-01", "Newsletter", { status: "DRAFT", department: "Marketing" }),
    archive: await create("OLD-01", "Paper archive", { status: "RETIRED" }),
  };
}

test.describe("the activities table", () => {
  test("filters, search and sort set in the UI are in the URL, and a reload reproduces the view", async ({ page, db, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation();
    await seedActivities(db, organisation);
    await login(page, await makeUser(organisation, "EDITOR"));
    await page.goto("/activities");

    await page.getByRole("combobox", { name: "Status" }).selectOption("ACTIVE");
    await expect(page).toHaveURL(/status=ACTIVE/);
    await expect(page.getByRole("link", { name: "Newsletter" })).toHaveCount(0);
    await page.getByRole("combobox", { name: "Department" }).selectOption("HR");
    await expect(page).toHaveURL(/department=HR/);
    await page.getByRole("button", { name: "Name" }).click();
    await expect(page).toHaveURL(/sort=name/);
    await page.getByRole("button", { name: "Name" }).click();
    await expect(page).toHaveURL(/sort=-name/);
    await expect(page.getByRole("columnheader", { name: "Name" })).toHaveAttribute("aria-sort", "descending");
    await page.getByRole("searchbox", { name: "Search activities" }).fill("recr");
    await expect(page).toHaveURL(/q=recr/);
    await expect(page.getByRole("link", { name: "Payroll" })).toHaveCount(0);

    await page.reload();
    await expect(page.getByRole("combobox", { name: "Status" })).toHaveValue("ACTIVE");
    await expect(page.getByRole("combobox", { name: "Department" })).toHaveValue("HR");
    await expect(page.getByRole("searchbox", { name: "Search activities" })).toHaveValue("recr");
    await expect(page.getByRole("columnheader", { name: "Name" })).toHaveAttribute("aria-sort", "descending");
    await expect(page.getByRole("link", { name: "Recruiting" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Payroll" })).toHaveCount(0);

    // A view with no match offers to clear the filters.
    await page.getByRole("combobox", { name: "Transfers" }).selectOption("yes");
    await expect(page.getByText("No activities match")).toBeVisible();
    await page.getByRole("button", { name: "Clear filters" }).first().click();
    // The sort order is not a filter: it stays.
    await expect(page).toHaveURL(/\/activities\?sort=-name$/);
    await expect(page.getByRole("link", { name: "Paper archive" })).toBeVisible();
    await expect(page.getByRole("searchbox", { name: "Search activities" })).toHaveValue("");
  });

  test("a hidden column stays hidden for that user after a reload", async ({ page, db, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation();
    await seedActivities(db, organisation);
    const user = await makeUser(organisation, "VIEWER");
    await login(page, user);
    await page.goto("/activities");
    await expect(page.getByRole("columnheader", { name: "Department" })).toBeVisible();

    await page.getByRole("button", { name: "Columns" }).click();
    await page.getByRole("checkbox", { name: "Department" }).uncheck();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("button", { name: /Columns/ })).toBeFocused();
    await expect(page.getByRole("columnheader", { name: "Department" })).toHaveCount(0);

    const { id: userId } = await db.user.findUniqueOrThrow({ where: { email: user.email }, select: { id: true } });
    await expect
      .poll(async () => (await db.userPreference.findUnique({ where: { userId_key: { userId, key: "table:activities" } } }))?.value)
      .toMatchObject({ columnVisibility: { department: false } });

    await page.reload();
    await expect(page.getByRole("link", { name: "Payroll" })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Department" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Columns \(1 hidden\)/ })).toBeVisible();
  });

  test("an editor selects two activities and retires them in one step", async ({ page, db, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation();
    const { payroll, recruiting, newsletter } = await seedActivities(db, organisation);
    await login(page, await makeUser(organisation, "EDITOR"));
    await page.goto("/activities");

    await page.getByRole("checkbox", { name: "Select Payroll (HR-01)" }).check();
    await page.getByRole("checkbox", { name: "Select Recruiting (HR-02)" }).check();
    const bar = page.getByRole("region", { name: "Bulk actions" });
    await expect(bar).toContainText("2 activities selected");
    await bar.getByRole("button", { name: "Retire" }).click();

    const dialog = page.getByRole("dialog", { name: "Retire 2 activities?" });
    await expect(dialog).toContainText("Payroll");
    await expect(dialog).toContainText("Recruiting");
    await dialog.getByRole("button", { name: "Retire 2 activities" }).click();

    await expect(page.getByRole("status").filter({ hasText: "2 activities retired." })).toBeVisible();
    await expect(bar).toHaveCount(0);
    await expect(page.getByRole("row", { name: /Payroll/ })).toContainText("Retired");
    await expect(page.getByRole("row", { name: /Recruiting/ })).toContainText("Retired");

    const rows = await db.processingActivity.findMany({ where: { id: { in: [payroll.id, recruiting.id, newsletter.id] } }, select: { name: true, status: true, version: true } });
    expect(rows.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: "Newsletter", status: "DRAFT", version: 1 },
      { name: "Payroll", status: "RETIRED", version: 2 },
      { name: "Recruiting", status: "RETIRED", version: 2 },
    ]);
    const events = await db.auditEvent.findMany({ where: { organisationId: organisation.id, action: "RETIRE" }, select: { entityId: true } });
    expect(events.map((e) => e.entityId).sort()).toEqual([payroll.id, recruiting.id].sort());
  });

  test("an editor marks selected activities as reviewed, with the next review proposed from the interval", async ({ page, db, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation();
    await db.organisation.update({ where: { id: organisation.id }, data: { reviewIntervalMonths: 6 } });
    const { newsletter } = await seedActivities(db, organisation);
    await login(page, await makeUser(organisation, "EDITOR"));
    await page.goto("/activities");

    await page.getByRole("checkbox", { name: "Select Newsletter (MK-01)" }).check();
    await page.getByRole("region", { name: "Bulk actions" }).getByRole("button", { name: "Mark reviewed" }).click();
    const dialog = page.getByRole("dialog", { name: "Mark 1 activity as reviewed" });
    await expect(dialog).toContainText("6 months");
    await dialog.getByRole("button", { name: "Mark 1 activity as reviewed" }).click();
    await expect(page.getByRole("status").filter({ hasText: "1 activity marked as reviewed today" })).toBeVisible();

    const row = await db.processingActivity.findUniqueOrThrow({ where: { id: newsletter.id }, select: { lastReviewedOn: true, nextReviewOn: true } });
    const today = new Date(new Date().toISOString().slice(0, 10));
    expect(row.lastReviewedOn?.toISOString().slice(0, 10)).toBe(today.toISOString().slice(0, 10));
    expect(row.nextReviewOn!.getTime()).toBeGreaterThan(today.getTime() + 150 * 86_400_000);
    expect(await db.auditEvent.count({ where: { organisationId: organisation.id, action: "REVIEW", entityId: newsletter.id } })).toBe(1);
  });

  test("a viewer sees no selection or editing controls", async ({ page, db, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation();
    await seedActivities(db, organisation);
    await login(page, await makeUser(organisation, "VIEWER"));
    await page.goto("/activities");
    await expect(page.getByRole("link", { name: "Payroll" })).toBeVisible();
    await expect(page.getByRole("checkbox")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "New activity" })).toHaveCount(0);
  });

  test("an empty register invites an editor to create the first activity", async ({ page, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation();
    await login(page, await makeUser(organisation, "EDITOR"));
    await page.goto("/activities");
    await expect(page.getByText("No activities yet — create the first one")).toBeVisible();
    await expect(page.getByRole("link", { name: "New activity" }).last()).toHaveAttribute("href", "/activities/new");
  });
});

test.describe("reviews", () => {
  test("an editor marks an activity as reviewed from its page, accepting or changing the proposed date", async ({ page, db, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation();
    await db.organisation.update({ where: { id: organisation.id }, data: { reviewIntervalMonths: 3 } });
    const activity = await db.processingActivity.create({
      data: { organisationId: organisation.id, reference: "R-1", name: "Reviewable", status: "ACTIVE" },
      select: { id: true },
    });
    await login(page, await makeUser(organisation, "EDITOR"));
    await page.goto(`/activities/${activity.id}`);
    await page.getByRole("button", { name: "Mark as reviewed" }).click();

    const dialog = page.getByRole("dialog", { name: "Mark as reviewed" });
    const today = new Date().toISOString().slice(0, 10);
    await expect(dialog.getByLabel("Reviewed on")).toHaveValue(today);
    await expect(dialog).toContainText("3-month interval");
    const proposed = await dialog.getByLabel("Next review").inputValue();
    expect(proposed > today).toBe(true);

    await dialog.getByLabel("Next review").fill(today);
    await dialog.getByRole("button", { name: "Confirm review" }).click();
    await expect(dialog.getByText("The next review must come after the review itself")).toBeVisible();
    await expect(dialog.getByLabel("Next review")).toHaveAttribute("aria-invalid", "true");
    await dialog.getByRole("button", { name: "Use proposal" }).click();
    await expect(dialog.getByLabel("Next review")).toHaveValue(proposed);

    await dialog.getByLabel("Next review").fill("2031-05-31");
    await dialog.getByRole("button", { name: "Confirm review" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Marked as reviewed. Next review on 31 May 2031." })).toBeVisible();
    const row = await db.processingActivity.findUniqueOrThrow({ where: { id: activity.id }, select: { lastReviewedOn: true, nextReviewOn: true, version: true } });
    expect(row).toMatchObject({ version: 2, lastReviewedOn: new Date(today), nextReviewOn: new Date("2031-05-31") });
    expect(await db.auditEvent.count({ where: { organisationId: organisation.id, entityId: activity.id, action: "REVIEW" } })).toBe(1);
  });
});
