/**
 * The access matrix of people and organisations: signing in and out, the
 * member's own account and preferences, switching organisation, members
 * (everyone sees the list, only owners change it), the organisation profile
 * (DPO and owner) and creating further organisations (owners).
 */
import { cookies } from "next/headers";
import { ORG_COOKIE } from "@/lib/organisation/cookie";
import { createInvitationToken, invitationExpiry } from "@/lib/members/tokens";
import { organisationProfileSchema } from "@/lib/organisation/schema";
import { authModule } from "@/test/support/request-scope";
import type { CaseContext, Entry } from "./matrix-types";
import { byRole, everyone } from "./matrix-types";
import { form, PASSWORD } from "./world";

const MEMBERS = "lib/members/actions.ts";

async function invitation(ctx: CaseContext) {
  const { token, tokenHash } = createInvitationToken();
  const email = `${ctx.unique("invitee")}@matrix.example`;
  const row = await ctx.db.invitation.create({
    data: { organisationId: ctx.target.id, email, role: "VIEWER", tokenHash, expiresAt: invitationExpiry(), createdById: ctx.members.OWNER.id },
    select: { id: true },
  });
  return { id: row.id, token, email };
}

/** A further member of the target organisation, to change or remove. */
async function colleague(ctx: CaseContext) {
  const user = await ctx.db.user.create({
    data: { email: `${ctx.unique("colleague")}@matrix.example`, name: "Colleague", passwordHash: ctx.passwordHash },
    select: { id: true },
  });
  return ctx.db.membership.create({ data: { organisationId: ctx.target.id, userId: user.id, role: "VIEWER" }, select: { id: true } });
}

const membership = (ctx: CaseContext, id: string) => ctx.db.membership.findUnique({ where: { id } });

/** The organisation profile form as it is filled in now, for the caller's current organisation (it takes no id). */
async function profileForm(ctx: CaseContext, privacyContactName: string) {
  const organisation = await ctx.db.organisation.findUniqueOrThrow({ where: { id: (ctx.callerOrganisation ?? ctx.target).id } });
  const fields: Record<string, string> = { version: String(organisation.version), privacyContactName };
  for (const key of Object.keys(organisationProfileSchema.shape)) {
    if (key !== "privacyContactName") fields[key] = String((organisation as Record<string, unknown>)[key] ?? "");
  }
  return form(fields);
}

const sessionEnded = async () => (await authModule.auth()) === null;
/** Whose account an action on "one's own account" would change: the caller, or (anonymous) a member for the check. */
const accountId = (ctx: CaseContext) => (ctx.caller ? ctx.caller.id : ctx.author.id);

