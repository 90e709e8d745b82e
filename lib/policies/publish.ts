/**
 * Publishing a policy: the current draft, composed from the register, becomes
 * an immutable numbered version (content, HTML, content hash, effective date,
 * publisher, change summary), with a PUBLISH audit event in the same
 * transaction. DPO and owner only. The database refuses any later change to a
 * version (see the policy_versions_immutable migration).
 */
import { Prisma } from "@prisma/client";
import { recordAudit } from "@/lib/audit";
import { db as defaultDb, type Db } from "@/lib/db";
import { fieldErrorsFrom } from "@/lib/forms/action-state";
import { echo, isUniqueViolation, refuseRole, type Actor, type MutationResult } from "@/lib/catalogues/mutations";
import { contentHash } from "./content-hash";
import { renderPolicyHtml } from "./html";
import { effectiveAtFrom, publishPolicySchema } from "./publish-schema";
import type { PolicyDocument } from "./types";

/** The current draft of a policy, composed from the register: what publishing stores. */
export type ComposedDraft = { document: PolicyDocument; findings: readonly unknown[] };
export type DraftComposer = (organisationId: string, policyId: string) => Promise<ComposedDraft | null>;

export type PublishResult = MutationResult & {
  number?: number;
  /** Set when the draft has open Art. 13/14 findings the publisher has not accepted yet. */
  openFindings?: number;
  /** Set when the draft says exactly what the latest version says. */
  identical?: boolean;
};

export async function publishPolicy(actor: Actor, input: unknown, compose: DraftComposer, now = new Date(), client: Db = defaultDb): Promise<PublishResult> {
  const refused = refuseRole(actor, "DPO");
  if (refused) return refused;
  const parsed = publishPolicySchema.safeParse(input);
  if (!parsed.success) return { fieldErrors: fieldErrorsFrom(parsed.error), values: echo(input) };
  const { policyId, changeSummary, effectiveOn, acceptedFindings } = parsed.data;
  const effective = effectiveAtFrom(effectiveOn, now);
  if ("error" in effective) return { fieldErrors: { effectiveOn: effective.error }, values: echo(input) };
  const organisationId = actor.organisation.id;

  const draft = await compose(organisationId, policyId);
  if (!draft) return { notFound: true, formError: "This policy does not exist any more." };
  // A section shown as a notice instead of its text is never made public.
  const unrendered = draft.document.sections.find((section) => section.renderError);
  if (unrendered) {
    return { formError: `The section “${unrendered.heading}” cannot be published: ${unrendered.renderError} Edit it in the policy editor first.`, values: echo(input) };
  }
  // Art. 13/14 findings do not block publication (some items may truly not
  // apply), but the publisher must have seen how many there are.
  const findings = draft.findings.length;
  if (findings > 0 && acceptedFindings !== findings) {
    return {
      openFindings: findings,
      formError: `The draft has ${findings} open Art. 13/14 ${findings === 1 ? "finding" : "findings"}. Fix ${findings === 1 ? "it" : "them"} first, or confirm that you publish despite ${findings === 1 ? "it" : "them"}.`,
      values: echo(input),
    };
  }
  // The hash covers the document only, so the same content under another
  // effective date is still "nothing to publish".
  const hash = contentHash(draft.document);
  const html = renderPolicyHtml(draft.document, { lastUpdated: formatEffectiveDate(effective.effectiveAt, draft.document.language) });

  try {
    return await client.$transaction(async (tx): Promise<PublishResult> => {
      // Serialises publications of the same policy, so numbers never collide.
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Policy" WHERE "id" = ${policyId} AND "organisationId" = ${organisationId} FOR UPDATE`;
      if (locked.length === 0) return { notFound: true, formError: "This policy does not exist any more." };
      const latest = await tx.policyVersion.findFirst({
        where: { policyId },
        orderBy: { number: "desc" },
        select: { number: true, contentHash: true },
      });
      if (latest && latest.contentHash === hash) {
        return {
          identical: true,
          formError: `Nothing to publish: the draft says exactly what version ${latest.number} says. Change the policy or the records it includes first.`,
          values: echo(input),
        };
      }
      const number = (latest?.number ?? 0) + 1;
      const version = await tx.policyVersion.create({
        data: {
          policyId,
          number,
          effectiveAt: effective.effectiveAt,
          publishedById: actor.user.id,
          changeSummary,
          content: draft.document as unknown as Prisma.InputJsonValue,
          html,
          contentHash: hash,
        },
        select: { id: true, number: true, effectiveAt: true, contentHash: true, changeSummary: true },
      });
      await recordAudit(tx, {
        organisationId,
        actor: actor.user,
        action: "PUBLISH",
        entityType: "Policy",
        entityId: policyId,
        after: { versionId: version.id, number, effectiveAt: version.effectiveAt, changeSummary, contentHash: hash, openFindingsAccepted: findings },
      });
      return { ok: true, id: version.id, number, message: `Version ${number} was published.` };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { formError: "Another version was published at the same moment. Reload the page to see it.", values: echo(input) };
    throw error;
  }
}

export function formatEffectiveDate(date: Date, language: string): string {
  return new Intl.DateTimeFormat(language === "de" ? "de-DE" : "en-GB", { dateStyle: "long", timeZone: "UTC" }).format(date);
}
