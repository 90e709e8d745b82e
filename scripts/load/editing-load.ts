/**
 * Concurrent editing under load: N signed-in editors, for D milliseconds,
 * each repeatedly opening the edit page of one of a few shared activities
 * and saving it through the real server action, like the browser does.
 * Afterwards it checks what optimistic concurrency promises
 * (lib/records/versioning.ts, updateActivity in lib/activities/mutations.ts):
 *
 * - no response was a 5xx;
 * - every save was either applied (the action redirected) or reported as a
 *   conflict naming a newer version; nothing else happened;
 * - the audit trail holds exactly one event per applied save (same record,
 *   same author, the version the save produced) and no other;
 * - each record ends as its last applied save left it, and its applied saves
 *   started from consecutive versions (no save was lost or applied twice).
 *
 *   import { runEditingLoad } from "./scripts/load/editing-load";
 *   const report = await runEditingLoad({ baseUrl: "http://localhost:3000", users: 50, durationMs: 60_000 });
 *   report.ok        // every invariant held
 *
 * Options: baseUrl (the running server), users, durationMs; optional
 * activities (default 5), distDir (the server's build, default NEXT_DIST_DIR
 * or ".next": the action id comes from its manifest), databaseUrl (default
 * DATABASE_URL: the server's database, used to set up, check and clean up).
 * The organisation, users and activities it creates are deleted afterwards.
 */
import { createDb } from "../../lib/db";
import type { ActivityActionState } from "../../lib/activities/actions";
import { activityFormValues, createEditingFixture, type EditingFixture, type LoadActivity, type LoadUser } from "./editing-fixture";
import { checkEditingInvariants, type Invariant, type SaveRecord } from "./editing-invariants";
import { HttpSession } from "./http-session";
import { summarise, type LatencySummary } from "./latency";
import { findServerActionId } from "./server-action";

export type EditingLoadOptions = {
  baseUrl: string;
  users: number;
  durationMs: number;
  activities?: number;
  distDir?: string;
  databaseUrl?: string;
  /** Abort a single request after this long (counted as an error). Default 60 s. */
  requestTimeoutMs?: number;
};

export type EditingLoadReport = {
  ok: boolean;
  users: number;
  activities: number;
  /** From the first request to the last response, in ms. */
  elapsedMs: number;
  signInMs: number;
  reads: { count: number; serverErrors: number; errors: number; perSecond: number; latencyMs: LatencySummary };
  saves: {
    count: number;
    applied: number;
    conflicts: number;
    /** Returned by the action without being a conflict (e.g. a validation message). */
    refused: number;
    serverErrors: number;
    errors: number;
    perSecond: number;
    latencyMs: LatencySummary;
  };
  /** Up to ten distinct error descriptions, with how often each happened. */
  errorSamples: { message: string; count: number }[];
  invariants: Invariant[];
};

// The edit page shows "Editing version N" from the same values it hands the
// form, so N is the version the form submits (React may put a comment
// between the text and the number).
const VERSION_IN_PAGE = /Editing version (?:<!-- -->)?(\d+)/;

type Tally = { reads: number; readMs: number[]; saveMs: number[]; readErrors: number; read5xx: number; saves: SaveRecord[]; errors: Map<string, number> };

function noteError(tally: Tally, message: string) {
  tally.errors.set(message, (tally.errors.get(message) ?? 0) + 1);
}

async function signInAll(baseUrl: string, users: LoadUser[]): Promise<HttpSession[]> {
  const sessions = users.map(() => new HttpSession(baseUrl));
  // A few at a time: each sign-in costs the server an argon2 verification.
  for (let start = 0; start < users.length; start += 4) {
    await Promise.all(users.slice(start, start + 4).map((user, i) => sessions[start + i].signIn(user.email, user.password)));
  }
  return sessions;
}

