/**
 * Property tests of the remaining server actions that take user input:
 * members and invitations, sign-in and the password, new organisations and
 * switching between them, the policy editor and publishing, and the import
 * steps after the upload. Called as a signed-in owner (signed out for sign-in
 * and accepting an invitation); see action-properties.ts for what must hold.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, it, vi } from "vitest";
import { createDb } from "../../lib/db";
import { anyValue, asText, emailAddress, form, formString, mutated, plainText, slugText, xssWithin } from "../support/arbitraries";
import { checkAction, createFixture, idArg, OWNER_PASSWORD, removeFixture, type ActionSpec, type Fixture } from "../support/action-properties";
import type { Outcome } from "../support/request-scope";

vi.mock("next/headers", async () => (await import("@/test/support/request-scope")).nextHeadersModule);
vi.mock("next/cache", async () => (await import("@/test/support/request-scope")).nextCacheModule);
vi.mock("@/lib/auth/index", async () => (await import("@/test/support/request-scope")).authModule);
// The sign-in and invitation actions import Auth.js' error class, whose package needs Next's server runtime to load.
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));

const members = await import("../../lib/members/actions");
const login = await import("../../lib/auth/actions");
const account = await import("../../lib/account/actions");
const organisations = await import("../../lib/organisation/create-actions");
const currentOrganisation = await import("../../lib/organisation/current-actions");
const drafts = await import("../../lib/policies/draft-actions");
const publishing = await import("../../lib/policies/publish-actions");
const imports = await import("../../lib/import/actions");

const db = createDb(process.env.DATABASE_URL!);
const RUNS = Number(process.env.PROPERTY_RUNS ?? 60);
let fixture: Fixture;
let ids: { invitation: string; policy: string; activity: string };
let tried = 0;
const started = Date.now();

// The request scope stands in for Auth.js' HTTP endpoints: reaching signIn() is where these actions hand over.
const reachedSignIn = (outcome: Outcome) => outcome.kind === "thrown" && (outcome.error as Error)?.message === "Sign-in is exercised by the end-to-end tests";

beforeAll(async () => {
  fixture = await createFixture(db, "props-access");
  const organisationId = fixture.org.id;
  const invitation = await db.invitation.create({
    data: { organisationId, email: "invited@props.example", role: "EDITOR", tokenHash: crypto.randomUUID(), expiresAt: new Date(Date.now() + 86_400_000) },
    select: { id: true },
  });
  const activity = await db.processingActivity.create({ data: { organisationId, reference: "P-1", name: "Newsletter", status: "ACTIVE" }, select: { id: true } });
  const policy = await db.policy.create({
    data: { organisationId, slug: "website", title: "Website", sections: [{ type: "controller" }, { type: "activity", activityId: activity.id }, { type: "rights" }] },
    select: { id: true },
  });
  ids = { invitation: invitation.id, policy: policy.id, activity: activity.id };
});

afterAll(async () => {
  await removeFixture(db, fixture);
  await db.$disconnect();
  console.info(`access and policy actions: ${tried} generated calls in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

const check = async (spec: ActionSpec) => {
  tried += await checkAction(db, fixture, { runs: RUNS, ...spec });
};
const previous = fc.oneof(fc.constant({}), anyValue);
const role = fc.constantFrom("OWNER", "DPO", "EDITOR", "VIEWER", "ADMIN", "");

describe("server actions for access, policies and imports never fail with a 500, and refuse without writing", () => {
  it("the member actions", { timeout: 600_000 }, async () => {
    const fields = ["email", "role", "invitationId", "membershipId", "kind", "token", "name", "password", "confirmPassword"];
    await check({
      args: fc.tuple(previous, form(fc.record({ email: fc.oneof(emailAddress, formString(300)), role }), fields)),
      call: ([prev, data]) => members.inviteMemberAction(prev as never, data as FormData),
      writes: { tables: ["Invitation"], audit: 1 },
    });
    await check({
      args: fc.tuple(previous, form(fc.record({ invitationId: idArg(ids.invitation).map(asText) }), fields)),
      call: ([prev, data]) => members.revokeInvitationAction(prev as never, data as FormData),
      writes: { tables: ["Invitation"], audit: 1 },
    });
    await check({
      args: fc.tuple(previous, form(fc.record({ membershipId: fc.constantFrom(fixture.editor.membershipId, "x"), role }), fields)),
      call: ([prev, data]) => members.changeMemberRoleAction(prev as never, data as FormData),
      writes: { tables: ["Membership"], audit: 1 },
    });
    await check({
      args: fc.tuple(previous, form(fc.record({ membershipId: fc.constantFrom(fixture.editor.membershipId, "x") }), fields)),
      call: ([prev, data]) => members.removeMemberAction(prev as never, data as FormData),
      writes: { tables: ["Membership"], audit: 1 },
    });
    const accept = fc.record({ kind: fc.constantFrom("new", "existing", "x"), token: fc.string({ minLength: 43, maxLength: 43 }), name: plainText(1, 50), password: formString(50), confirmPassword: formString(50) });
    await check({ anonymous: true, args: fc.tuple(previous, form(accept, fields)), call: ([prev, data]) => members.acceptInvitationAction(prev as never, data as FormData), reachedSignIn });
  });

  it("signing in, changing the password, creating and switching organisations", { timeout: 600_000 }, async () => {
    const credentials = fc.record({ email: fc.oneof(fc.constant(fixture.owner.email), emailAddress, formString(300)), password: fc.oneof(fc.constant(OWNER_PASSWORD), formString(1100)), callbackUrl: fc.constantFrom("/", "//evil.example", "javascript:alert(1)") });
    await check({ anonymous: true, args: fc.tuple(previous, form(credentials, ["email", "password", "callbackUrl"])), call: ([prev, data]) => login.loginAction(prev as never, data as FormData), reachedSignIn });
    const passwords = fc.record({ currentPassword: fc.oneof(fc.constant(OWNER_PASSWORD), formString(50)), newPassword: fc.oneof(fc.constant("a new password for the owner"), formString(1100)), confirmPassword: fc.constant("a new password for the owner") });
    await check({
      args: fc.tuple(previous, form(passwords, ["currentPassword", "newPassword", "confirmPassword"])),
      call: ([prev, data]) => account.changePasswordAction(prev as never, data as FormData),
      reachedSignIn,
      writes: { tables: ["User"], audit: 1 },
    });
    await check({
      args: fc.tuple(previous, form(fc.record({ legalName: fc.oneof(plainText(1, 100), formString(300)), slug: fc.oneof(slugText.map((s) => `props-${s}`), formString(100)) }), ["legalName", "slug"])),
      call: ([prev, data]) => organisations.createOrganisationAction(prev as never, data as FormData),
      // The new organisation is another tenant: here only the owner's memberships grow (its audit event is in the new organisation).
      writes: { tables: ["UserMemberships"], audit: 0 },
    });
    await check({ args: fc.tuple(form(fc.record({ organisationId: fc.constantFrom(fixture.org.id, "x") }), ["organisationId"])), call: ([data]) => currentOrganisation.switchOrganisationAction(data as FormData) });
  });

  it("the policy editor and publishing", { timeout: 600_000 }, async () => {
    const newPolicy = fc.record({ title: fc.oneof(plainText(1, 100), xssWithin(200)), slug: fc.oneof(slugText, formString(100)), languages: fc.constantFrom("en", "de", "xx"), start: fc.constantFrom("standard", "empty", "x") });
    await check({ args: fc.tuple(previous, form(newPolicy, ["title", "slug", "languages", "start"])), call: ([prev, data]) => drafts.createPolicyAction(prev as never, data as FormData), writes: { tables: ["Policy"], audit: 1 } });
    const section = fc.oneof(
      fc.constant({ type: "controller" }),
      fc.constant({ type: "rights" }),
      fc.record({ type: fc.constant("activity"), activityId: fc.constantFrom(ids.activity, "missing") }),
      fc.record({ type: fc.constant("markdown"), title: xssWithin(200), body: xssWithin(3000) }),
    );
    const draft = fc.record({ title: fc.oneof(plainText(1, 100), xssWithin(200)), languages: fc.constantFrom(["en"], ["de"], ["x"]), titles: fc.constantFrom({}, { de: "Titel" }), sections: fc.array(section, { maxLength: 6 }) });
    const values = fc.oneof(draft, draft.chain(mutated), anyValue);
    await check({
      args: fc.tuple(idArg(ids.policy), fc.oneof(fc.integer({ min: 0, max: 5 }), anyValue), values),
      call: ([id, version, input]) => drafts.savePolicyDraftAction(id as string, version as number, input as never),
      writes: { tables: ["Policy"], audit: 1 },
    });
    await check({ args: fc.tuple(idArg(ids.policy), values), call: ([id, input]) => drafts.previewPolicyDraftAction(id as string, input as never), readOnly: true });
    await check({ args: fc.tuple(idArg(ids.policy)), call: ([id]) => drafts.currentPolicyDraftAction(id as string), readOnly: true });
    const publish = fc.record({ policyId: fc.constantFrom(ids.policy, "x"), changeSummary: fc.oneof(plainText(1, 100), xssWithin(2000), formString(3000)), effectiveOn: fc.constantFrom("", "2020-01-01", "2099-01-01", "2026-02-30", "x"), acknowledged: fc.constantFrom("", "no-activities", "controller-address", "x") });
    await check({ args: fc.tuple(previous, form(publish, ["policyId", "changeSummary", "effectiveOn", "acknowledged"])), call: ([prev, data]) => publishing.publishPolicyAction(prev as never, data as FormData), writes: { tables: ["PolicyVersion"], audit: 1 } });
  });

  it("the import steps after the upload, with ids and forms that were never issued", { timeout: 600_000 }, async () => {
    const upload = fc.record({ uploadId: fc.oneof(fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 32, maxLength: 32 }), formString(100), fc.constant("../../package")), createMissing: fc.constantFrom("on", "") });
    const fields = ["uploadId", "createMissing", "column-0", "column-1"];
    await check({ args: fc.tuple(previous, form(upload, fields)), call: ([prev, data]) => imports.confirmImportAction(prev as never, data as FormData) });
    await check({ args: fc.tuple(form(upload, fields)), call: ([data]) => imports.saveMappingAction(data as FormData) });
    await check({ args: fc.tuple(form(upload, fields)), call: ([data]) => imports.cancelImportAction(data as FormData) });
    await check({ args: fc.tuple(previous, anyValue), call: ([prev, data]) => imports.uploadRegisterAction(prev as never, data as FormData) });
  });
});
