/**
 * The run command: database (embedded unless DATABASE_URL is set), migrations,
 * the demo organisation on first start, then the Next.js server.
 *
 *   npm start            production server (after `npm run build`)
 *   npm run dev          development server
 */
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { embeddedDefaults, resolveDatabase } from "./embedded-db";
import { runPrisma } from "./prisma-cli";

const root = path.resolve(__dirname, "..");

function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  // Without a configured secret, one is generated once and kept beside the
  // embedded data, so sessions survive restarts on this machine.
  const file = path.join(root, ".data", "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

async function main() {
  const dev = process.argv.includes("--dev");
  const port = process.env.PORT ?? "3000";

  const database = await resolveDatabase();
  process.env.DATABASE_URL = database.url;
  await runPrisma(["migrate", "deploy"], database.url, { quiet: true });

  // Imported after DATABASE_URL is known: lib/env reads it once.
  const { createDb } = await import("../lib/db");
  const { seed, DEMO_LOGINS } = await import("../prisma/seed");
  const db = createDb(database.url);
  // Drift and completeness are stored per records revision; a new build may compose or judge differently, so they start afresh.
  await db.$transaction([db.policyDriftState.deleteMany(), db.completenessCache.deleteMany()]);
  const organisations = await db.organisation.count();
  const demoWanted = database.embedded || process.env.SEED_DEMO === "1";
  let demoNote = "";
  if (organisations === 0 && demoWanted) {
    await seed(db);
    console.log("Created the demo organisation (first start).");
  }
  if (demoWanted && (await db.user.count({ where: { email: DEMO_LOGINS.dpo.email } })) > 0) {
    demoNote = `Demo login: ${DEMO_LOGINS.dpo.email} / ${DEMO_LOGINS.dpo.password}`;
  } else if (organisations === 0) {
    demoNote = "No organisation yet: create one with npm run user:create -- --email you@example.com --org my-org --org-name \"My Organisation\" --role OWNER";
  }
  await db.$disconnect();

  // Next.js behind our own HTTP server, which derives each request's client address from its socket (scripts/server.ts).
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  const child = spawn(tsx, ["scripts/server.ts", ...(dev ? ["--dev"] : [])], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
    env: {
      ...process.env,
      PORT: port,
      NODE_ENV: dev ? "development" : "production",
      DATABASE_URL: database.url,
      DATABASE_EMBEDDED: database.embedded ? "1" : "",
      AUTH_SECRET: authSecret(),
      AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  let announced = false;
  child.stdout?.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!announced && /ready|Local:/i.test(chunk.toString())) {
      announced = true;
      // One write, so that whoever watches for the first line also has the rest.
      const lines = [
        "",
        `  RoPA is running at http://localhost:${port}`,
        `  Database: ${database.embedded ? `embedded PostgreSQL (data in ${path.relative(root, embeddedDefaults.dir) || "."})` : "DATABASE_URL"}`,
        ...(demoNote ? [`  ${demoNote}`] : []),
        "",
      ];
      process.stdout.write(`${lines.join("\n")}\n`);
    }
  });

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    child.kill(signal);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  const code: number = await new Promise((resolve) => child.on("exit", (c) => resolve(c ?? 0)));
  await database.stop();
  process.exit(code);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