async function editorLoop(
  session: HttpSession,
  user: LoadUser,
  activities: LoadActivity[],
  actionId: string,
  deadline: number,
  timeoutMs: number,
  tally: Tally,
) {
  let counter = 0;
  while (Date.now() < deadline) {
    const activity = activities[Math.floor(Math.random() * activities.length)];
    const pagePath = `/activities/${activity.id}/edit`;

    tally.reads++;
    let started = performance.now();
    let version: number;
    try {
      const page = await session.getPage(pagePath, AbortSignal.timeout(timeoutMs));
      tally.readMs.push(performance.now() - started);
      const match = page.status === 200 ? VERSION_IN_PAGE.exec(page.html) : null;
      if (!match) {
        if (page.status >= 500) tally.read5xx++;
        else tally.readErrors++;
        noteError(tally, `read: ${page.status}${page.location ? ` → ${page.location}` : ""}${page.status === 200 ? " without a version" : ""}`);
        continue;
      }
      version = Number(match[1]);
    } catch (error) {
      tally.readErrors++;
      noteError(tally, `read: ${(error as Error).message}`);
      continue;
    }

    const description = `${user.label} save ${++counter}`;
    const save: SaveRecord = { activityId: activity.id, email: user.email, fromVersion: version, description, outcome: "error" };
    started = performance.now();
    try {
      const response = await session.callAction<ActivityActionState>({
        pagePath,
        actionId,
        args: [activity.id, activityFormValues(activity, description, version)],
        signal: AbortSignal.timeout(timeoutMs),
      });
      tally.saveMs.push(performance.now() - started);
      if (response.status >= 500) {
        save.outcome = "5xx";
        noteError(tally, `save: ${response.status}`);
      } else if (response.redirect === `/activities/${activity.id}?saved=1`) {
        save.outcome = "applied";
      } else if (response.result?.conflict) {
        save.outcome = "conflict";
        save.conflictVersion = response.result.conflict.currentVersion;
      } else if (response.result) {
        save.outcome = "refused";
        noteError(tally, `save refused: ${response.result.formError ?? JSON.stringify(response.result.fieldErrors)}`);
      } else {
        noteError(tally, `save: ${response.status}${response.redirect ? ` → ${response.redirect}` : ""}${response.unrecognised ? " (unrecognised action)" : ""}`);
      }
    } catch (error) {
      noteError(tally, `save: ${(error as Error).message}`);
    }
    tally.saves.push(save);
  }
}

export async function runEditingLoad(options: EditingLoadOptions): Promise<EditingLoadReport> {
  const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("The editing load needs DATABASE_URL (the server's database) to set up and check its data.");
  const distDir = options.distDir ?? process.env.NEXT_DIST_DIR ?? ".next";
  const actionId = await findServerActionId(distDir, "lib/activities/actions.ts", "saveActivityAction");
  const db = createDb(databaseUrl);
  let fixture: EditingFixture | undefined;
  try {
    fixture = await createEditingFixture(db, { users: options.users, activities: options.activities ?? 5 });
    const { users, activities } = fixture;

    const signInStarted = performance.now();
    const sessions = await signInAll(options.baseUrl, users);
    const signInMs = performance.now() - signInStarted;

    const tally: Tally = { reads: 0, readMs: [], saveMs: [], readErrors: 0, read5xx: 0, saves: [], errors: new Map() };
    const started = performance.now();
    const deadline = Date.now() + options.durationMs;
    const timeoutMs = options.requestTimeoutMs ?? 60_000;
    await Promise.all(users.map((user, i) => editorLoop(sessions[i], user, activities, actionId, deadline, timeoutMs, tally)));
    const elapsedMs = performance.now() - started;

    const invariants = await checkEditingInvariants(db, fixture, tally.saves, tally.read5xx);
    const count = (outcome: SaveRecord["outcome"]) => tally.saves.filter((s) => s.outcome === outcome).length;
    const seconds = elapsedMs / 1000;
    return {
      ok: invariants.every((i) => i.ok),
      users: users.length,
      activities: activities.length,
      elapsedMs: Math.round(elapsedMs),
      signInMs: Math.round(signInMs),
      reads: {
        count: tally.reads,
        serverErrors: tally.read5xx,
        errors: tally.readErrors,
        perSecond: round(tally.readMs.length / seconds),
        latencyMs: summarise(tally.readMs),
      },
      saves: {
        count: tally.saves.length,
        applied: count("applied"),
        conflicts: count("conflict"),
        refused: count("refused"),
        serverErrors: count("5xx"),
        errors: count("error"),
        perSecond: round(tally.saves.length / seconds),
        latencyMs: summarise(tally.saveMs),
      },
      errorSamples: [...tally.errors].slice(0, 10).map(([message, n]) => ({ message, count: n })),
      invariants,
    };
  } finally {
    await fixture?.remove();
    await db.$disconnect();
  }
}

const round = (n: number) => Math.round(n * 10) / 10;
