/**
 * The flags of every cookie the application sets, read from the raw
 * Set-Cookie headers of the real server: HttpOnly (no script can read a
 * session), SameSite=Lax (not sent on cross-site posts), Path=/, and behind
 * HTTPS Secure with the __Secure- / __Host- prefixes, so a plain-HTTP response
 * can neither read nor overwrite them.
 */
import type { APIRequestContext, APIResponse, Browser, BrowserContext, Page, Response } from "@playwright/test";
import { test, expect, type TestUser } from "./fixtures";

type SetCookie = { name: string; value: string; attributes: Map<string, string> };

function parseSetCookie(line: string): SetCookie {
  const [pair, ...attributes] = line.split(";").map((part) => part.trim());
  const equals = pair.indexOf("=");
  return {
    name: pair.slice(0, equals),
    value: pair.slice(equals + 1),
    attributes: new Map(
      attributes.map((attribute) => {
        const [key, ...rest] = attribute.split("=");
        return [key.toLowerCase(), rest.join("=").toLowerCase()];
      }),
    ),
  };
}

async function setCookies(response: APIResponse | Response): Promise<SetCookie[]> {
  const headers = "headersArray" in response && typeof response.headersArray === "function" ? await response.headersArray() : [];
  return headers.filter((header) => header.name.toLowerCase() === "set-cookie").flatMap((header) => header.value.split("\n")).map(parseSetCookie);
}

function expectFlags(cookie: SetCookie | undefined, { secure }: { secure: boolean }) {
  expect(cookie, "cookie set").toBeDefined();
  const what = cookie!.name;
  expect(cookie!.attributes.has("httponly"), `${what} HttpOnly`).toBe(true);
  expect(cookie!.attributes.get("samesite"), `${what} SameSite`).toBe("lax");
  expect(cookie!.attributes.get("path"), `${what} Path`).toBe("/");
  expect(cookie!.attributes.has("domain"), `${what} has no Domain`).toBe(false);
  expect(cookie!.attributes.has("secure"), `${what} Secure`).toBe(secure);
}

/** Signs in through the login form and returns the cookies the server action set. */
async function signInThroughForm(page: Page, user: TestUser): Promise<SetCookie[]> {
  await page.goto("/login");
  await page.getByLabel("E-mail address").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  const [response] = await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/login"),
    page.getByRole("button", { name: "Sign in" }).click(),
  ]);
  await expect(page).not.toHaveURL(/\/login/);
  return setCookies(response);
}

/**
 * Switches the organisation the way a browser without JavaScript does: the
 * switcher's form posted with its action id. Done outside the browser so
 * that the request can say it came through an HTTPS proxy, whose redirects
 * (to https://) a browser here could not follow.
 */
async function postSwitch(request: APIRequestContext, context: BrowserContext, organisationId: string, https: boolean, origin?: string) {
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const host = new URL(test.info().project.use.baseURL!).host;
  const headers: Record<string, string> = { cookie, ...(https ? { "x-forwarded-proto": "https" } : {}) };
  const html = await (await request.get("/", { headers })).text();
  const actionField = /name="(\$ACTION_ID_[0-9a-f]+)"/.exec(html)?.[1];
  expect(actionField, "the organisation switcher's action").toBeTruthy();
  return request.post("/", {
    headers: { ...headers, origin: origin ?? `${https ? "https" : "http"}://${host}` },
    multipart: { [actionField!]: "", organisationId },
    maxRedirects: 0,
  });
}

async function switchOrganisation(request: APIRequestContext, context: BrowserContext, organisationId: string, https: boolean): Promise<SetCookie[]> {
  const response = await postSwitch(request, context, organisationId, https);
  expect(response.status()).toBe(303);
  return setCookies(response);
}

async function browserFor(browser: Browser, https: boolean) {
  // A TLS-terminating proxy in front of the app says so in X-Forwarded-Proto.
  return browser.newContext(https ? { extraHTTPHeaders: { "x-forwarded-proto": "https" } } : {});
}

for (const https of [false, true]) {
  const prefix = https ? "__Secure-" : "";
  test.describe(https ? "behind an HTTPS proxy" : "over plain HTTP", () => {
    test("the session and organisation cookies", async ({ browser, request, db, makeOrganisation, makeUser }) => {
      const first = await makeOrganisation(`Cookie First ${https ? "S" : "P"}`);
      const second = await makeOrganisation(`Cookie Second ${https ? "S" : "P"}`);
      const user = await makeUser(first, "EDITOR");
      const { id: userId } = await db.user.findUniqueOrThrow({ where: { email: user.email }, select: { id: true } });
      await db.membership.create({ data: { userId, organisationId: second.id, role: "VIEWER" } });

      const context = await browserFor(browser, https);
      const page = await context.newPage();
      const signIn = await signInThroughForm(page, user);
      const session = signIn.find((cookie) => cookie.name === `${prefix}authjs.session-token`);
      expectFlags(session, { secure: https });
      // Never the other name: a __Secure- cookie over HTTP (or a plain one over HTTPS) would be a second session.
      expect(signIn.map((cookie) => cookie.name)).not.toContain(https ? "authjs.session-token" : "__Secure-authjs.session-token");
      // The browser stored it as sent, out of reach of scripts.
      const stored = (await context.cookies()).find((cookie) => cookie.name === `${prefix}authjs.session-token`);
      expect(stored?.httpOnly).toBe(true);
      expect(stored?.sameSite).toBe("Lax");
      // Behind the (absent) proxy the redirect after signing in leads to https://, which nothing here answers.
      if (!https) expect(await page.evaluate(() => document.cookie)).not.toContain("authjs");

      const switched = await switchOrganisation(request, context, second.id, https);
      const org = switched.find((cookie) => cookie.name === "ropa_org");
      expectFlags(org, { secure: https });
      expect(org?.value).toBe(second.id);

      // The same post from another site's page: Next.js refuses a server action whose Origin is not this host.
      const forged = await postSwitch(request, context, first.id, https, "https://attacker.example");
      expect(forged.status()).not.toBe(303);
      expect((await setCookies(forged)).map((cookie) => cookie.name)).not.toContain("ropa_org");
      await context.close();
    });

    test("the CSRF and callback cookies of Auth.js", async ({ request, makeOrganisation, makeUser }) => {
      const organisation = await makeOrganisation();
      const user = await makeUser(organisation, "VIEWER");
      const headers: Record<string, string> = https ? { "x-forwarded-proto": "https" } : {};
      const csrfResponse = await request.get("/api/auth/csrf", { headers });
      const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
      const csrf = (await setCookies(csrfResponse)).find((cookie) => cookie.name === `${https ? "__Host-" : ""}authjs.csrf-token`);
      expectFlags(csrf, { secure: https });

      const callback = await request.post("/api/auth/callback/credentials", {
        headers: { ...headers, cookie: `${csrf!.name}=${csrf!.value}` },
        form: { csrfToken, email: user.email, password: user.password, callbackUrl: "/activities" },
        maxRedirects: 0,
      });
      expect(callback.status()).toBe(302);
      const cookies = await setCookies(callback);
      expectFlags(
        cookies.find((cookie) => cookie.name === `${prefix}authjs.session-token`),
        { secure: https },
      );
      expectFlags(
        cookies.find((cookie) => cookie.name === `${prefix}authjs.callback-url`),
        { secure: https },
      );
    });
  });
}
