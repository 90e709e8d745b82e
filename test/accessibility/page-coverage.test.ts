import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DASHBOARD_PAGES, PUBLIC_PAGES } from "../../e2e/accessibility-pages";

const appDir = path.resolve(import.meta.dirname, "../../app");

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full) : [full];
  });
}

/** "app/(dashboard)/activities/[id]/page.tsx" → "/activities/[id]": route groups are not part of the address. */
function routeOf(file: string): string {
  const segments = path.relative(appDir, path.dirname(file)).split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

const pages = files(appDir).filter((file) => path.basename(file) === "page.tsx").map(routeOf);
// The published policy pages are HTML written by route handlers; the JSON ones are not pages.
const publicPages = files(path.join(appDir, "(public)"))
  .filter((file) => path.basename(file) === "route.ts")
  .map(routeOf)
  .filter((route) => !route.endsWith("/json"));

describe("the accessibility spec's list of pages", () => {
  it("covers every page.tsx under app/", () => {
    expect(pages.length).toBeGreaterThan(30);
    const listed = new Set(DASHBOARD_PAGES.map((entry) => entry.route));
    expect(pages.filter((route) => !listed.has(route)), "pages missing from e2e/accessibility-pages.ts").toEqual([]);
  });

  it("covers every public HTML route", () => {
    const listed = new Set(PUBLIC_PAGES.map((entry) => entry.route));
    expect(publicPages.filter((route) => !listed.has(route)), "public pages missing from e2e/accessibility-pages.ts").toEqual([]);
  });

  it("lists no page that no longer exists", () => {
    const existing = new Set([...pages, ...publicPages]);
    const listed = [...DASHBOARD_PAGES, ...PUBLIC_PAGES].map((entry) => entry.route);
    expect(listed.filter((route) => !existing.has(route))).toEqual([]);
  });
});
