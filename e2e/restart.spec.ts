/**
 * The run command on its own embedded database: the demo is seeded on first
 * start, and what was written survives stopping and starting the app again.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test, expect, login, DEMO } from "./fixtures";

const root = path.resolve(__dirname, "..");
const appPort = 3112;
const dbPort = 54391;
const baseURL = `http://localhost:${appPort}`;

function environment(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(appPort),
    EMBEDDED_PG_DIR: dataDir,
    EMBEDDED_PG_PORT: String(dbPort),
    AUTH_SECRET: "restart-test-secret-0123456789abcdef",
  };
  delete env.DATABASE_URL;
  delete env.SEED_DEMO;
  return env;
}

async function startApp(dataDir: string): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
    cwd: root,
    env: environment(dataDir),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited early:\n${output}`);
    if (output.includes(`http://localhost:${appPort}`)) return { child, output: () => output };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the app did not start:\n${output}`);
}

async function stopApp(child: ChildProcess) {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid!, "SIGTERM");
  await exited;
}

test("data written through the run command survives a restart of the app and its embedded database", async ({ browser }) => {
  test.setTimeout(180_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ropa-restart-"));
  fs.chmodSync(dataDir, 0o777);
  const pgDir = path.join(dataDir, "postgres");
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  try {
    const first = await startApp(pgDir);
    expect(first.output()).toContain(`Demo login: ${DEMO.dpo.email}`);
    await login(page, DEMO.dpo);
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

    // Written while the app runs, through the user command (which reuses the running server).
    const created = spawnSync(
      path.join(root, "node_modules", ".bin", "tsx"),
      ["scripts/with-db.ts", "--", path.join(root, "node_modules", ".bin", "tsx"), "scripts/create-user.ts",
        "--email", "restart@e2e.example", "--org", DEMO.slug, "--role", "EDITOR", "--password", "restart-password-1"],
      { cwd: root, env: environment(pgDir), encoding: "utf8" },
    );
    expect(created.stdout + created.stderr).toContain("Created restart@e2e.example as EDITOR");
    await stopApp(first.child);

    const second = await startApp(pgDir);
    expect(second.output()).not.toContain("Created the demo organisation");
    await context.clearCookies();
    await login(page, { email: "restart@e2e.example", password: "restart-password-1" });
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await page.goto("/activities");
    await expect(page.getByRole("table")).toContainText(/WEB-01|APP-01/);
    await stopApp(second.child);
  } finally {
    await context.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
