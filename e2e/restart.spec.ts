/**
 * The run command on its own embedded database: the demo is seeded on first
 * start, and what was written survives stopping and starting the app again.
 */
import { spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test, expect, login, DEMO } from "./fixtures";
import { ownAppEnvironment, root, startOwnApp, stopOwnApp, tsx } from "./own-app";

const appPort = 3112;
const dbPort = 54391;
const baseURL = `http://localhost:${appPort}`;

const options = (pgDir: string) => ({ appPort, dbPort, pgDir, secret: "restart-test-secret-0123456789abcdef" });

test("data written through the run command survives a restart of the app and its embedded database", async ({ browser }) => {
  test.setTimeout(180_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ropa-restart-"));
  fs.chmodSync(dataDir, 0o777);
  const pgDir = path.join(dataDir, "postgres");
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  // Whichever app is running when an expectation fails is stopped too, or it would hold the port for the next run.
  let running: ChildProcess | undefined;
  try {
    const first = await startOwnApp(options(pgDir));
    running = first.child;
    expect(first.output()).toContain(`Demo login: ${DEMO.dpo.email}`);
    await login(page, DEMO.dpo);
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

    // Written while the app runs, through the user command (which reuses the running server).
    const created = spawnSync(
      tsx,
      ["scripts/with-db.ts", "--", tsx, "scripts/create-user.ts",
        "--email", "restart@e2e.example", "--org", DEMO.slug, "--role", "EDITOR", "--password", "restart-password-1"],
      { cwd: root, env: ownAppEnvironment(options(pgDir)), encoding: "utf8" },
    );
    expect(created.stdout + created.stderr).toContain("Created restart@e2e.example as EDITOR");
    await stopOwnApp(first.child);

    const second = await startOwnApp(options(pgDir));
    running = second.child;
    expect(second.output()).not.toContain("Created the demo organisation");
    await context.clearCookies();
    await login(page, { email: "restart@e2e.example", password: "restart-password-1" });
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await page.goto("/activities");
    await expect(page.getByRole("table")).toContainText(/WEB-01|APP-01/);
  } finally {
    if (running) await stopOwnApp(running);
    await context.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
