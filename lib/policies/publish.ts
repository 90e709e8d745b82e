/**
 * Publishing a policy: the current draft, composed from the register, becomes
 * an immutable numbered version (content, HTML, content hash, effective date,
 * publisher, change summary, the findings it was published with), with a
 * PUBLISH audit event in the same transaction. DPO and owner only. The
 * database refuses any later change to a version (see the
 * policy_versions_immutable migration).
 *
 * The Art. 13/14 findings are those of the draft composed here, at the moment
 * of publishing, never what the form showed: an error refuses publication for
 * every role; each warning must be among the acknowledged ids (publish-gate.ts).
 */
import { Prisma } from "@prisma/client";
import { db as defaultDb, type Db } from "@/lib/db";
import { fieldErrorsFrom, type FormState } from "@/lib/forms/action-state";
import { isUniqueViolation } from "@/lib/db-errors";
import { refuseRole, type Actor } from "@/lib/mutations/actor";
import { writeAudited } from "@/lib/mutations/audited";
import { echo, failure, type MutationResult } from "@/lib/mutations/result";
import type { Finding } from "./checks";
import { contentHash } from "./content-hash";
import { renderPolicyHtml } from "./html";
import { findingsAtPublication, gateMessage, publishGate } from "./publish-gate";
import { effectiveAtFrom, publishPolicySchema } from "./publish-schema";
import type { PolicyDocument } from "./types";
import { asLanguage, LOCALES } from "@/lib/translations/languages";

/** The current draft of a policy, composed from the register, with what the checks report for it: what publishing stores. */
export type ComposedDraft = { document: PolicyDocument; findings: readonly Finding[] };
export type DraftComposer = (organisationId: string, policyId: string) => Promise<ComposedDraft | null>;

export type PublishResult = MutationResult<
  { id: string; number: number },
  {
  /**
   * Set when the findings of the draft refuse publication (errors, or warnings
   * not acknowledged): the findings as the server found them, so the form
   * shows what is current rather than what it was opened with.
   */
  findings?: Finding[];
  /** Set when the draft says exactly what the latest version says. */
  identical?: boolean;
  }
>;

/** What the publish form holds: nothing at first, then the last answer. */
export type PublishFormState = FormState<{ number?: number; findings?: Finding[]; identical?: boolean }>;

export async function publishPolicy(actor: Actor, input: unknown, compose: DraftComposer, now = new Date(), client: Db = defaultDb): Promise<PublishResult> {
  const refused = refuseRole(actor, "DPO");
  if (refused) return refused;
  const parsed = publishPolicySchema.safeParse(input);
  if (!parsed.success) return failure("invalid", { fieldErrors: fieldErrorsFrom(parsed.error), values: echo(input) });
  const { policyId, changeSummary, effectiveOn, acknowledged } = parsed.data;
  const effective = effectiveAtFrom(effectiveOn, now);
  if ("error" in effective) return failure("invalid", { fieldErrors: { effectiveOn: effective.error }, values: echo(input) });
  const organisationId = actor.organisation.id;

  const draft = await compose(organisationId, policyId);
  if (!draft) return failure("not-found", { formError: "This policy does not exist any more." });
  // A section shown as a notice instead of its text is never made public.
  const unrendered = draft.document.sections.find((section) => section.renderError);
  if (unrendered) {
    return failure("refused", { formError: `The section “${unrendered.heading}” cannot be published: ${unrendered.renderError} Edit it in the policy editor first.`, values: echo(input) });
  }
  const gate = publishGate(draft.findings, acknowledged);
  const refusal = gateMessage(gate);
  if (refusal) return failure("refused", { findings: [...draft.findings], formError: refusal, values: echo(input) });
  const findings = findingsAtPublication(draft.findings, acknowledged);
  // The hash covers the document only, so the same content under another
  // effective date is still "nothing to publish".
  const hash = contentHash(draft.document);
  const html = renderPolicyHtml(draft.document, { lastUpdated: formatEffectiveDate(effective.effectiveAt, draft.document.language) });

  try {
    return await writeAudited(actor, async (tx, audit): Promise<PublishResult> => {
      // Serialises publications of the same policy, so numbers never collide.
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Policy" WHERE "id" = ${policyId} AND "organisationId" = ${organisationId} FOR UPDATE`;
      if (locked.length === 0) return failure("not-found", { formError: "This policy does not exist any more." });
      const latest = await tx.policyVersion.findFirst({
        where: { policyId },
        orderBy: { number: "desc" },
        select: { number: true, contentHash: true },
      });
      if (latest && latest.contentHash === hash) {
        return failure("refused", {
          identical: true,
          formError: `Nothing to publish: the draft says exactly what version ${latest.number} says. Change the policy or the records it includes first.`,
          values: echo(input),
        });
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
          findings: findings as unknown as Prisma.InputJsonValue,
        },
        select: { id: true, number: true, effectiveAt: true, contentHash: true, changeSummary: true },
      });
      await audit({
        action: "PUBLISH",
        entityType: "Policy",
        entityId: policyId,
        after: { versionId: version.id, number, effectiveAt: version.effectiveAt, changeSummary, contentHash: hash, findings: findings as unknown as Prisma.InputJsonValue },
      });
      return { ok: true, id: version.id, number, message: `Version ${number} was published.` };
    }, { client });
  } catch (error) {
    if (isUniqueViolation(error)) return failure("conflict", { formError: "Another version was published at the same moment. Reload the page to see it.", values: echo(input) });
    throw error;
  }
}

export function formatEffectiveDate(date: Date, language: string): string {
  return new Intl.DateTimeFormat(LOCALES[asLanguage(language)], { dateStyle: "long", timeZone: "UTC" }).format(date);
}
