/**
 * Optimistic concurrency under real concurrent use: eight signed-in editors
 * open and save the same three activities through the running server for a
 * few seconds (scripts/load/editing-load.ts does the work and the checks).
 * Three records for eight editors, so saves really collide.
 */
import { test, expect } from "@playwright/test";
import { runEditingLoad } from "../scripts/load/editing-load";

test("concurrent saves are applied or reported as conflicts, each audited once, none lost", async ({ baseURL }) => {
  test.setTimeout(120_000);
  const report = await runEditingLoad({
    baseUrl: baseURL!,
    distDir: process.env.NEXT_DIST_DIR ?? ".next",
    users: 8,
    activities: 3,
    durationMs: 12_000,
  });

  const failed = report.invariants.filter((i) => !i.ok).map((i) => `${i.name}: ${i.detail}`);
  expect(failed, JSON.stringify(report.errorSamples)).toEqual([]);
  expect(report.invariants.map((i) => i.name)).toEqual([
    "no 5xx responses",
    "every save applied or reported as a conflict",
    "audit events equal applied saves",
    "final state equals the last applied save",
  ]);
  // Both paths of the version check were exercised, and reads really happened.
  expect(report.saves.applied).toBeGreaterThan(0);
  expect(report.saves.conflicts).toBeGreaterThan(0);
  expect(report.reads.count).toBeGreaterThanOrEqual(report.saves.count);
  expect(report.reads.errors + report.reads.serverErrors).toBe(0);
});
