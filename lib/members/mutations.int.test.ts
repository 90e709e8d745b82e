import { allInEnglish } from "@/test/support/in-english";
import { message } from "@/lib/i18n/message";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { db } from "../db";
import { hashPassword, verifyPassword } from "../auth/password";
import { createDefaultCatalogues } from "../catalogues/defaults";
import { deleteOrganisation } from "../../test/support/delete-organisation";
import { acceptInvitation } from "./accept";
import type { Actor } from "../mutations/actor";
import { changeMemberRole, inviteMember, removeMember, revokeInvitation } from "./mutations";
import { hashInvitationToken } from "./tokens";

const organisations: string[] = [];
const users: string[] = [];
const unique = () => crypto.randomUUID().slice(0, 8);

async function makeOrganisation() {
  const organisation = await db.organisation.create({ data: { slug: `members-${crypto.randomUUID()}`, legalName: `Members ${unique()} Ltd` } });
  await db.$transaction((tx) => createDefaultCatalogues(tx, organisation.id));
  organisations.push(organisation.id);
  return organisation;
}

const PASSWORD = "a-long-password-2026";
let passwordHash: string;

async function makeMember(organisationId: string, role: Role): Promise<Actor & { membershipId: string }> {
  const email = `${role.toLowerCase()}-${unique()}@members.example`;
  const user = await db.user.create({
    data: { email, name: `${role} ${email.slice(0, 12)}`, passwordHash, memberships: { create: { organisationId, role } } },
    select: { id: true, email: true, memberships: { select: { id: true } } },
  });
  users.push(user.id);
  return { user: { id: user.id, email: user.email }, organisation: { id: organisationId }, role, membershipId: user.memberships[0].id };
}

const events = (organisationId: string, entityType: string) =>
  db.auditEvent.findMany({ where: { organisationId, entityType }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});

afterAll(async () => {
  for (const id of organisations) await db.$transaction((tx) => deleteOrganisation(tx, id));
  await db.user.deleteMany({ where: { id: { in: users } } });
  await db.user.deleteMany({ where: { email: { endsWith: "@invited.example" } } });
  await db.$disconnect();
});

