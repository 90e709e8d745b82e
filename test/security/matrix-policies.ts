/**
 * The access matrix of privacy policies (Art. 13/14): editors create
 * policies and edit drafts (a draft is not public); publishing is DPO and
 * owner only. Published versions are public pages: open to everyone, and 404
 * for anything unknown. Auth.js' own endpoint is listed here but tested end
 * to end.
 */
import { composeDraft } from "@/lib/policies/draft";
import { publishPolicy } from "@/lib/policies/publish";
import { acknowledgeAll } from "@/lib/policies/publish-gate";
import type { Outcome } from "@/test/support/request-scope";
import type { CaseContext, Entry } from "./matrix-types";
import { byRole, everyone } from "./matrix-types";
import { form } from "./world";

const DRAFTS = "lib/policies/draft-actions.ts";
const PUBLIC = "app/(public)/p/[org]/[policy]";
const TRANSLATE = "lib/policies/translation-actions.ts";

/** A text of the target organisation to translate into German, which both organisations of the case keep. */
async function translatableText(ctx: CaseContext) {
  for (const organisation of [ctx.target, ctx.callerOrganisation]) {
    if (organisation) await ctx.db.organisation.update({ where: { id: organisation.id }, data: { languages: ["en", "de"] } });
  }
  const activity = await ctx.db.processingActivity.create({
    data: { organisationId: ctx.target.id, reference: ctx.unique("TR"), name: ctx.unique("Matrix translated activity"), status: "ACTIVE" },
    select: { id: true },
  });
  return { entity: "activity", id: activity.id, field: "name" };
}
const sections = [{ type: "controller" }, { type: "rights" }];

/** The controller's address and contact: without them the checks refuse publishing (Art. 13(1)(a)). */
async function publishable(ctx: CaseContext, organisationId: string) {
  await ctx.db.organisation.update({ where: { id: organisationId }, data: { address: "Matrixweg 1, 50667 Köln", email: "privacy@matrix.example" } });
}

async function policy(ctx: CaseContext) {
  const title = ctx.unique("Matrix policy");
  const row = await ctx.db.policy.create({ data: { organisationId: ctx.target.id, slug: ctx.unique("policy"), title, sections }, select: { id: true } });
  return { id: row.id, title };
}

/**
 * A policy of the caller's own organisation (the target's for its members)
 * whose sections name an activity of the target organisation: how an
 * outsider would try to pull another register's records into their policy.
 */
async function policyNamingActivity(ctx: CaseContext) {
  const name = ctx.unique("Matrix disclosed activity");
  const activity = await ctx.db.processingActivity.create({
    data: { organisationId: ctx.target.id, reference: ctx.unique("PV"), name, publicTitle: name, status: "ACTIVE" },
    select: { id: true },
  });
  const organisationId = (ctx.callerOrganisation ?? ctx.target).id;
  const title = ctx.unique("Matrix policy");
  const row = await ctx.db.policy.create({ data: { organisationId, slug: ctx.unique("policy"), title, sections }, select: { id: true } });
  const values = { title, languages: ["en"], sections: [{ type: "controller" }, { type: "activity", activityId: activity.id }, { type: "rights" }] };
  return { policyId: row.id, activityId: activity.id, name, values };
}

const published = new Map<string, Promise<{ org: string; slug: string; title: string }>>();

/** A policy of the target organisation with two published versions, made once per run. */
function publishedPolicy(ctx: CaseContext) {
  if (!published.has(ctx.run)) {
    published.set(
      ctx.run,
      (async () => {
        const { id, title } = await policy(ctx);
        const dpo = { user: ctx.members.DPO, organisation: ctx.organisation, role: "DPO" as const };
        await publishable(ctx, ctx.organisation.id);
        for (const changeSummary of ["First version", "Second version"]) {
          if (changeSummary !== "First version") await ctx.db.policy.update({ where: { id }, data: { title: `${title} (revised)` } });
          const draft = await composeDraft(ctx.organisation.id, id);
          const result = await publishPolicy(dpo, { policyId: id, changeSummary, acknowledged: acknowledgeAll(draft!.findings) }, composeDraft);
          if (!result.ok) throw new Error(`The matrix could not publish its policy: ${result.formError}`);
        }
        const { slug } = await ctx.db.policy.findUniqueOrThrow({ where: { id }, select: { slug: true } });
        return { org: ctx.organisation.slug, slug, title };
      })(),
    );
  }
  return published.get(ctx.run)!;
}

