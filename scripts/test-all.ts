/**
 * The test command: unit tests, integration tests against a real PostgreSQL
 * (embedded unless DATABASE_URL is set), a production build, and the
 * Playwright end-to-end tests against it. Ends with one line
 * "N passed, N failed" over all suites.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..");
const results = path.join(root, ".data", "test-results");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

type Counts = { passed: number; failed: number };

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  return result.status === 0;
}

export function vitestCounts(file: string): Counts | null {
  if (!fs.existsSync(file)) return null;
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  return { passed: report.numPassedTests ?? 0, failed: (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0) };
}

export function playwrightCounts(file: string): Counts | null {
  if (!fs.existsSync(file)) return null;
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  const stats = report.stats ?? {};
  return { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: (stats.unexpected ?? 0) + (report.errors?.length ?? 0) };
}

/**
 * The end-to-end tests drive Debian's chromium (Playwright's own download is
 * not reachable offline). On a fresh machine it is fetched here, when we are
 * root and it is missing, so the test command needs no set-up of its own.
 */
function ensureChromium(): void {
  if (process.env.CHROMIUM_PATH || fs.existsSync("/usr/bin/chromium")) return;
  if (typeof process.getuid !== "function" || process.getuid() !== 0) {
    console.error("chromium is missing: install Debian's chromium package, or set CHROMIUM_PATH to a Chromium binary.");
    return;
  }
  console.log("\n=== installing chromium (Debian package) ===");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
}

function main() {
  fs.rmSync(results, { recursive: true, force: true });
  fs.mkdirSync(results, { recursive: true });
  const total: Counts = { passed: 0, failed: 0 };
  const add = (label: string, ok: boolean, counts: Counts | null) => {
    if (!counts) {
      console.error(`${label}: no results were written; counted as one failure.`);
      total.failed += 1;
      return;
    }
    total.passed += counts.passed;
    total.failed += counts.failed;
    if (!ok && counts.failed === 0) total.failed += 1;
  };

  const unitFile = path.join(results, "unit.json");
  const unitOk = run("unit tests", bin("vitest"), ["run", "--project", "unit", "--reporter=default", "--reporter=json", `--outputFile.json=${unitFile}`]);
  add("unit tests", unitOk, vitestCounts(unitFile));

  const integrationFile = path.join(results, "integration.json");
  const integrationOk = run("integration tests", bin("tsx"), [
    "scripts/with-db.ts", "--database", process.env.TEST_DATABASE ?? "ropa_test", "--",
    bin("vitest"), "run", "--project", "integration", "--reporter=default", "--reporter=json", `--outputFile.json=${integrationFile}`,
  ]);
  add("integration tests", integrationOk, vitestCounts(integrationFile));

  const built = process.env.SKIP_BUILD === "1" || run("production build", bin("next"), ["build"], { NEXT_TELEMETRY_DISABLED: "1" });
  const e2eFile = path.join(results, "e2e.json");
  if (built) {
    ensureChromium();
    const e2eOk = run("end-to-end tests", bin("tsx"), [
      "scripts/with-db.ts", "--database", process.env.E2E_DATABASE ?? "ropa_e2e", "--", bin("playwright"), "test",
    ]);
    add("end-to-end tests", e2eOk, playwrightCounts(e2eFile));
  } else {
    add("production build", false, null);
  }

  fs.writeFileSync(path.join(results, "summary.json"), JSON.stringify(total));
  console.log(`\n${total.passed} passed, ${total.failed} failed`);
  process.exit(total.failed === 0 ? 0 : 1);
}

if (require.main === module) main();
