import fs from "node:fs";
import { defineConfig } from "@playwright/test";

// Browsers come from Debian's chromium package (Playwright's own download is
// not reachable everywhere); elsewhere Playwright's bundled browser is used.
const executablePath =
  process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const port = Number(process.env.E2E_PORT ?? 3111);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: ".data/test-results/e2e.json" }]],
  globalSetup: "./e2e/global-setup.ts",
  use: {
    baseURL,
    // The dashboard follows the browser's language (Accept-Language); the
    // specs read English text unless they choose another language themselves.
    locale: "en-GB",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  // A production build: first compiles under `next dev` are too slow for
  // stable expectations.
  webServer: {
    command: "npx tsx scripts/start.ts",
    url: `${baseURL}/login`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(port),
      SEED_DEMO: "1",
      // Every test signs in from this one address; the per-address limit has
      // its own integration test and would otherwise couple the tests here.
      LOGIN_MAX_FAILURES_PER_ADDRESS: "100000",
      // The webhook spec's receiver listens on this machine, over plain http.
      WEBHOOK_ALLOW_PRIVATE: "true",
      WEBHOOK_ALLOW_HTTP: "true",
      AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-0123456789-0123456789-abcdef",
    },
  },
});
