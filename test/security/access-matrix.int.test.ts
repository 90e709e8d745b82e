/**
 * Runs the access matrix: every server action and route handler, for nobody
 * signed in, each role of the organisation that owns the targeted records,
 * and the owner of another organisation passing that organisation's ids.
 * Allowed calls must have had their effect; refused ones must have changed
 * nothing (the entity, and the organisation's audit trail).
 */
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDb } from "../../lib/db";
import { outcomeOf, signInAs, signOutScope } from "../support/request-scope";
import { ACCESS_MATRIX, entryName, renderAccessTable } from "./access-matrix";
import { discoverEntryPoints, findEntryModules, type EntryPoint } from "./discover";
import { CASES, type CaseContext, type CaseName, type Entry } from "./matrix-types";
import { classify, DONE } from "./outcomes";
import { auditCount, createSiblingOrganisation, createWorld, deleteWorld, dropOrganisation, type World } from "./world";

vi.mock("next/headers", async () => (await import("@/test/support/request-scope")).nextHeadersModule);
vi.mock("next/cache", async () => (await import("@/test/support/request-scope")).nextCacheModule);
vi.mock("@/lib/auth/index", async () => (await import("@/test/support/request-scope")).authModule);
// next-auth's package entry imports "next/server" in a way Node's ESM resolver refuses outside Next;
// the actions only need its error classes, which it re-exports from @auth/core.
vi.mock("next-auth", () => import("@auth/core/errors"));

const root = process.cwd();
const db = createDb(process.env.DATABASE_URL!);
let world: World;
let entryPoints: Map<string, EntryPoint>;

beforeAll(async () => {
  [world, entryPoints] = await Promise.all([createWorld(db), discoverEntryPoints(root)]);
});

afterAll(async () => {
  if (world) await deleteWorld(world);
  await db.$disconnect();
});

async function contextFor(entry: Entry, name: CaseName): Promise<CaseContext> {
  const target = entry.freshOrganisation ? await createSiblingOrganisation(world) : world.organisation;
  const member = name === "anonymous" || name === "foreign" ? null : world.members[name];
  const caller = name === "foreign" ? world.foreign.user : member;
  const callerOrganisation = name === "foreign" ? world.foreign.organisation : member ? target : null;
  if (caller && callerOrganisation) {
    // Changing a password ends earlier sessions: sign in with the current session version.
    const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: caller.id }, select: { sessionVersion: true } });
    signInAs({ id: caller.id, sessionVersion }, callerOrganisation.id);
  } else {
    signOutScope();
  }
  return { ...world, case: name, target, caller, callerOrganisation, author: member ?? world.members.OWNER };
}

/** Runs one case; returns what went differently from the matrix, if anything. */
async function runCase(entry: Entry, run: EntryPoint["run"], name: CaseName): Promise<string[]> {
  const ctx = await contextFor(entry, name);
  try {
    const call = await entry.build!(ctx);
    const auditBefore = await auditCount(db, ctx.target.id);
    const outcome = await outcomeOf(() => run(...call.args));
    const { kind, detail } = classify(outcome);
    const expected = entry.expect[name];
    const problems: string[] = [];
    if (kind !== expected) problems.push(`${name}: expected ${expected}, got ${kind} (${detail.slice(0, 400)})`);
    const allowed = DONE.includes(expected);
    if (call.happened) {
      // The outsider must never change the target organisation, unless the entry has a scope (caller alone, public, token).
      const shouldHappen = allowed && (name !== "foreign" || entry.scope !== undefined);
      if ((await call.happened(outcome)) !== shouldHappen) problems.push(`${name}: the effect ${shouldHappen ? "did not happen" : "happened"}`);
    }
    const auditKept = !allowed || (name === "foreign" && entry.scope !== "token");
    if (auditKept && (await auditCount(db, ctx.target.id)) !== auditBefore) problems.push(`${name}: the organisation's audit trail changed`);
    return problems;
  } finally {
    if (entry.freshOrganisation) await dropOrganisation(db, ctx.target.id);
  }
}

describe("access matrix", () => {
  it("names every server action and route handler, and nothing that is gone", async () => {
    const named = new Set(ACCESS_MATRIX.map((entry) => entry.target));
    const missing = [...entryPoints.keys()].filter((key) => !named.has(key));
    const gone = [...named].filter((key) => !entryPoints.has(key));
    expect(
      missing,
      `Add an entry to the access matrix (test/security/matrix-*.ts) for each of these: minimum role, expected outcome per case, a builder and its effect check:\n  ${missing.join("\n  ")}\n`,
    ).toEqual([]);
    expect(gone, `These matrix entries name entry points that no longer exist; remove or rename them:\n  ${gone.join("\n  ")}\n`).toEqual([]);
    const { inline } = await findEntryModules(root);
    expect(inline, `Server actions defined inside a function escape this check; move them to a module that starts with "use server":\n  ${inline.join("\n  ")}\n`).toEqual([]);
  });

  it("is what docs/security.md shows under “Who may do what”", async () => {
    const file = path.join(root, "docs/security.md");
    const text = existsSync(file) ? await readFile(file, "utf8") : "";
    const section = /^## Who may do what\n[\s\S]*?(?=^## |(?![\s\S]))/m;
    const table = renderAccessTable();
    if (process.env.UPDATE_SECURITY_DOC === "1") {
      await writeFile(file, section.test(text) ? text.replace(section, table) : `${text ? `${text.trimEnd()}\n\n` : "# Security\n\n"}${table}`);
    }
    expect((await readFile(file, "utf8").catch(() => "")).match(section)?.[0], "Run this test with UPDATE_SECURITY_DOC=1 to update docs/security.md").toBe(table);
  });

  it("grants nothing for an organisation cookie naming someone else's organisation", async () => {
    const activity = await db.processingActivity.create({ data: { organisationId: world.organisation.id, reference: world.unique("FORGED"), name: "Forged" } });
    const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: world.foreign.user.id }, select: { sessionVersion: true } });
    signInAs({ id: world.foreign.user.id, sessionVersion }, world.organisation.id);
    const retire = entryPoints.get("lib/activities/actions.ts#retireActivityAction")!.run;
    expect(classify(await outcomeOf(() => retire(activity.id, activity.version))).kind).toBe("not-found");
    expect((await db.processingActivity.findUniqueOrThrow({ where: { id: activity.id } })).status).not.toBe("RETIRED");
  });

  for (const entry of ACCESS_MATRIX) {
    if (entry.coveredBy) {
      it(`${entryName(entry)} is covered by ${entry.coveredBy}`, () => {
        expect(existsSync(path.join(root, entry.coveredBy!))).toBe(true);
      });
      continue;
    }
    it(entryName(entry), async () => {
      const run = entryPoints.get(entry.target)?.run;
      expect(run, `${entry.target} was not found`).toBeTypeOf("function");
      const problems: string[] = [];
      for (const name of CASES) problems.push(...(await runCase(entry, run!, name)));
      expect(problems).toEqual([]);
    });
  }
});
