/**
 * Vitest global setup for the integration project: the test database gets
 * every migration before any test runs (DATABASE_URL comes from
 * scripts/with-db.ts: the embedded server, or the given PostgreSQL).
 */
import { runMigrations } from "graphile-worker";
import { runPrisma } from "../../scripts/prisma-cli";

export default async function setup() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("Integration tests need DATABASE_URL: run them with npm run test:integration.");
  await runPrisma(["migrate", "deploy"], url, { quiet: true });
  // The webhook queue's schema, which the app's worker creates at start: changes queue their webhook events into it.
  await runMigrations({ connectionString: url });
}
