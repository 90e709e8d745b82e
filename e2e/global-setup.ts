/**
 * The end-to-end database is reused between runs (each test creates its own
 * organisation and users), but sign-in attempts from earlier runs would count
 * against the per-address limit: clear them.
 */
import { createDb } from "../lib/db";

export default async function globalSetup() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("End-to-end tests need DATABASE_URL: run them with npm run test:e2e.");
  const db = createDb(url);
  try {
    await db.loginAttempt.deleteMany({});
  } catch {
    // First run: the server applies the migrations when it starts.
  } finally {
    await db.$disconnect();
  }
}