export const accountEntries: Entry[] = [
  {
    target: "lib/auth/actions.ts#loginAction",
    does: "Sign in with e-mail and password",
    ...everyone("signs-in"),
    scope: "token",
    note: "Public by design: the credentials decide, checked by Auth.js (wrong passwords and the sign-in limits are covered by lib/auth/login-limit.int.test.ts and e2e/auth.spec.ts).",
    build: async (ctx) => ({ args: [{ values: { email: "" } }, form({ email: ctx.members.VIEWER.email, password: PASSWORD, callbackUrl: "/" })] }),
  },
  {
    target: "lib/auth/session-actions.ts#signOutAction",
    does: "Sign out",
    ...everyone("ok"),
    scope: "caller",
    note: "Public by design: ends the caller's own session, if any, on the server too, so a copy of its cookie stops working (Auth.js redirects to the login page; e2e/sessions.spec.ts).",
    build: async () => ({ args: [], happened: sessionEnded }),
  },
  {
    target: "lib/auth/session-actions.ts#signOutEverywhereAction",
    does: "Sign out everywhere (every session of one's own account)",
    ...byRole({ min: "VIEWER", done: "ok", foreign: "ok" }),
    scope: "caller",
    note: "Acts on the caller's own account only: every one of its sessions ends, this one included (Auth.js then redirects to the login page); lib/auth/session-callbacks.int.test.ts and e2e/sessions.spec.ts show the ended sessions refused.",
    async build(ctx) {
      const userId = accountId(ctx);
      const { id } = await ctx.db.userSession.create({ data: { userId, expiresAt: new Date(Date.now() + 3_600_000) }, select: { id: true } });
      return {
        args: [],
        happened: async () => ctx.caller !== null && !(await ctx.db.userSession.findUnique({ where: { id } })) && (await sessionEnded()),
      };
    },
  },
  {
    target: "lib/organisation/current-actions.ts#switchOrganisationAction",
    does: "Switch to another of one's organisations",
    ...byRole({ min: "VIEWER", done: "redirect", anonymous: "login", foreign: "forbidden" }),
    scope: "caller",
    note: "Only organisations the caller is a member of; the choice is checked against the memberships on every request anyway.",
    async build(ctx) {
      const jar = await cookies();
      jar.delete(ORG_COOKIE);
      return { args: [form({ organisationId: ctx.target.id })], happened: async () => jar.get(ORG_COOKIE)?.value === ctx.target.id };
    },
  },
  {
    target: "lib/account/actions.ts#changePasswordAction",
    does: "Change one's own password",
    ...byRole({ min: "VIEWER", done: "signs-in", foreign: "signs-in" }),
    scope: "caller",
    note: "Acts on the caller's own account only, after checking the current password (wrong ones count like failed sign-ins, under the same limits: lib/account/actions.int.test.ts); every other session ends.",
    async build(ctx) {
      const id = accountId(ctx);
      await ctx.db.user.update({ where: { id }, data: { passwordHash: ctx.passwordHash } });
      const version = async () => (await ctx.db.user.findUniqueOrThrow({ where: { id }, select: { sessionVersion: true } })).sessionVersion;
      const before = await version();
      const newPassword = `${PASSWORD}-changed`;
      return {
        args: [{}, form({ currentPassword: PASSWORD, newPassword, confirmPassword: newPassword })],
        happened: async () => ctx.caller !== null && (await version()) > before,
      };
    },
  },
  {
    target: "lib/preferences/actions.ts#saveColumnVisibilityAction",
    does: "Remember one's table columns",
    ...byRole({ min: "VIEWER", done: "ok", foreign: "ok" }),
    scope: "caller",
    note: "A preference of the caller's own account.",
    async build(ctx) {
      const column = `matrix${ctx.unique("c").replace(/\W/g, "")}`;
      const userId = accountId(ctx);
      return {
        args: [{ table: "activities", columnVisibility: { [column]: false } }],
        happened: async () => {
          const row = await ctx.db.userPreference.findUnique({ where: { userId_key: { userId, key: "table:activities" } } });
          return ctx.caller !== null && JSON.stringify(row?.value ?? {}).includes(column);
        },
      };
    },
  },
  {
    target: "lib/preferences/actions.ts#saveLocaleAction",
    does: "Choose one's dashboard language",
    ...byRole({ min: "VIEWER", done: "ok", foreign: "ok" }),
    scope: "caller",
    note: "A preference of the caller's own account.",
    async build(ctx) {
      const userId = accountId(ctx);
      await ctx.db.userPreference.deleteMany({ where: { userId, key: "locale" } });
      return {
        args: [{}, form({ locale: "de" })],
        happened: async () => {
          const row = await ctx.db.userPreference.findUnique({ where: { userId_key: { userId, key: "locale" } } });
          return ctx.caller !== null && row !== null;
        },
      };
    },
  },
  {
    target: `${MEMBERS}#inviteMemberAction`,
    does: "Invite a member",
    ...byRole({ min: "OWNER", done: "ok", foreign: "ok" }),
    note: "Takes no id: the outsider invites into their own organisation.",
    async build(ctx) {
      const email = `${ctx.unique("invited")}@matrix.example`;
      return {
        args: [{}, form({ email, role: "EDITOR" })],
        happened: async () => !!(await ctx.db.invitation.findFirst({ where: { organisationId: ctx.target.id, email } })),
      };
    },
  },
  {
    target: `${MEMBERS}#revokeInvitationAction`,
    does: "Withdraw an invitation",
    ...byRole({ min: "OWNER", done: "ok", foreign: "not-found" }),
    async build(ctx) {
      const { id } = await invitation(ctx);
      return { args: [{}, form({ invitationId: id })], happened: async () => !!(await ctx.db.invitation.findUnique({ where: { id } }))?.revokedAt };
    },
  },
  {
    target: `${MEMBERS}#changeMemberRoleAction`,
    does: "Change a member's role",
    ...byRole({ min: "OWNER", done: "ok", foreign: "not-found" }),
    async build(ctx) {
      const { id } = await colleague(ctx);
      return { args: [{}, form({ membershipId: id, role: "EDITOR" })], happened: async () => (await membership(ctx, id))?.role === "EDITOR" };
    },
  },
  {
    target: `${MEMBERS}#removeMemberAction`,
    does: "Remove a member",
    ...byRole({ min: "OWNER", done: "redirect", foreign: "not-found" }),
    async build(ctx) {
      const { id } = await colleague(ctx);
      return { args: [{}, form({ membershipId: id })], happened: async () => !(await membership(ctx, id)) };
    },
  },
  {
    target: `${MEMBERS}#acceptInvitationAction`,
    does: "Accept an invitation (new account)",
    ...everyone("signs-in"),
    scope: "token",
    note: "Public by design: the single-use link's token decides, whoever is signed in; the invited address joins with the invited role.",
    async build(ctx) {
      const { token, email } = await invitation(ctx);
      const password = `${PASSWORD}-joined`;
      return {
        args: [{}, form({ kind: "new", token, name: "Invited person", password, confirmPassword: password })],
        happened: async () => !!(await ctx.db.membership.findFirst({ where: { organisationId: ctx.target.id, user: { email } } })),
      };
    },
  },
  {
    target: "lib/organisation/actions.ts#updateOrganisationProfileAction",
    does: "Edit the organisation profile",
    ...byRole({ min: "DPO", done: "redirect", foreign: "redirect" }),
    note: "Takes no id: always the caller's current organisation, so the outsider edits their own.",
    async build(ctx) {
      const name = ctx.unique("Privacy contact");
      return {
        args: [{}, await profileForm(ctx, name)],
        happened: async () => (await ctx.db.organisation.findUniqueOrThrow({ where: { id: ctx.target.id } })).privacyContactName === name,
      };
    },
  },
  {
    target: "lib/organisation/create-actions.ts#createOrganisationAction",
    does: "Create a further organisation",
    minRole: "OWNER",
    expect: { anonymous: "forbidden", VIEWER: "refused", EDITOR: "refused", DPO: "refused", OWNER: "redirect", foreign: "redirect" },
    scope: "caller",
    note: "Owners of any organisation may start another one, of which they become the owner; other members pass the guard and are refused with a message.",
    async build(ctx) {
      const slug = ctx.unique("matrix-created");
      return {
        args: [{}, form({ legalName: "Matrix Created Ltd", slug })],
        happened: async () => !!(await ctx.db.organisation.findUnique({ where: { slug } })),
      };
    },
  },
];
