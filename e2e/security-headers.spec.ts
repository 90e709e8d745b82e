/**
 * Security headers as the browser receives them: the application's nonce-based
 * Content-Security-Policy (proxy.ts), the public pages' script-free one
 * (lib/policies/http.ts), the baseline headers (next.config.js), and every
 * page still working with JavaScript under those policies.
 */
import { createHash } from "node:crypto";
import type { APIResponse, Page } from "@playwright/test";
import { test, expect, login, DEMO } from "./fixtures";

const PUBLIC_POLICY = `/p/${DEMO.slug}/coi-website`;

function cspHeaders(response: APIResponse): string[] {
  return response
    .headersArray()
    .filter((header) => header.name.toLowerCase() === "content-security-policy")
    .map((header) => header.value);
}

/** The one policy of a response, as directive → sources. */
function directives(response: APIResponse): Map<string, string[]> {
  const policies = cspHeaders(response);
  // Two policies would both be enforced: there must be exactly one.
  expect(policies).toHaveLength(1);
  return new Map(
    policies[0]
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

/**
 * Records what the browser refused under the policy, and script errors such as
 * a failed hydration. Chrome reports each refusal on the console as well as
 * with a securitypolicyviolation event.
 */
function watchBrowser(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

/** React attaches its fibre to <body> once the App Router has hydrated the document. */
async function expectHydrated(page: Page) {
  await expect.poll(() => page.evaluate(() => Object.keys(document.body).some((key) => key.startsWith("__react")))).toBe(true);
}

test.describe("security headers", () => {
  test("every page forbids framing and sniffing and keeps referrers to the origin", async ({ request }) => {
    for (const path of ["/login", PUBLIC_POLICY]) {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const headers = response.headers();
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
      expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(headers["strict-transport-security"]).toBeUndefined();
      expect(headers["x-powered-by"]).toBeUndefined();
    }
  });

  test("HSTS is sent only when the request came over HTTPS", async ({ request }) => {
    const response = await request.get("/login", { headers: { "x-forwarded-proto": "https" } });
    expect(response.headers()["strict-transport-security"]).toContain("max-age=31536000");
  });

  test("the application's pages get a strict policy with a fresh nonce that every script carries", async ({ request }) => {
    const first = await request.get("/login");
    const policy = directives(first);
    const nonce = /^'nonce-([A-Za-z0-9+/=]+)'$/.exec(policy.get("script-src")?.find((source) => source.startsWith("'nonce-")) ?? "")?.[1];
    expect(nonce).toBeTruthy();
    expect(policy.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(policy.get("style-src")).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
    // Over plain HTTP, upgrading would break every subresource.
    expect(policy.has("upgrade-insecure-requests")).toBe(false);

    // Next.js put the nonce on every script it wrote into the page.
    const html = await first.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

    const second = await request.get("/login");
    expect(directives(second).get("script-src")).not.toContain(`'nonce-${nonce}'`);
  });

  test("behind an HTTPS proxy the policy also upgrades insecure requests", async ({ request }) => {
    const response = await request.get("/login", { headers: { "x-forwarded-proto": "https" } });
    expect(directives(response).has("upgrade-insecure-requests")).toBe(true);
  });

  test("the public policy pages allow no script at all, only their own stylesheet", async ({ request }) => {
    for (const path of [PUBLIC_POLICY, `${PUBLIC_POLICY}/versions`, `${PUBLIC_POLICY}/compare`, `${PUBLIC_POLICY}/v/1`, "/p/no-such-org/no-such-policy", "/p/only-one-segment", `${PUBLIC_POLICY}/v/1/extra/segments`]) {
      const response = await request.get(path);
      const policy = directives(response);
      expect(policy.get("default-src"), path).toEqual(["'none'"]);
      expect(policy.has("script-src"), path).toBe(false);
      expect(policy.get("frame-ancestors"), path).toEqual(["'none'"]);
      expect(policy.get("base-uri"), path).toEqual(["'none'"]);
      // The stylesheet is allowed by its hash, not by 'unsafe-inline'.
      const html = await response.text();
      const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]);
      expect(styles, path).toHaveLength(1);
      expect(policy.get("style-src"), path).toEqual([`'sha256-${createHash("sha256").update(styles[0]).digest("base64")}'`]);
      expect(html, path).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/);
      expect(html, path).not.toMatch(/\sstyle="/);
    }
    expect((await request.get("/p/only-one-segment")).status()).toBe(404);
  });

  test("the public pages render styled, with nothing refused", async ({ page }) => {
    const problems = watchBrowser(page);
    for (const path of [PUBLIC_POLICY, `${PUBLIC_POLICY}/versions`, `${PUBLIC_POLICY}/compare`]) {
      await page.goto(path);
      // 17px comes from the inlined stylesheet: it was applied.
      expect(await page.evaluate(() => getComputedStyle(document.body).fontSize), path).toBe("17px");
    }
    await page.screenshot({ path: test.info().outputPath("compare.png"), fullPage: true });
    expect(problems).toEqual([]);
  });
});

test.describe("the application under its Content-Security-Policy", () => {
  test("sign-in and the invitation page hydrate with nothing refused", async ({ page, db, makeOrganisation }) => {
    const problems = watchBrowser(page);
    await page.goto("/login");
    await expectHydrated(page);
    // A client-side check only a hydrated form performs: the empty form is explained field by field.
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter your e-mail address.")).toBeVisible();

    const organisation = await makeOrganisation();
    const token = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64url");
    await db.invitation.create({
      data: {
        organisationId: organisation.id,
        email: `invitee-${crypto.randomUUID().slice(0, 8)}@e2e.example`,
        role: "VIEWER",
        tokenHash: createHash("sha256").update(token, "utf8").digest("hex"),
        expiresAt: new Date(Date.now() + 24 * 60 * 60 * 1000),
      },
    });
    await page.goto(`/invite/${token}`);
    await expect(page.getByLabel("Choose a password")).toBeVisible();
    await expectHydrated(page);
    await page.screenshot({ path: test.info().outputPath("invite.png"), fullPage: true });
    expect(problems).toEqual([]);
  });

  test("every dashboard page renders and hydrates with nothing refused", async ({ page, db }) => {
    test.setTimeout(180_000);
    const organisation = await db.organisation.findUniqueOrThrow({ where: { slug: DEMO.slug }, select: { id: true } });
    const where = { organisationId: organisation.id };
    const activity = await db.processingActivity.findFirstOrThrow({ where, select: { id: true } });
    const recipient = await db.recipient.findFirstOrThrow({ where, select: { id: true } });
    const policy = await db.policy.findFirstOrThrow({ where, select: { id: true } });
    const legalBasis = await db.legalBasis.findFirstOrThrow({ where, select: { id: true } });

    const problems = watchBrowser(page);
    await login(page, DEMO.dpo);
    const paths = [
      "/",
      "/activities",
      "/activities/new",
      `/activities/${activity.id}`,
      `/activities/${activity.id}/edit`,
      `/activities/${activity.id}/history`,
      "/recipients",
      "/recipients/new",
      `/recipients/${recipient.id}`,
      `/recipients/${recipient.id}/edit`,
      "/catalogues",
      "/catalogues/legal-bases/new",
      `/catalogues/legal-bases/${legalBasis.id}`,
      "/policies",
      "/policies/new",
      `/policies/${policy.id}`,
      `/policies/${policy.id}/versions`,
      `/policies/${policy.id}/publish`,
      "/register",
      "/register/import",
      "/audit",
      "/settings",
      "/settings/members",
      "/account",
      "/organisations/new",
      "/no-such-page",
    ];
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBeLessThan(500);
      await expectHydrated(page);
      expect(problems, path).toEqual([]);
    }

    // Client-side navigation: the router fetches the next page without reloading this document.
    await page.goto("/activities");
    await page.evaluate(() => ((window as { sameDocument?: boolean }).sameDocument = true));
    await page.getByRole("navigation").getByRole("link", { name: "Recipients & processors" }).click();
    await expect(page).toHaveURL(/\/recipients$/);
    await expect(page.getByRole("heading", { level: 1, name: "Recipients & processors" })).toBeVisible();
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await page.screenshot({ path: test.info().outputPath("recipients.png"), fullPage: true });
    expect(problems).toEqual([]);
  });

  test("a sub-processor chain keeps its indentation", async ({ page, db, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation();
    const user = await makeUser(organisation, "DPO");
    const processor = await db.recipient.create({ data: { organisationId: organisation.id, kind: "PROCESSOR", name: "Hosting Processor" }, select: { id: true } });
    const sub = await db.recipient.create({
      data: { organisationId: organisation.id, kind: "SUB_PROCESSOR", name: "Backup Sub-processor", parentId: processor.id },
      select: { id: true },
    });
    const problems = watchBrowser(page);
    await login(page, user);
    await page.goto(`/recipients/${sub.id}`);
    const chain = page.getByRole("list", { name: "Sub-processor chain" });
    await expect(chain).toBeVisible();
    const indent = await chain.getByText("Backup Sub-processor").evaluate((node) => getComputedStyle(node.closest("li")!).paddingLeft);
    expect(parseFloat(indent)).toBeGreaterThan(0);
    await chain.screenshot({ path: test.info().outputPath("sub-processor-chain.png") });
    expect(problems).toEqual([]);
  });
});