const bodyOf = async (outcome: Outcome) => (outcome.kind === "response" ? outcome.response.clone().text() : "");

/** A public route: the published policy for everyone, and 404 for an unknown one. */
function publicRoute(file: string, does: string, suffix: string, params: Record<string, string> = {}): Entry[] {
  const target = `${PUBLIC}${file}/route.ts#GET`;
  const call = (org: string, slug: string) => [new Request(`http://matrix.example/p/${org}/${slug}${suffix}`), { params: Promise.resolve({ org, policy: slug, ...params }) }];
  return [
    {
      target,
      scenario: "published policy",
      does,
      ...everyone("ok"),
      scope: "public",
      note: "Published versions are public. An unknown organisation or policy gets 404 (not-found) for everyone; that is run too.",
      async build(ctx) {
        const { org, slug, title } = await publishedPolicy(ctx);
        return { args: call(org, slug), happened: async (outcome) => (await bodyOf(outcome)).includes(title) };
      },
    },
    {
      target,
      scenario: "unknown policy",
      does: `${does}: unknown policy`,
      ...everyone("not-found"),
      scope: "public",
      inTable: false,
      build: async (ctx) => ({ args: call(ctx.organisation.slug, "no-such-policy") }),
    },
  ];
}

export const policyEntries: Entry[] = [
  {
    target: `${DRAFTS}#createPolicyAction`,
    does: "Create a privacy policy",
    ...byRole({ min: "EDITOR", done: "redirect", foreign: "redirect" }),
    note: "Takes no id: the outsider's policy goes into their own organisation.",
    async build(ctx) {
      const slug = ctx.unique("new-policy");
      return {
        args: [{}, form({ title: "Matrix website", slug, languages: "en", start: "empty" })],
        happened: async () => !!(await ctx.db.policy.findFirst({ where: { organisationId: ctx.target.id, slug } })),
      };
    },
  },
  {
    target: `${DRAFTS}#savePolicyDraftAction`,
    does: "Edit a policy's draft",
    ...byRole({ min: "EDITOR", done: "ok", foreign: "not-found" }),
    async build(ctx) {
      const { id } = await policy(ctx);
      const title = ctx.unique("Edited policy");
      return { args: [id, 1, { title, languages: ["en"], sections }], happened: async () => (await ctx.db.policy.findUnique({ where: { id } }))?.title === title };
    },
  },
  {
    target: `${DRAFTS}#previewPolicyDraftAction`,
    does: "Preview an unsaved draft",
    ...byRole({ min: "EDITOR", done: "ok", foreign: "not-found" }),
    async build(ctx) {
      const { id, title } = await policy(ctx);
      return {
        args: [id, { title, languages: ["en"], sections }],
        // The preview is composed from the records: it names the organisation.
        happened: async (outcome) => outcome.kind === "returned" && ((outcome.value as { preview?: { html: string } }).preview?.html ?? "").includes(ctx.target.legalName),
      };
    },
  },
  {
    target: `${DRAFTS}#savePolicyDraftAction`,
    scenario: "sections naming an activity",
    does: "Add an activity to a policy's draft",
    ...byRole({ min: "EDITOR", done: "ok", foreign: "not-found" }),
    note: "The outsider saves their own policy naming the other organisation's activity.",
    async build(ctx) {
      const { policyId, activityId, values } = await policyNamingActivity(ctx);
      return {
        args: [policyId, 1, values],
        happened: async () => JSON.stringify((await ctx.db.policy.findUnique({ where: { id: policyId } }))?.sections ?? []).includes(activityId),
      };
    },
  },
  {
    target: `${DRAFTS}#previewPolicyDraftAction`,
    scenario: "sections naming an activity",
    does: "Preview a draft that names an activity",
    ...byRole({ min: "EDITOR", done: "ok", foreign: "ok" }),
    note: "The outsider previews their own policy naming the other organisation's activity: the preview leaves it out.",
    async build(ctx) {
      const { policyId, name, values } = await policyNamingActivity(ctx);
      return {
        args: [policyId, values],
        happened: async (outcome) => outcome.kind === "returned" && ((outcome.value as { preview?: { html: string } }).preview?.html ?? "").includes(name),
      };
    },
  },
  {
    target: `${DRAFTS}#currentPolicyDraftAction`,
    does: "Read a policy's saved draft (after an edit conflict)",
    ...byRole({ min: "EDITOR", done: "ok", foreign: "not-found" }),
    async build(ctx) {
      const { id, title } = await policy(ctx);
      return { args: [id], happened: async (outcome) => outcome.kind === "returned" && (outcome.value as { title?: string } | null)?.title === title };
    },
  },
  {
    target: "lib/policies/publish-actions.ts#publishPolicyAction",
    does: "Publish a policy version",
    ...byRole({ min: "DPO", done: "redirect", foreign: "not-found" }),
    async build(ctx) {
      const { id } = await policy(ctx);
      await publishable(ctx, ctx.target.id);
      const submitted = form({ policyId: id, changeSummary: "Matrix publication" });
      for (const warning of acknowledgeAll((await composeDraft(ctx.target.id, id))!.findings)) submitted.append("acknowledged", warning);
      return {
        args: [{}, submitted],
        happened: async () => (await ctx.db.policyVersion.count({ where: { policyId: id } })) > 0,
      };
    },
  },
  ...publicRoute("", "Read the policy in force", ""),
  ...publicRoute("/json", "Read the policy in force as JSON and JSON-LD", "/json"),
  ...publicRoute("/versions", "List the published versions", "/versions"),
  ...publicRoute("/compare", "Compare two published versions", "/compare?from=1&to=2"),
  ...publicRoute("/v/[n]", "Read a numbered version", "/v/1", { n: "1" }),
  ...publicRoute("/v/[n]/json", "Read a numbered version as JSON", "/v/1/json", { n: "1" }),
  ...publicRoute("/[lang]", "Read the policy in force in one language", "/en", { lang: "en" }),
  ...publicRoute("/[lang]/json", "Read the policy in force in one language as JSON", "/en/json", { lang: "en" }),
  ...publicRoute("/[lang]/versions", "List the published versions in one language", "/en/versions", { lang: "en" }),
  ...publicRoute("/[lang]/compare", "Compare two published versions in one language", "/en/compare?from=1&to=2", { lang: "en" }),
  ...publicRoute("/[lang]/v/[n]", "Read a numbered version in one language", "/en/v/1", { lang: "en", n: "1" }),
  ...publicRoute("/[lang]/v/[n]/json", "Read a numbered version in one language as JSON", "/en/v/1/json", { lang: "en", n: "1" }),
  {
    target: `${TRANSLATE}#translateInPlaceAction`,
    does: "Fill a missing translation from the policy editor",
    ...byRole({ min: "EDITOR", done: "ok", foreign: "not-found" }),
    note: "The outsider names a text of the other organisation: unknown in their own records.",
    async build(ctx) {
      const text = await translatableText(ctx);
      const value = ctx.unique("Übersetzt");
      return {
        args: [{ ...text, language: "de", value, base: "" }],
        happened: async () => !!(await ctx.db.translation.findFirst({ where: { organisationId: ctx.target.id, entityId: text.id, language: "de", value } })),
      };
    },
  },
  {
    target: `${TRANSLATE}#keepAsWrittenAction`,
    does: "Keep a text as written in every language (a proper name)",
    ...byRole({ min: "EDITOR", done: "ok", foreign: "not-found" }),
    note: "The outsider names a text of the other organisation: unknown in their own records.",
    async build(ctx) {
      const text = await translatableText(ctx);
      return {
        args: [text],
        happened: async () => !!(await ctx.db.verbatimText.findFirst({ where: { organisationId: ctx.target.id, entityId: text.id } })),
      };
    },
  },
  {
    target: "app/(public)/p/[...path]/route.ts#GET",
    does: "Any other address under /p/",
    ...everyone("not-found"),
    scope: "public",
    build: async () => ({ args: [new Request("http://matrix.example/p/only-one-segment")] }),
  },
  ...(["GET", "POST"] as const).map(
    (method): Entry => ({
      target: `app/api/auth/[...nextauth]/route.ts#${method}`,
      does: "Auth.js' own endpoint (sign-in, session, sign-out)",
      ...everyone("ok"),
      scope: "public",
      note: "Auth.js answers these itself (CSRF token, credentials check, session cookie); the request scope stands in for Auth.js, so they cannot run here.",
      coveredBy: "e2e/auth.spec.ts",
    }),
  ),
];
