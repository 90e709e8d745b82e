/**
 * Errors a visitor can provoke answer with a short message and nothing from
 * the inside: no stack frames, no file paths, no secrets, no database or
 * Prisma error text. The details go to the server log (with the digest the
 * error page shows), never into the response.
 */
import type { APIRequestContext, APIResponse, Page } from "@playwright/test";
import { test, expect, login, DEMO } from "./fixtures";

// As playwright.config.ts passes it to the server.
const AUTH_SECRET = process.env.AUTH_SECRET ?? "e2e-secret-0123456789-0123456789-abcdef";
const DATABASE_URL = process.env.DATABASE_URL!;

function expectNothingLeaked(body: string, what: string) {
  // A stack frame ("    at render (…)"), and the places frames point to.
  expect(body, what).not.toMatch(/^\s*at \S.*(:\d+:\d+\)?|<anonymous>\)?)$/m);
  expect(body, what).not.toMatch(/node_modules|\.next[\w-]*\/server|webpack-internal:|turbopack:\/\/|file:\/\//);
  expect(body, what).not.toContain(process.cwd());
  expect(body, what).not.toContain(AUTH_SECRET);
  expect(body, what).not.toContain(DATABASE_URL);
  expect(body, what).not.toMatch(/postgres(ql)?:\/\//i);
  expect(body, what).not.toMatch(/prisma|invalid `|unique constraint|violates .* constraint/i);
}

async function check(response: APIResponse, what: string, status?: number | RegExp) {
  if (typeof status === "number") expect(response.status(), what).toBe(status);
  else if (status) expect(String(response.status()), what).toMatch(status);
  const body = await response.text();
  expectNothingLeaked(body, what);
  expectNothingLeaked(JSON.stringify(response.headers()), `${what} (headers)`);
  return body;
}

/** The signed-in browser's cookies, for requests the browser cannot make (garbage bodies, forged headers). */
async function sessionCookie(page: Page): Promise<string> {
  const cookies = await page.context().cookies();
  return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

/** The id of the login form's server action, from the hidden field React renders for forms that work without JavaScript. */
async function loginActionId(request: APIRequestContext): Promise<string> {
  const html = await (await request.get("/login")).text();
  const reference = /name="\$ACTION_1:0" value="([^"]+)"/.exec(html)?.[1];
  expect(reference, "the login form's action reference").toBeTruthy();
  return JSON.parse(reference!.replaceAll("&quot;", '"')).id;
}

const randomActionId = () => [...crypto.getRandomValues(new Uint8Array(21))].map((byte) => byte.toString(16).padStart(2, "0")).join("");

test.describe("errors reveal nothing", () => {
  test("unknown, forbidden and malformed addresses of the application", async ({ page, request, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation();
    const viewer = await makeUser(organisation, "VIEWER");
    await login(page, viewer);
    const cookie = await sessionCookie(page);
    const cases: [string, number][] = [
      ["/no-such-page", 404],
      ["/activities/no-such-activity", 404],
      ["/activities/%E0%A4%A/edit", 400],
      ["/activities/new", 403],
      ["/register/export/exe", 404],
      ["/register/export/..%2F..%2Fetc%2Fpasswd", 404],
      ["/recipients/' OR 1=1 --", 404],
      ["/policies/no-such-policy/versions", 404],
      ["/invite/not-a-token", 200],
    ];
    for (const [path, status] of cases) {
      await check(await request.get(path, { headers: { cookie } }), path, status);
    }
    // A client navigation with a router state the server cannot parse.
    await check(
      await request.get("/activities", { headers: { cookie, rsc: "1", "next-router-state-tree": "%7Bnot-json" } }),
      "unparsable router state",
      /^[2345]\d\d$/,
    );
  });

  test("forged and malformed server action requests", async ({ page, request, makeOrganisation, makeUser }) => {
    const actionId = await loginActionId(request);
    const organisation = await makeOrganisation();
    const editor = await makeUser(organisation, "EDITOR");
    await login(page, editor);
    const cookie = await sessionCookie(page);

    for (const [who, headers] of [["signed out", {}], ["signed in", { cookie }]] as const) {
      // An action id that does not exist.
      await check(
        await request.post("/", { headers: { ...headers, "next-action": randomActionId(), "content-type": "text/plain;charset=UTF-8" }, data: "garbage" }),
        `${who}: unknown action`,
        /^4\d\d$/,
      );
      // A real action, a body that is not what React sends.
      await check(
        await request.post("/login", { headers: { ...headers, "next-action": actionId, "content-type": "text/plain;charset=UTF-8" }, data: '["$K1",{"__proto__":' }),
        `${who}: garbage body`,
      );
      await check(
        await request.post("/login", {
          headers: { ...headers, "next-action": actionId, "content-type": "multipart/form-data; boundary=----broken" },
          data: "------broken\r\nContent-Disposition: form-data; name=\"1_email\"\r\n\r\nnot closed",
        }),
        `${who}: broken multipart`,
      );
      await check(
        await request.post("/activities", { headers: { ...headers, "next-action": actionId, "content-type": "application/json" }, data: "{".repeat(10_000) }),
        `${who}: deeply nested JSON`,
      );
    }
  });

  test("an oversized body is refused without details", async ({ request }) => {
    const actionId = await loginActionId(request);
    const boundary = "----oversized";
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="1_email"\r\n\r\n${"x".repeat(12 * 1024 * 1024)}\r\n--${boundary}--\r\n`;
    await check(
      await request.post("/login", { headers: { "next-action": actionId, "content-type": `multipart/form-data; boundary=${boundary}` }, data: body, timeout: 60_000 }),
      "12 MB action body",
      /^4\d\d$|^500$/,
    );
    await check(await request.post("/api/auth/callback/credentials", { form: { email: "x".repeat(2 * 1024 * 1024), password: "x" }, maxRedirects: 0 }), "2 MB sign-in body");
  });

  test("bad addresses of the public policy pages and of Auth.js", async ({ request }) => {
    const base = `/p/${DEMO.slug}/coi-website`;
    const cases: [string, number | RegExp][] = [
      // Refused by Next.js's router before any handler runs: a bare 500 without details.
      ["/p/%E0%A4%A/x", /^(400|500)$/],
      ["/p/no-such-org/no-such-policy", 404],
      [`${base}/v/0`, 404],
      [`${base}/v/99999999999999999999`, 404],
      [`${base}/v/1e3/json`, 404],
      [`${base}/compare?from=abc&to=-1`, /^[24]\d\d$/],
      [`${base}/compare?from=999999&to=1`, /^[24]\d\d$/],
      [`${base}/${"a".repeat(4000)}`, /^4\d\d$/],
      ["/p/x/y/z/v/1/json/extra", 404],
      ["/api/auth/no-such-action", /^[34]\d\d$/],
      ["/api/auth/callback/no-such-provider", /^[345]\d\d$/],
    ];
    for (const [path, status] of cases) await check(await request.get(path, { maxRedirects: 0 }), path, status);
    await check(await request.post("/api/auth/callback/credentials", { data: "{garbage", headers: { "content-type": "application/json" }, maxRedirects: 0 }), "garbage sign-in");
    await check(await request.fetch(base, { method: "DELETE" }), "DELETE on a public page", /^4\d\d$/);
  });
});
