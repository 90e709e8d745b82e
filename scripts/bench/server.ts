/**
 * The production server the HTTP measurements run against: the server that
 * `npm start` runs (scripts/server.ts, Next's handler behind our own HTTP
 * server) on the bench's own port and database, from an existing build (`next build`
 * runs first only when there is none, or when BENCH_BUILD=1), and a signed-in
 * session obtained through the real sign-in endpoint.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..", "..");

export type RunningServer = { url: string; pid: number; distDir: string; built: boolean; stop: () => Promise<void> };

/** Builds when the dist directory has no build (or BENCH_BUILD=1). Returns whether it built. */
function ensureBuild(distDir: string): boolean {
  const hasBuild = fs.existsSync(path.join(root, distDir, "BUILD_ID"));
  if (hasBuild && process.env.BENCH_BUILD !== "1") return false;
  console.log(`next build into ${distDir} …`);
  // With a dist directory other than .next, next build adds its type folders
  // to tsconfig.json; the bench leaves the checkout as it found it.
  const tsconfig = path.join(root, "tsconfig.json");
  const before = fs.readFileSync(tsconfig, "utf8");
  const result = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (fs.readFileSync(tsconfig, "utf8") !== before) fs.writeFileSync(tsconfig, before);
  if (result.status !== 0) throw new Error("next build failed");
  return true;
}

async function waitUntilReady(url: string, child: ChildProcess, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode} before it was ready.`);
    try {
      const response = await fetch(`${url}/login`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server at ${url} was not ready within ${timeoutMs / 1000} s.`);
}

function stopper(child: ChildProcess): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };
}

/** Starts the production server directly (no migrations or demo seed: the bench has done its own setup). */
export async function startNextServer(port: number, distDir: string): Promise<RunningServer> {
  const built = ensureBuild(distDir);
  const url = `http://127.0.0.1:${port}`;
  // Node itself with tsx's loader (not the tsx command, which runs a second process): the
  // memory and CPU figures are read for this process and its children.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/server.ts"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      PORT: String(port),
      // The bench's own process runs with the react-server condition; the server must not.
      NODE_OPTIONS: "",
      NODE_ENV: "production",
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
      AUTH_TRUST_HOST: "true",
    },
  });
  const stop = stopper(child);
  try {
    await waitUntilReady(url, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, pid: child.pid!, distDir, built, stop };
}

/**
 * The baseline: a minimal Node http server answering every request with the
 * bytes of one file, read from disk per request, in its own process like the
 * Next server.
 */
export async function startStaticServer(port: number, file: string): Promise<RunningServer> {
  const source = `
const http = require("node:http"), fs = require("node:fs");
const file = process.argv[1];
http.createServer((request, response) => {
  fs.readFile(file, (error, body) => {
    if (error) { response.writeHead(500); response.end(); return; }
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": body.length });
    response.end(body);
  });
}).listen(Number(process.argv[2]), "127.0.0.1", () => console.log("ready"));`;
  const child = spawn(process.execPath, ["-e", source, file, String(port)], { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, NODE_OPTIONS: "" } });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once("data", () => resolve());
    child.once("exit", (code) => reject(new Error(`The static server exited with code ${code}.`)));
  });
  return { url: `http://127.0.0.1:${port}`, pid: child.pid!, distDir: "", built: false, stop: stopper(child) };
}

/** Signs in through Auth.js' credentials endpoint and returns the Cookie header of the session (plus the organisation cookie). */
export async function signIn(url: string, email: string, password: string, organisationId: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const index = pair.indexOf("=");
      jar.set(pair.slice(0, index), pair.slice(index + 1));
    }
  };
  const header = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const csrf = await fetch(`${url}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: header() },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${url}/activities` }),
  });
  keep(response);
  if (![...jar.keys()].some((name) => name.includes("session-token"))) throw new Error(`Signing in as ${email} failed (HTTP ${response.status}).`);
  jar.set("ropa_org", organisationId);
  return header();
}
