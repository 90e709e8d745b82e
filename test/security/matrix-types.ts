/**
 * The shape of the access matrix: one entry per server action or route
 * handler (several when one entry point has distinct cases), stating who may
 * call it and what everyone else gets.
 */
import type { Role } from "@prisma/client";
import { hasRole, roles } from "@/lib/auth/roles";
import type { Outcome } from "@/test/support/request-scope";
import type { OutcomeKind } from "./outcomes";
import type { TestOrganisation, TestUser, World } from "./world";

/** Who calls: nobody signed in, a member of each role of the target organisation, the owner of another one. */
export const CASES = ["anonymous", "VIEWER", "EDITOR", "DPO", "OWNER", "foreign"] as const;
export type CaseName = (typeof CASES)[number];

export type CaseContext = World & {
  case: CaseName;
  /** The organisation that owns the entities the call targets. */
  target: TestOrganisation;
  /** The signed-in user, or null for the anonymous case. */
  caller: TestUser | null;
  /** The caller's current organisation (the foreign owner's is their own). */
  callerOrganisation: TestOrganisation | null;
  /** A member of the target organisation to author what the call needs: the caller when they are one, else its owner. */
  author: TestUser;
};

/**
 * One prepared call: its arguments, and how to tell whether it had its effect
 * on the target organisation (a read "happens" when it disclosed the record).
 * Without a check, only the outcome and the unchanged audit trail are tested.
 */
type Call = { args: unknown[]; happened?: (outcome: Outcome) => Promise<boolean> };

export type Entry = {
  /** "<file>#<export>", as discover.ts names entry points. */
  target: string;
  /** Distinguishes several entries of one entry point. */
  scenario?: string;
  /** What the call does, in a few words (the table's first column). */
  does: string;
  minRole: Role | "public";
  expect: Record<CaseName, OutcomeKind>;
  note?: string;
  /**
   * Where the foreign case may have the effect too: "caller" acts on the
   * caller alone (their session, password, preferences), "public" is open to
   * everyone, "token" is decided by a link's token or the credentials, not the
   * session (and may change the target organisation).
   */
  scope?: "caller" | "public" | "token";
  /** Each case gets a new organisation in which the same people hold the same roles. */
  freshOrganisation?: boolean;
  /** False for a case that is run but summed up by another row's note in docs/security.md. */
  inTable?: boolean;
  /** Where the entry point is tested instead, when it cannot run here. */
  coveredBy?: string;
  build?: (ctx: CaseContext) => Promise<Call>;
};

type RoleRule = {
  min: Role;
  /** What members at or above the minimum role get. */
  done: OutcomeKind;
  /** What members below it get (the guard's 403 unless stated). */
  below?: OutcomeKind;
  anonymous?: OutcomeKind;
  /** What the owner of another organisation gets when passing the target organisation's ids. */
  foreign: OutcomeKind;
};

/** The expected outcome of every case from the minimum role. */
export function byRole(rule: RoleRule): Pick<Entry, "minRole" | "expect"> {
  const expect = { anonymous: rule.anonymous ?? "forbidden", foreign: rule.foreign } as Record<CaseName, OutcomeKind>;
  for (const role of roles) expect[role] = hasRole(role, rule.min) ? rule.done : (rule.below ?? "forbidden");
  return { minRole: rule.min, expect };
}

/** The same outcome for everyone: public pages and actions. */
export function everyone(kind: OutcomeKind): Pick<Entry, "minRole" | "expect"> {
  return { minRole: "public", expect: Object.fromEntries(CASES.map((c) => [c, kind])) as Record<CaseName, OutcomeKind> };
}

export const entryName = (entry: Pick<Entry, "target" | "scenario">) => (entry.scenario ? `${entry.target} (${entry.scenario})` : entry.target);
