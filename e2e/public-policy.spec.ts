/**
 * The public policy pages: no login, served from the stored versions with
 * ETag / Last-Modified and real 304s, a plain 404 for unknown addresses, and
 * readable at desktop and phone widths. Uses the demo organisation's policies,
 * published as version 1 on first start.
 */
import { test, expect, DEMO } from "./fixtures";

const website = `/p/${DEMO.slug}/coi-website`;

test("the demo's published policy is public, with contents, version header and JSON-LD", async ({ page }) => {
  const response = await page.goto(website);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(new RegExp(`${website}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Privacy Policy for the coi.me Website" })).toBeVisible();
  await expect(page.getByText("Open-Xchange AG", { exact: true }).first()).toBeVisible();
  await expect(page.getByText(/^Version \d+$/)).toBeVisible();
  const contents = page.getByRole("navigation", { name: "Contents" });
  await contents.getByRole("link", { name: "Log files" }).click();
  await expect(page).toHaveURL(/#log-files$/);
  await expect(page.getByText("Art. 6(1)(f) GDPR").first()).toBeVisible();
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(jsonLd["dpv:hasDataController"]["schema:name"]).toBe("Open-Xchange AG");
  expect(jsonLd["dpv:hasProcess"].length).toBeGreaterThan(0);

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(website);
  await page.screenshot({ path: "test-results/public-policy-1280.png" });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  // Nothing wider than the phone's screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: "test-results/public-policy-390.png", fullPage: true });
});

test("revalidation answers 304 Not Modified, and numbered versions are immutable", async ({ request }) => {
  const first = await request.get(website);
  expect(first.status()).toBe(200);
  const etag = first.headers()["etag"];
  const lastModified = first.headers()["last-modified"];
  expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
  expect(first.headers()["cache-control"]).toContain("public");

  const byEtag = await request.get(website, { headers: { "If-None-Match": etag } });
  expect(byEtag.status()).toBe(304);
  expect(await byEtag.body()).toHaveLength(0);
  const byDate = await request.get(website, { headers: { "If-Modified-Since": lastModified } });
  expect(byDate.status()).toBe(304);
  const stale = await request.get(website, { headers: { "If-None-Match": '"0000"' } });
  expect(stale.status()).toBe(200);

  const v1 = await request.get(`${website}/v/1`);
  expect(v1.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect((await request.get(`${website}/v/1`, { headers: { "If-None-Match": v1.headers()["etag"] } })).status()).toBe(304);

  const json = await request.get(`${website}/json`);
  expect(json.headers()["content-type"]).toContain("application/json");
  const body = await json.json();
  expect(body.document.facts.controller.name).toBe("Open-Xchange AG");
  expect(body.version.contentHash).toBe(etag.replaceAll('"', ""));
});

test("an unknown organisation, policy or version is a plain 404 without a login redirect", async ({ request, page }) => {
  for (const path of [`/p/no-such-org/coi-website`, `/p/${DEMO.slug}/no-such-policy`, `${website}/v/999`, `${website}/v/abc`, `${website}/compare?from=1&to=999`, `${website}/v/999/json`]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toContain("There is no published privacy policy at this address");
  }
  await page.goto(`/p/no-such-org/coi-website`);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(page).not.toHaveURL(/login/);
});
