/**
 * Runs a command with DATABASE_URL pointing at the database: the one given in
 * DATABASE_URL, or the embedded server started (or reused) for this command.
 *
 *   tsx scripts/with-db.ts [--database NAME] -- <command> [args…]
 */
import { spawn } from "node:child_process";
import { resolveDatabase } from "./embedded-db";

async function main() {
  const argv = process.argv.slice(2);
  const separator = argv.indexOf("--");
  const own = separator === -1 ? [] : argv.slice(0, separator);
  const command = separator === -1 ? argv : argv.slice(separator + 1);
  if (command.length === 0) {
    console.error("usage: with-db [--database NAME] -- <command> [args…]");
    process.exit(2);
  }
  const dbIndex = own.indexOf("--database");
  const database = dbIndex === -1 ? undefined : own[dbIndex + 1];

  const db = await resolveDatabase({ database });
  const child = spawn(command[0], command.slice(1), {
    stdio: "inherit",
    shell: process.platform === "win32",
    env: { ...process.env, DATABASE_URL: db.url, DATABASE_EMBEDDED: db.embedded ? "1" : "" },
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  const code: number = await new Promise((resolve) => child.on("exit", (c, s) => resolve(c ?? (s ? 1 : 0))));
  await db.stop();
  process.exit(code);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
