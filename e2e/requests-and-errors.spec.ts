/**
 * What a visitor can send that the application must answer as expected
 * outcomes, checked against a server of this spec's own so that its log can
 * be read: addresses with NUL and other control characters, refused server
 * actions, and absolute addresses taken from the configured public origin.
 */
import fs from "node:fs";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import type { Page } from "@playwright/test";
import { test, expect, DEMO, type TestUser } from "./fixtures";
import { root, stopOwnApp, tsx } from "./own-app";

// Next to the suite's server, on the same database.
const PORT = Number(process.env.E2E_PORT ?? 3111) + 50;
const BASE = `http://localhost:${PORT}`;
const APP_URL = "https://register.example.org";
const POLICY = `/p/${DEMO.slug}/coi-website`;

let app: ChildProcess;
let output = "";

test.beforeAll(async () => {
  app = spawn(tsx, ["scripts/start.ts"], {
    cwd: root,
    env: { ...process.env, PORT: String(PORT), APP_URL, AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-0123456789-0123456789-abcdef", LOGIN_MAX_FAILURES_PER_ADDRESS: "100000" },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  app.stdout?.on("data", (chunk) => (output += chunk));
  app.stderr?.on("data", (chunk) => (output += chunk));
  await expect.poll(() => output.includes(BASE) || app.exitCode !== null, { timeout: 90_000 }).toBe(true);
  expect(app.exitCode, output).toBeNull();
});

test.afterAll(async () => {
  if (app) await stopOwnApp(app);
});

/** What the server logged while `run` ran. */
async function logOf(run: () => Promise<void>): Promise<string> {
  const start = output.length;
  await run();
  // Lines are written as the responses go out; give the last one a moment to arrive.
  await new Promise((resolve) => setTimeout(resolve, 500));
  return output.slice(start);
}

function expectNoStack(log: string) {
  expect(log).not.toMatch(/^\s*at \S.*(:\d+:\d+\)?|<anonymous>\)?)$/m);
  expect(log).not.toMatch(/⨯|invalid byte sequence|prisma|AccessDenied/i);
}

async function signIn(page: Page, user: { email: string; password: string }) {
  await page.goto(`${BASE}/login`);
  await page.getByLabel("E-mail address").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** Every page and route handler under app/, as URL segments ("(group)" folders dropped). */
function appRoutes(): string[][] {
  const found: string[][] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name), /^\(.*\)$/.test(entry.name) ? segments : [...segments, entry.name]);
      else if (entry.name === "page.tsx" || entry.name === "route.ts") found.push(segments);
    }
  };
  walk(path.join(root, "app"), []);
  return found;
}

// A value that reaches the handler's query for each dynamic segment.
const SAMPLE: Record<string, string> = { org: DEMO.slug, policy: "coi-website", n: "1", format: "csv", type: "purposes", token: "A".repeat(43) };
const sample = (segment: string) => {
  const name = /^\[(?:\.\.\.)?(\w+)\]$/.exec(segment)?.[1];
  return name ? (SAMPLE[name] ?? "x") : segment;
};

/** The addresses to try for one route: NUL appended to each segment, NUL in its query. */
function badAddresses(segments: string[]): string[] {
  const concrete = segments.map(sample);
  const url = (parts: string[]) => `/${parts.join("/")}`;
  return [
    ...concrete.map((_, i) => url(concrete.map((part, j) => (i === j ? `${part}%00` : part)))),
    ...(segments.length === 0 ? ["/%00"] : []),
    `${url(concrete)}?q=%00`,
    `${url(concrete)}?q=a%00b&page=%00`,
    `${url(concrete)}?q=%01`,
    `${url(concrete)}?%00=1`,
  ];
}

test.describe("requests, addresses and errors", () => {
  test("NUL and control characters in any address or query get 400/404 and no stack trace in the log", async ({ page, makeOrganisation, makeUser }) => {
    // Regression: /p/<org>/<policy>%00 and /activities?q=%00 reached PostgreSQL,
    // which refuses NUL in text: a 500 and a stack trace in the server log.
    const owner = await makeUser(await makeOrganisation(), "OWNER");
    await signIn(page, owner);
    const routes = appRoutes();
    expect(routes.length).toBeGreaterThan(30);
    const answers: string[] = [];
    const log = await logOf(async () => {
      for (const segments of routes) {
        for (const address of badAddresses(segments)) {
          const response = await page.request.get(`${BASE}${address}`, { maxRedirects: 0 });
          answers.push(`${response.status()} ${address}`);
        }
      }
    });
    expect(answers.filter((answer) => !/^(400|404) /.test(answer))).toEqual([]);
    expect(answers).toContain(`400 ${POLICY}%00`);
    expect(answers).toContain("400 /activities?q=%00");
    expectNoStack(log);
  });

  test("a refused server action shows a permission message, answers 403 and logs one line without a stack", async ({ page, db, makeOrganisation, makeUser }) => {
    // Regression: a refused action was thrown as an error: "Sorry, something went
    // wrong" with an error reference, status 500 and a stack trace in the log.
    const organisation = await makeOrganisation();
    const editor: TestUser = await makeUser(organisation, "EDITOR");
    await signIn(page, editor);
    await page.goto(`${BASE}/policies/new`);
    await page.getByLabel("Title").fill("Refused policy");
    await page.getByLabel("Address of the public page").fill(`refused-${crypto.randomUUID().slice(0, 8)}`);
    // Someone else lowers the editor's role while the form is open.
    await db.membership.updateMany({ where: { organisationId: organisation.id, user: { email: editor.email } }, data: { role: "VIEWER" } });
    let status = 0;
    const log = await logOf(async () => {
      const answered = page.waitForResponse((response) => response.request().method() === "POST");
      await page.getByRole("button", { name: "Create policy" }).click();
      status = (await answered).status();
      await expect(page.getByRole("heading", { name: "You do not have permission to do this" })).toBeVisible();
    });
    expect(status).toBe(403);
    if (process.env.E2E_SCREENSHOTS) await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/refused-action.png`, fullPage: true });
    await expect(page.getByText(/Error reference|something went wrong/)).toHaveCount(0);
    expect(log.match(/Refused a server action: .*VIEWER.*EDITOR needed \(403\)/g)).toHaveLength(1);
    expectNoStack(log);
    expect(await db.policy.count({ where: { organisationId: organisation.id } })).toBe(0);
  });

  test("absolute addresses use the configured public origin", async ({ request }) => {
    // Regression: the canonical link, the JSON-LD and redirects always named
    // http://localhost:<port>, whatever address people reach the server at.
    const html = await (await request.get(`${BASE}${POLICY}`)).text();
    expect(html).toContain(`<link rel="canonical" href="${APP_URL}${POLICY}/v/`);
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]);
    expect(JSON.stringify(jsonLd)).toContain(`"${APP_URL}${POLICY}/v/`);
    expect(JSON.stringify(jsonLd)).not.toContain("localhost");
    const json = await (await request.get(`${BASE}${POLICY}/json`)).json();
    expect(JSON.stringify(json.jsonLd)).toContain(`${APP_URL}${POLICY}/v/`);
    const redirect = await request.get(`${BASE}/activities`, { maxRedirects: 0 });
    expect(redirect.status()).toBe(307);
    expect(redirect.headers().location).toBe(`${APP_URL}/login?callbackUrl=%2Factivities`);
  });
});