describe("inviting", () => {
  it("stores only the token's hash, valid for 7 days, and audits it", async () => {
    const org = await makeOrganisation();
    const owner = await makeMember(org.id, "OWNER");
    const now = new Date();
    const result = await inviteMember(owner, { email: " Ada@Invited.example ", role: "EDITOR" }, now);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const stored = await db.invitation.findUniqueOrThrow({ where: { id: result.invitation.id } });
    expect(stored.email).toBe("ada@invited.example");
    expect(stored.tokenHash).toBe(hashInvitationToken(result.invitation.token));
    expect(JSON.stringify(stored)).not.toContain(result.invitation.token);
    expect(stored.expiresAt.getTime() - now.getTime()).toBe(7 * 24 * 60 * 60 * 1000);
    const [event] = await events(org.id, "Invitation");
    expect(event).toMatchObject({ action: "CREATE", entityId: stored.id, actorId: owner.user.id });
    expect(JSON.stringify(event.after)).not.toContain(result.invitation.token);
  });

  it("refuses non-owners, existing members and a bad address, writing nothing", async () => {
    const org = await makeOrganisation();
    const owner = await makeMember(org.id, "OWNER");
    const dpo = await makeMember(org.id, "DPO");
    expect(allInEnglish(await inviteMember(dpo, { email: "x@invited.example", role: "VIEWER" }))).toMatchObject({ ok: false, kind: "refused", formError: expect.stringMatching(/owners/) });
    expect(await inviteMember(owner, { email: dpo.user.email, role: "VIEWER" })).toMatchObject({ ok: false, fieldErrors: { email: message("members.errors.alreadyMember", { email: dpo.user.email }) } });
    expect(await inviteMember(owner, { email: "not-an-address", role: "VIEWER" })).toMatchObject({ ok: false, fieldErrors: { email: expect.any(String) } });
    expect(await inviteMember(owner, { email: "y@invited.example", role: "GOD" })).toMatchObject({ ok: false, fieldErrors: { role: expect.any(String) } });
    expect(await db.invitation.count({ where: { organisationId: org.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { organisationId: org.id } })).toBe(0);
  });

  it("replaces an earlier open link for the same address", async () => {
    const org = await makeOrganisation();
    const owner = await makeMember(org.id, "OWNER");
    const first = await inviteMember(owner, { email: "twice@invited.example", role: "VIEWER" });
    const second = await inviteMember(owner, { email: "twice@invited.example", role: "EDITOR" });
    if (!first.ok || !second.ok) throw new Error("invitations failed");
    const result = await acceptInvitation({ kind: "new", token: first.invitation.token, name: "Twice", password: PASSWORD, confirmPassword: PASSWORD });
    expect(allInEnglish(result)).toMatchObject({ ok: false, formError: expect.stringMatching(/withdrawn/) });
  });
});

describe("accepting", () => {
  it("creates the account and the membership for a new address, once", async () => {
    const org = await makeOrganisation();
    const owner = await makeMember(org.id, "OWNER");
    const email = `new-${unique()}@invited.example`;
    const invited = await inviteMember(owner, { email, role: "EDITOR" });
    if (!invited.ok) throw new Error("invitation failed");
    const input = { kind: "new", token: invited.invitation.token, name: "Grace Hopper", password: PASSWORD, confirmPassword: PASSWORD };

    const result = await acceptInvitation(input);
    expect(result).toMatchObject({ ok: true, email, organisationId: org.id, createdUser: true });
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
    expect(user.name).toBe("Grace Hopper");
    expect(await verifyPassword(user.passwordHash, PASSWORD)).toBe(true);
    expect(user.memberships).toMatchObject([{ organisationId: org.id, role: "EDITOR" }]);
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invited.invitation.id } })).acceptedAt).not.toBeNull();
    expect((await events(org.id, "Membership")).map((e) => [e.action, e.actorId])).toEqual([["CREATE", user.id]]);
    expect((await events(org.id, "Invitation")).map((e) => e.action)).toEqual(["CREATE", "ACCEPT"]);

    // A second use of the same link.
    const again = await acceptInvitation({ ...input, kind: "existing" });
    expect(allInEnglish(again)).toMatchObject({ ok: false, formError: expect.stringMatching(/already been used/) });
    expect(await db.membership.count({ where: { organisationId: org.id } })).toBe(2);
    expect(await db.auditEvent.count({ where: { organisationId: org.id } })).toBe(3);
  });

  it("asks an existing user for their current password and adds the membership", async () => {
    const [org, other] = [await makeOrganisation(), await makeOrganisation()];
    const owner = await makeMember(org.id, "OWNER");
    const existing = await makeMember(other.id, "OWNER");
    const invited = await inviteMember(owner, { email: existing.user.email, role: "VIEWER" });
    if (!invited.ok) throw new Error("invitation failed");

    const wrong = await acceptInvitation({ kind: "existing", token: invited.invitation.token, password: "not-the-password" });
    expect(allInEnglish(wrong)).toMatchObject({ ok: false, fieldErrors: { password: expect.stringMatching(/not the current password/) } });
    expect(await db.membership.count({ where: { organisationId: org.id } })).toBe(1);

    const asNew = await acceptInvitation({ kind: "new", token: invited.invitation.token, name: "Impostor", password: PASSWORD, confirmPassword: PASSWORD });
    expect(asNew).toMatchObject({ ok: false });
    const right = await acceptInvitation({ kind: "existing", token: invited.invitation.token, password: PASSWORD });
    expect(right).toMatchObject({ ok: true, userId: existing.user.id, createdUser: false });
    const memberships = await db.membership.findMany({ where: { userId: existing.user.id }, select: { organisationId: true, role: true } });
    expect(memberships).toEqual(expect.arrayContaining([{ organisationId: org.id, role: "VIEWER" }, { organisationId: other.id, role: "OWNER" }]));
  });

  it("answers a guess that the address has an account exactly like a wrong password", async () => {
    // Regression: an owner could open their own invitation link and learn whether
    // any address had an account on this server ("this invitation is for a new account").
    const org = await makeOrganisation();
    const owner = await makeMember(org.id, "OWNER");
    const existing = await makeMember((await makeOrganisation()).id, "VIEWER");
    const fresh = `fresh-${unique()}@invited.example`;
    const toExisting = await inviteMember(owner, { email: existing.user.email, role: "VIEWER" });
    const toFresh = await inviteMember(owner, { email: fresh, role: "VIEWER" });
    if (!toExisting.ok || !toFresh.ok) throw new Error("invitations failed");

    const guess = (token: string) => acceptInvitation({ kind: "existing", token, password: "a-guessed-password" });
    const [withAccount, withoutAccount] = [await guess(toExisting.invitation.token), await guess(toFresh.invitation.token)];
    const shape = (result: unknown, email: string) => JSON.stringify(result).replaceAll(email, "<invited>");
    expect(shape(withoutAccount, fresh)).toBe(shape(withAccount, existing.user.email));
    expect(allInEnglish(withoutAccount)).toMatchObject({ ok: false, fieldErrors: { password: expect.stringMatching(/not the current password/) } });
    expect(await db.user.count({ where: { email: fresh } })).toBe(0);
    expect(await db.membership.count({ where: { organisationId: org.id } })).toBe(1);
  });

  it("refuses expired, revoked and unknown links, writing nothing", async () => {
    const org = await makeOrganisation();
    const owner = await makeMember(org.id, "OWNER");
    const long = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000);
    const expired = await inviteMember(owner, { email: `late-${unique()}@invited.example`, role: "VIEWER" }, long);
    const revoked = await inviteMember(owner, { email: `gone-${unique()}@invited.example`, role: "VIEWER" });
    if (!expired.ok || !revoked.ok) throw new Error("invitations failed");
    expect(await revokeInvitation(owner, { invitationId: revoked.invitation.id })).toEqual({ ok: true });
    const before = await db.auditEvent.count({ where: { organisationId: org.id } });
    const answer = (token: string) => ({ kind: "new", token, name: "Late", password: PASSWORD, confirmPassword: PASSWORD });

    expect(allInEnglish(await acceptInvitation(answer(expired.invitation.token)))).toMatchObject({ ok: false, formError: expect.stringMatching(/expired/) });
    expect(allInEnglish(await acceptInvitation(answer(revoked.invitation.token)))).toMatchObject({ ok: false, formError: expect.stringMatching(/withdrawn/) });
    expect(allInEnglish(await acceptInvitation(answer("A".repeat(43))))).toMatchObject({ ok: false, formError: expect.stringMatching(/not valid/) });
    expect(allInEnglish(await acceptInvitation(answer("short")))).toMatchObject({ ok: false, formError: expect.stringMatching(/not valid/) });
    expect(await db.membership.count({ where: { organisationId: org.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { organisationId: org.id } })).toBe(before);
    expect(await db.user.count({ where: { email: { in: [expired.invitation.email, revoked.invitation.email] } } })).toBe(0);
  });

  it("lets only one of two simultaneous uses of a link through", async () => {
    const org = await makeOrganisation();
    const owner = await makeMember(org.id, "OWNER");
    const existing = await makeMember((await makeOrganisation()).id, "VIEWER");
    const invited = await inviteMember(owner, { email: existing.user.email, role: "EDITOR" });
    if (!invited.ok) throw new Error("invitation failed");
    const input = { kind: "existing", token: invited.invitation.token, password: PASSWORD };
    const results = await Promise.all([acceptInvitation(input), acceptInvitation(input)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await db.membership.count({ where: { organisationId: org.id } })).toBe(2);
    expect(await db.auditEvent.count({ where: { organisationId: org.id, entityType: "Membership" } })).toBe(1);
  });
});

