/**
 * Every page passes axe-core's WCAG 2.2 A and AA rules with no violations:
 * the public policy pages (what every visitor of an organisation's website
 * reads; the European Accessibility Act applies to many of those sites) and
 * every dashboard page, opened with real records. The list of pages is
 * e2e/accessibility-pages.ts; a unit test fails when a page is missing from it.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect, login, DEMO } from "./fixtures";
import { DASHBOARD_PAGES, NOT_FOUND_PAGES, PUBLIC_PAGES, CATALOGUE_TYPES, type PageIds, type PublicIds, type Visitor } from "./accessibility-pages";
import { policyWithActivity, publish } from "./policy-setup";
import { createApiTokenSecret } from "../lib/api-tokens/secret";
import { createInvitationToken, invitationExpiry } from "../lib/members/tokens";
import { generateSecret } from "../lib/webhooks/secret";
import { createDb } from "../lib/db";
import { hashPassword } from "../lib/auth/password";
import { createDefaultCatalogues } from "../lib/catalogues/defaults";

type Db = ReturnType<typeof createDb>;

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Runs axe on the page as it is and fails softly, so one run lists every page's violations. */
async function checkPage(page: Page, path: string) {
  const response = await page.goto(path);
  expect.soft(response?.status(), `${path} answers`).toBeLessThan(500);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const violations = results.violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    nodes: violation.nodes.slice(0, 5).map((node) => `${node.target.join(" ")}: ${node.failureSummary?.split("\n").slice(1).join(" ").trim()}`),
  }));
  expect.soft(violations, `axe violations on ${path}`).toEqual([]);
}

async function demoIds(db: Db): Promise<Pick<PageIds, "activity" | "recipient" | "policy" | "catalogue">> {
  const organisation = await db.organisation.findUniqueOrThrow({ where: { slug: DEMO.slug }, select: { id: true } });
  const where = { organisationId: organisation.id };
  const [activity, recipient, policy, legalBasis, dataCategory, dataSubject, securityMeasure] = await Promise.all([
    db.processingActivity.findFirstOrThrow({ where, orderBy: { reference: "asc" }, select: { id: true } }),
    db.recipient.findFirstOrThrow({ where, orderBy: { name: "asc" }, select: { id: true } }),
    db.policy.findFirstOrThrow({ where: { ...where, slug: "coi-website" }, select: { id: true } }),
    db.legalBasis.findFirstOrThrow({ where: { ...where, citation: "Art. 6(1)(f) GDPR" }, select: { id: true } }),
    db.dataCategory.findFirstOrThrow({ where, orderBy: { name: "asc" }, select: { id: true } }),
    db.dataSubjectCategory.findFirstOrThrow({ where, orderBy: { name: "asc" }, select: { id: true } }),
    db.securityMeasure.findFirstOrThrow({ where, orderBy: { name: "asc" }, select: { id: true } }),
  ]);
  const catalogue = { "legal-bases": legalBasis.id, "data-categories": dataCategory.id, "data-subjects": dataSubject.id, "security-measures": securityMeasure.id };
  expect(Object.keys(catalogue)).toEqual([...CATALOGUE_TYPES]);
  return { activity: activity.id, recipient: recipient.id, policy: policy.id, catalogue };
}

/**
 * The demo has no API tokens, webhooks, uploads or invitations, and the other
 * specs must not see any there: these live in an organisation of their own.
 */
