/**
 * The property every server action must hold, whatever it is sent: the user
 * never gets an unhandled error (a 500), a refusal carries a message and
 * leaves the organisation's data exactly as it was, and a success writes only
 * the tables it should, with its audit events. Used by the
 * *.property.int.test.ts files, which call the actions through the request
 * scope (request-scope.ts) against the real database.
 */
import fc from "fast-check";
import { expect } from "vitest";
import { upsertCountries } from "../../lib/catalogues/countries";
import { createDefaultCatalogues } from "../../lib/catalogues/defaults";
import type { Db } from "../../lib/db";
import { hashPassword } from "../../lib/auth/password";
import { deleteOrganisation } from "./delete-organisation";
import { changes, fingerprint, type Fingerprint } from "./fingerprint";
import { outcomeOf, signInAs, signOutScope, type Outcome } from "./request-scope";

export const OWNER_PASSWORD = "correct horse battery staple";

export type Fixture = {
  org: { id: string; slug: string };
  owner: { id: string; email: string };
  editor: { id: string; email: string; membershipId: string };
};

/** A new organisation with the default catalogues, its owner (a real password) and an editor. */
export async function createFixture(db: Db, label: string): Promise<Fixture> {
  const id = crypto.randomUUID().slice(0, 8);
  await upsertCountries(db);
  const org = await db.organisation.create({ data: { slug: `${label}-${id}`, legalName: `${label} ${id} AG` }, select: { id: true, slug: true } });
  await db.$transaction((tx) => createDefaultCatalogues(tx, org.id));
  const owner = await db.user.create({
    data: { email: `owner-${id}@${label}.example`, name: "Owner", passwordHash: await hashPassword(OWNER_PASSWORD), memberships: { create: { organisationId: org.id, role: "OWNER" } } },
    select: { id: true, email: true },
  });
  const editor = await db.user.create({
    data: { email: `editor-${id}@${label}.example`, name: "Editor", passwordHash: "x", memberships: { create: { organisationId: org.id, role: "EDITOR" } } },
    select: { id: true, email: true, memberships: { select: { id: true } } },
  });
  return { org, owner, editor: { id: editor.id, email: editor.email, membershipId: editor.memberships[0].id } };
}

/** Removes the fixture's organisation, every organisation its owner created meanwhile, and its users. */
export async function removeFixture(db: Db, fixture: Fixture) {
  const owned = await db.membership.findMany({ where: { userId: fixture.owner.id }, select: { organisationId: true } });
  const ids = new Set([fixture.org.id, ...owned.map((m) => m.organisationId)]);
  for (const organisationId of ids) await db.$transaction((tx) => deleteOrganisation(tx, organisationId));
  await db.user.deleteMany({ where: { id: { in: [fixture.owner.id, fixture.editor.id] } } });
}

export type ActionSpec = {
  /** Calls the action with the generated arguments. */
  call: (args: unknown[]) => Promise<unknown>;
  args: fc.Arbitrary<unknown[]>;
  /** Calls it signed out (sign-in, accepting an invitation). */
  anonymous?: boolean;
  /** Only reads: no outcome may change anything. */
  readOnly?: boolean;
  /** The tables a success may change, and how many audit events it writes ("some": at least one). */
  writes?: { tables: string[]; audit: number | "some" };
  /** An error that is not the action's: Auth.js' sign-in, which the end-to-end tests exercise. */
  reachedSignIn?: (outcome: Outcome) => boolean;
  runs?: number;
};

function messageOf(value: unknown): string | null {
  if (typeof value !== "object" || value === null) return null;
  const state = value as { formError?: unknown; message?: unknown; fieldErrors?: Record<string, unknown> };
  // A stale save answers with the conflict itself (who changed what), which the form shows in full.
  if ((value as { conflict?: { changedBy?: unknown } }).conflict?.changedBy) return "conflict";
  const candidates = [state.formError, state.message, ...Object.values(state.fieldErrors ?? {})];
  return (candidates.find((text) => typeof text === "string" && text.trim() !== "") as string | undefined) ?? null;
}

/** For failure messages: any value as JSON, BigInts and cycles included. */
function show(value: unknown): string {
  const seen = new WeakSet<object>();
  try {
    return JSON.stringify(value, (_key, item) => {
      if (typeof item === "bigint") return `${item}n`;
      if (typeof item === "object" && item !== null) {
        if (seen.has(item)) return "[cycle]";
        seen.add(item);
      }
      return item;
    })?.slice(0, 300) ?? String(value);
  } catch {
    return "[unprintable]";
  }
}

function describeThrown(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message.slice(0, 300)}` : String(error);
}

/** Runs the property; returns the number of values tried. */
export async function checkAction(db: Db, fixture: Fixture, spec: ActionSpec): Promise<number> {
  const runs = spec.runs ?? 100;
  const kinds: Record<string, number> = {};
  const writes = spec.writes ?? { tables: [], audit: 0 };
  await fc.assert(
    fc.asyncProperty(spec.args, async (args) => {
      const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: fixture.owner.id }, select: { sessionVersion: true } });
      if (spec.anonymous) signOutScope();
      else signInAs({ id: fixture.owner.id, sessionVersion }, fixture.org.id);
      const before: Fingerprint = await fingerprint(db, fixture.org.id, fixture.owner.id);
      const outcome = await outcomeOf(() => spec.call(args));
      const changed = changes(before, await fingerprint(db, fixture.org.id, fixture.owner.id));
      const signIn = spec.reachedSignIn?.(outcome) ?? false;
      const kind = outcome.kind === "returned" ? `returned ok:${String((outcome.value as { ok?: unknown } | null)?.ok ?? "-")}` : outcome.kind;
      kinds[kind] = (kinds[kind] ?? 0) + 1;
      if (outcome.kind === "thrown" && !signIn) expect.fail(`The action threw (a 500 for the user): ${describeThrown(outcome.error)}`);

      const succeeded = signIn || outcome.kind === "redirect" || (outcome.kind === "returned" && (outcome.value as { ok?: unknown } | null)?.ok === true);
      if (spec.readOnly) {
        expect(changed, "a read-only action changed data").toEqual({});
      } else if (succeeded) {
        const { AuditEvent: audits = 0, ...tables } = changed;
        for (const table of Object.keys(tables)) expect(writes.tables, `a success changed ${table}`).toContain(table);
        if (writes.audit === "some") expect(audits > 0 || Object.keys(tables).length === 0, "a write without its audit event").toBe(true);
        else if (Object.keys(tables).length > 0 || writes.audit === 0) expect(audits, "the audit events of a success").toBe(writes.audit);
      } else {
        expect(changed, `a refusal changed data (${show(outcome)})`).toEqual({});
        if (outcome.kind === "returned") expect(messageOf(outcome.value), `a refusal without a message: ${show(outcome.value)}`).not.toBeNull();
      }
    }),
    // Each run goes to the database: a failure is reported unshrunk rather than after minutes of shrinking.
    { numRuns: runs, endOnFailure: true },
  );
  // Which outcomes the generated values reached (refusals, successes, redirects), for the run's report.
  console.info(`${/\.(\w+Action)\(/.exec(String(spec.call))?.[1] ?? "action"}: ${runs} values → ${JSON.stringify(kinds)}`);
  return runs;
}

/** An id argument: the real one, another string, or anything at all. */
export function idArg(...real: string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...real), weight: 3 },
    { arbitrary: fc.oneof(fc.string({ maxLength: 40 }), fc.uuid()), weight: 1 },
    { arbitrary: fc.anything({ maxDepth: 2 }), weight: 1 },
  );
}