describe("roles and removal", () => {
  it("changes a role and audits before and after", async () => {
    const org = await makeOrganisation();
    const owner = await makeMember(org.id, "OWNER");
    const editor = await makeMember(org.id, "EDITOR");
    expect(await changeMemberRole(owner, { membershipId: editor.membershipId, role: "VIEWER" })).toEqual({ ok: true, role: "VIEWER" });
    expect((await db.membership.findUniqueOrThrow({ where: { id: editor.membershipId } })).role).toBe("VIEWER");
    const [event] = await events(org.id, "Membership");
    expect(event).toMatchObject({ action: "UPDATE", entityId: editor.membershipId, before: { role: "EDITOR", email: editor.user.email }, after: { role: "VIEWER" } });
  });

  it("never leaves the organisation without an owner", async () => {
    const org = await makeOrganisation();
    const owner = await makeMember(org.id, "OWNER");
    expect(allInEnglish(await changeMemberRole(owner, { membershipId: owner.membershipId, role: "DPO" }))).toMatchObject({ ok: false, formError: expect.stringMatching(/only owner/) });
    expect(allInEnglish(await removeMember(owner, { membershipId: owner.membershipId }))).toMatchObject({ ok: false, formError: expect.stringMatching(/only owner/) });
    expect((await db.membership.findUniqueOrThrow({ where: { id: owner.membershipId } })).role).toBe("OWNER");

    // With a second owner, either may step down, but not both at the same moment.
    const second = await makeMember(org.id, "OWNER");
    const results = await Promise.all([
      changeMemberRole(owner, { membershipId: second.membershipId, role: "VIEWER" }),
      changeMemberRole(second, { membershipId: owner.membershipId, role: "VIEWER" }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await db.membership.count({ where: { organisationId: org.id, role: "OWNER" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { organisationId: org.id, entityType: "Membership" } })).toBe(1);
  });

  it("removes a member, audits it, and the user keeps their other organisations", async () => {
    const [org, other] = [await makeOrganisation(), await makeOrganisation()];
    const owner = await makeMember(org.id, "OWNER");
    const dpo = await makeMember(org.id, "DPO");
    await db.membership.create({ data: { userId: dpo.user.id, organisationId: other.id, role: "OWNER" } });
    expect(await removeMember(owner, { membershipId: dpo.membershipId })).toEqual({ ok: true, email: dpo.user.email });
    expect(await db.membership.findMany({ where: { userId: dpo.user.id }, select: { organisationId: true } })).toEqual([{ organisationId: other.id }]);
    const [event] = await events(org.id, "Membership");
    expect(event).toMatchObject({ action: "DELETE", before: { email: dpo.user.email, role: "DPO" }, after: null });
  });

  it("treats another organisation's membership or invitation as not found, and refuses non-owners", async () => {
    const [org, foreign] = [await makeOrganisation(), await makeOrganisation()];
    const owner = await makeMember(org.id, "OWNER");
    const editor = await makeMember(org.id, "EDITOR");
    const foreignOwner = await makeMember(foreign.id, "OWNER");
    const foreignViewer = await makeMember(foreign.id, "VIEWER");
    const foreignInvite = await inviteMember(foreignOwner, { email: `f-${unique()}@invited.example`, role: "VIEWER" });
    if (!foreignInvite.ok) throw new Error("invitation failed");

    expect(allInEnglish(await changeMemberRole(owner, { membershipId: foreignViewer.membershipId, role: "OWNER" }))).toMatchObject({ ok: false, formError: expect.stringMatching(/not found/) });
    expect(allInEnglish(await removeMember(owner, { membershipId: foreignOwner.membershipId }))).toMatchObject({ ok: false, formError: expect.stringMatching(/not found/) });
    expect(allInEnglish(await revokeInvitation(owner, { invitationId: foreignInvite.invitation.id }))).toMatchObject({ ok: false, formError: expect.stringMatching(/not found/) });
    expect(allInEnglish(await changeMemberRole(editor, { membershipId: editor.membershipId, role: "OWNER" }))).toMatchObject({ ok: false, formError: expect.stringMatching(/owners/) });
    expect(await removeMember(editor, { membershipId: owner.membershipId })).toMatchObject({ ok: false });

    expect((await db.membership.findUniqueOrThrow({ where: { id: foreignViewer.membershipId } })).role).toBe("VIEWER");
    expect(await db.membership.count({ where: { organisationId: foreign.id } })).toBe(2);
    expect((await db.invitation.findUniqueOrThrow({ where: { id: foreignInvite.invitation.id } })).revokedAt).toBeNull();
    expect(await db.auditEvent.count({ where: { organisationId: org.id } })).toBe(0);
  });
});
