/**
 * requireMember(minRole): the check every page, server action and route
 * handler starts with. It resolves the signed-in user, refuses disabled users
 * and sessions issued before a password change, picks the current
 * organisation (cookie, else the first membership) and enforces the role.
 */
import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { forbidden, redirect, unauthorized } from "next/navigation";
import type { Role } from "@prisma/client";
import { db } from "../db";
import { rethrowDatabaseUnavailable } from "../forms/database-outage";
import { auth } from "./index";
import { hasRole } from "./roles";
import { ORG_COOKIE } from "@/lib/organisation/cookie";

export type MembershipSummary = { organisationId: string; slug: string; legalName: string; role: Role };

export type Member = {
  user: { id: string; email: string; name: string };
  organisation: { id: string; slug: string; legalName: string };
  role: Role;
  memberships: MembershipSummary[];
};

/** The signed-in member, or null when there is no valid session. */
export const currentMember = cache(async (): Promise<Member | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const sessionVersion = (session as { sessionVersion?: number }).sessionVersion;
  // Every page and action starts here: an outage is marked so that error.tsx can say "temporarily unavailable".
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      disabled: true,
      sessionVersion: true,
      memberships: {
        orderBy: { createdAt: "asc" },
        select: { role: true, organisation: { select: { id: true, slug: true, legalName: true } } },
      },
    },
  }).catch(rethrowDatabaseUnavailable);
  if (!user || user.disabled || user.sessionVersion !== sessionVersion) return null;

  const memberships = user.memberships
    .map((m) => ({ organisationId: m.organisation.id, slug: m.organisation.slug, legalName: m.organisation.legalName, role: m.role }))
    .sort((a, b) => a.legalName.localeCompare(b.legalName));
  if (memberships.length === 0) return null;

  const chosen = (await cookies()).get(ORG_COOKIE)?.value;
  const current =
    memberships.find((m) => m.organisationId === chosen) ??
    memberships.find((m) => m.organisationId === user.memberships[0].organisation.id)!;
  return {
    user: { id: user.id, email: user.email, name: user.name },
    organisation: { id: current.organisationId, slug: current.slug, legalName: current.legalName },
    role: current.role,
    memberships,
  };
});

/** For pages and route handlers: redirects to the login page, or answers 403. */
export async function requireMember(minRole: Role = "VIEWER"): Promise<Member> {
  const member = await currentMember();
  if (!member) redirect("/login");
  if (!hasRole(member.role, minRole)) forbidden();
  return member;
}

/**
 * For server actions. A refusal is an expected outcome, not a failure: the
 * action answers 401 (no valid session) or 403 (role too low), the browser
 * shows unauthorized.tsx or forbidden.tsx, and the log gets one line at info
 * level without a stack. (Thrown as an ordinary error, it showed an error
 * reference and logged a stack trace as if something had broken.)
 */
export async function requireMemberForAction(minRole: Role = "VIEWER"): Promise<Member> {
  const member = await currentMember();
  if (!member) {
    console.info("Refused a server action: no valid session (401).");
    unauthorized();
  }
  if (!hasRole(member.role, minRole)) {
    console.info(`Refused a server action: user ${member.user.id} is ${member.role} in organisation ${member.organisation.id}, ${minRole} needed (403).`);
    forbidden();
  }
  return member;
}
