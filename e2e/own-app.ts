/**
 * The run command (`scripts/start.ts`) started by a test on an embedded
 * PostgreSQL of the test's own, for tests that stop and start the app or its
 * database, which the shared server of the suite must never see.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export const root = path.resolve(__dirname, "..");
export const tsx = path.join(root, "node_modules", ".bin", "tsx");

export type OwnAppOptions = { appPort: number; dbPort: number; pgDir: string; secret: string };
export type OwnApp = { child: ChildProcess; output: () => string };

/** The environment of the run command on its own embedded database (no DATABASE_URL, no forced demo). */
export function ownAppEnvironment({ appPort, dbPort, pgDir, secret }: OwnAppOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(appPort),
    EMBEDDED_PG_DIR: pgDir,
    EMBEDDED_PG_PORT: String(dbPort),
    AUTH_SECRET: secret,
  };
  delete env.DATABASE_URL;
  delete env.SEED_DEMO;
  return env;
}

/** Starts the run command and waits until it prints the app's address. */
export async function startOwnApp(options: OwnAppOptions): Promise<OwnApp> {
  const child = spawn(tsx, ["scripts/start.ts"], {
    cwd: root,
    env: ownAppEnvironment(options),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited early:\n${output}`);
    // The run command's own banner (one write, with the demo login), not the server's "Ready on" line before it.
    if (output.includes(`RoPA is running at http://localhost:${options.appPort}`)) return { child, output: () => output };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the app did not start:\n${output}`);
}

/** Stops the app and everything it started (its process group), as Ctrl-C would. */
export async function stopOwnApp(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid!, "SIGTERM");
  await exited;
}