async function ownerRecords(db: Db, page: Page, organisationId: string, ownerId: string) {
  const secret = createApiTokenSecret();
  const token = await db.apiToken.create({
    data: { organisationId, name: "Website build", scopes: ["READ"], tokenHash: secret.tokenHash, prefix: secret.prefix, createdById: ownerId },
    select: { id: true },
  });
  const webhook = await db.webhookEndpoint.create({
    data: { organisationId, url: "https://hooks.example.com/ropa", description: "Ticket system", events: ["activity.created"], secret: generateSecret() },
    select: { id: true },
  });
  const invitation = createInvitationToken();
  await db.invitation.create({
    data: { organisationId, email: "new.colleague@e2e.example", role: "EDITOR", tokenHash: invitation.tokenHash, expiresAt: invitationExpiry(), createdById: ownerId },
  });
  await page.goto("/register/import");
  const csv = "Name of processing activity,Purpose of processing,Categories of personal data\nNewsletter,Sending the newsletter,Contact data\n";
  await page.getByLabel("Register file").setInputFiles({ name: "register.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByRole("heading", { name: "Preview: register.csv" })).toBeVisible();
  const importUpload = page.url().split("/register/import/")[1].split(/[?#]/)[0];
  return { apiToken: token.id, webhook: webhook.id, invitationToken: invitation.token, importUpload };
}

/** An organisation of the test's own with one member, made outside a test (for beforeAll). */
async function organisationWithMember(db: Db, role: "OWNER" | "DPO") {
  const unique = crypto.randomUUID().replaceAll("-", "").slice(0, 10);
  const organisation = await db.organisation.create({ data: { slug: `e2e-${unique}`, legalName: `E2E Organisation ${unique}` }, select: { id: true, slug: true, legalName: true } });
  await db.$transaction((tx) => createDefaultCatalogues(tx, organisation.id));
  const credentials = { email: `${role.toLowerCase()}-${unique}@e2e.example`, password: `pw-${unique}-${unique}` };
  const user = await db.user.create({
    data: { email: credentials.email, name: role, passwordHash: await hashPassword(credentials.password), memberships: { create: { organisationId: organisation.id, role } } },
    select: { id: true },
  });
  return { organisation, credentials, userId: user.id };
}

test.describe("the public pages", () => {
  let ids: PublicIds;

  // A policy with two versions, so the comparison shows real changes (and the redline's colours are checked).
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(180_000);
    const db = createDb(process.env.DATABASE_URL!);
    const context = await browser.newContext();
    try {
      const { organisation, credentials } = await organisationWithMember(db, "DPO");
      const { policyId, activityId } = await policyWithActivity(db, organisation);
      const page = await context.newPage();
      await login(page, credentials);
      await publish(page, policyId, "First published version.", 1);
      await db.processingActivity.update({ where: { id: activityId }, data: { publicTitle: "Server logs", publicDescription: "Our web server records each request to this website." } });
      await publish(page, policyId, "Log files are now called server logs.", 2);
      ids = { demoPolicy: `/p/${DEMO.slug}/coi-website`, comparedPolicy: `/p/${organisation.slug}/website` };
    } finally {
      await context.close();
      await db.$disconnect();
    }
  });

  test("pass axe's WCAG 2.2 A and AA rules", async ({ page }) => {
    test.setTimeout(180_000);
    for (const entry of PUBLIC_PAGES) for (const path of entry.paths(ids)) await checkPage(page, path);
    await checkPage(page, NOT_FOUND_PAGES[1]);
  });

  // WCAG 1.4.10 (reflow) and 1.4.4 (resize text): at 320 CSS px, and at 200 %
  // zoom of a 1280 px window (640 CSS px at twice the pixel density), nothing
  // scrolls sideways and no text is cut off or pushed out of the window.
  for (const view of [
    { name: "320px", viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
    { name: "zoom-200", viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
  ]) {
    test(`read at ${view.name} without scrolling sideways`, async ({ browser }, testInfo) => {
      test.setTimeout(120_000);
      const context = await browser.newContext({ viewport: view.viewport, deviceScaleFactor: view.deviceScaleFactor });
      const page = await context.newPage();
      const paths = PUBLIC_PAGES.filter((entry) => entry.route !== "/p/[...path]").flatMap((entry) => entry.paths(ids));
      for (const [index, path] of paths.entries()) {
        await page.goto(path);
        const layout = await page.evaluate(() => {
          const root = document.documentElement;
          const width = root.clientWidth;
          // Elements whose box reaches past the window's right edge (visually hidden ones excepted).
          const outside = [...document.body.querySelectorAll("*")]
            .filter((el) => {
              const rect = el.getBoundingClientRect();
              return rect.width > 1 && rect.height > 1 && rect.right > width + 1;
            })
            .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(" ")[0]}` : ""}: right ${Math.round(el.getBoundingClientRect().right)}`);
          // Text cut off by a box that hides its overflow.
          const clipped = [...document.body.querySelectorAll("*")]
            .filter((el) => {
              const style = getComputedStyle(el);
              return ["hidden", "clip"].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1 && el.getBoundingClientRect().width > 1;
            })
            .map((el) => el.tagName.toLowerCase());
          const smallest = Math.min(...[...document.body.querySelectorAll("p, li, dd, td")].map((el) => parseFloat(getComputedStyle(el).fontSize)));
          return { scrollWidth: root.scrollWidth, clientWidth: width, outside: outside.slice(0, 10), clipped, smallest };
        });
        const shot = testInfo.outputPath(`public-${view.name}-${index + 1}.png`);
        await page.screenshot({ path: shot, fullPage: true });
        await testInfo.attach(`${path} at ${view.name}`, { path: shot, contentType: "image/png" });
        expect.soft(layout.scrollWidth, `${path}: document scrollWidth at ${view.name}`).toBeLessThanOrEqual(layout.clientWidth);
        expect.soft(layout.outside, `${path}: elements past the right edge at ${view.name}`).toEqual([]);
        expect.soft(layout.clipped, `${path}: text clipped at ${view.name}`).toEqual([]);
        // Readable: running text never drops below 12 CSS px.
        expect.soft(layout.smallest, `${path}: smallest text at ${view.name}`).toBeGreaterThanOrEqual(12);
      }
      await context.close();
    });
  }
});

test.describe("every dashboard page passes axe's WCAG 2.2 A and AA rules", () => {
  let ids: PageIds;
  const sessions: Partial<Record<Visitor, string>> = {};

  test.beforeAll(async ({ browser }, workerInfo) => {
    test.setTimeout(120_000);
    const db = createDb(process.env.DATABASE_URL!);
    try {
      const { organisation, credentials: owner, userId } = await organisationWithMember(db, "OWNER");
      for (const [visitor, credentials] of [["demo-dpo", DEMO.dpo], ["owner", owner]] as const) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await login(page, credentials);
        if (visitor === "owner") ids = { ...(await demoIds(db)), ...(await ownerRecords(db, page, organisation.id, userId)) };
        sessions[visitor] = workerInfo.outputPath(`${visitor}-session.json`);
        await context.storageState({ path: sessions[visitor] });
        await context.close();
      }
    } finally {
      await db.$disconnect();
    }
  });

  // One test per address, so a slow page has its own time and a failure names it.
  const placeholders = new Proxy({}, { get: (_, key) => (key === "catalogue" ? new Proxy({}, { get: () => "id" }) : "id") }) as PageIds;
  const visits = [
    ...DASHBOARD_PAGES.map((entry) => ({ name: entry.route, visitor: entry.visitor, paths: entry.paths })),
    { name: "not found", visitor: "demo-dpo" as const, paths: () => [NOT_FOUND_PAGES[0]] },
  ].flatMap((visit) => visit.paths(placeholders).map((_, index) => ({ ...visit, index })));
  for (const visit of visits) {
    test(`${visit.name} #${visit.index + 1} (${visit.visitor})`, async ({ browser }) => {
      test.setTimeout(120_000);
      const context = await browser.newContext({ storageState: sessions[visit.visitor] });
      await checkPage(await context.newPage(), visit.paths(ids)[visit.index]);
      await context.close();
    });
  }
});
