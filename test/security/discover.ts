/**
 * Finds every entry point a browser can call: each module under lib/ and
 * app/ whose first statement is the "use server" directive (its exported
 * functions are server actions, callable by anyone who can send a POST), and
 * each app/**\/route.ts with its exported HTTP method handlers. The access
 * matrix must name every one of them; this is the list it is compared with.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** An entry point, named "<file>#<export>" with the file relative to the project root. */
export type EntryPoint = { key: string; file: string; name: string; kind: "action" | "route"; run: (...args: unknown[]) => unknown };

const SKIP = new Set(["node_modules", ".next", ".git"]);
const SOURCE = /\.(ts|tsx)$/;
const TEST = /\.test\.tsx?$/;

async function* walk(root: string, dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(path.join(root, dir), { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(root, relative);
    else if (SOURCE.test(entry.name) && !TEST.test(entry.name)) yield relative;
  }
}

// Leading whitespace and comments, then the directive: a string literal statement of its own.
const USE_SERVER_FIRST = /^(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*(["'])use server\1[ \t]*(?:;|\r?\n|\/[/*]|$)/;

const USE_SERVER_ANYWHERE = /^\s*(["'])use server\1/m;

/** True when the module's first statement is the "use server" directive (comments before it do not count). */
function startsWithUseServer(text: string): boolean {
  return USE_SERVER_FIRST.test(text);
}

/**
 * The "use server" modules and route handler modules, as paths relative to
 * the root; and the modules that say "use server" anywhere else (an action
 * defined inside a function), which this discovery cannot list.
 */
export async function findEntryModules(root: string): Promise<{ actions: string[]; routes: string[]; inline: string[] }> {
  const actions: string[] = [];
  const routes: string[] = [];
  const inline: string[] = [];
  for (const top of ["lib", "app", "components"]) {
    for await (const file of walk(root, top)) {
      const text = await readFile(path.join(root, file), "utf8");
      if (top === "app" && /(^|\/)route\.ts$/.test(file)) routes.push(file);
      else if (top !== "components" && startsWithUseServer(text)) actions.push(file);
      else if (USE_SERVER_ANYWHERE.test(text)) inline.push(file);
    }
  }
  return { actions: actions.sort(), routes: routes.sort(), inline: inline.sort() };
}

/**
 * Imports each module and lists its callable exports: every exported function
 * of a "use server" module (types vanish at run time), and every exported
 * HTTP method of a route module.
 */
export async function discoverEntryPoints(root: string): Promise<Map<string, EntryPoint>> {
  const { actions, routes } = await findEntryModules(root);
  const found = new Map<string, EntryPoint>();
  const add = (file: string, name: string, kind: EntryPoint["kind"], run: unknown) => {
    if (typeof run === "function") found.set(`${file}#${name}`, { key: `${file}#${name}`, file, name, kind, run: run as EntryPoint["run"] });
  };
  for (const file of actions) {
    const exports = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) add(file, name, "action", value);
  }
  for (const file of routes) {
    const exports = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
    for (const method of HTTP_METHODS) add(file, method, "route", exports[method]);
  }
  return found;
}
