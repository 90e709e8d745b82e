/**
 * Publishing a policy: the current draft, composed from the register, becomes
 * an immutable numbered version (content, HTML, content hash, effective date,
 * publisher, change summary, the findings it was published with), with a
 * PUBLISH audit event in the same transaction. A policy in several languages
 * is published in all of them at once: one row per language under the same
 * number, each with its own content, HTML, hash and findings, one audit event
 * (and so one webhook event) naming the languages. DPO and owner only. The
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
import { message } from "@/lib/i18n/message";
import { echo, failure, type MutationResult } from "@/lib/mutations/result";
import { asLanguage, LOCALES } from "@/lib/translations/languages";
import type { Finding } from "./checks";
import { contentHash } from "./content-hash";
import { renderPolicyHtml } from "./html";
import { findingsAtPublication, gateMessage, publishGate } from "./publish-gate";
import { effectiveAtFrom, publishPolicySchema } from "./publish-schema";
import type { PolicyDocument, PolicyLanguage } from "./types";

/** One language of a composed draft, with the findings of that language version. */
export type ComposedLanguage = { language: PolicyLanguage; document: PolicyDocument; findings: readonly Finding[] };

/**
 * The current draft of a policy, composed from the register, with what the
 * checks report for it: what publishing stores. `versions` holds each of
 * the policy's languages, the first also as `document`; `findings` are
 * those of every language (compose-languages.ts mergeFindings).
 */
export type ComposedDraft = { document: PolicyDocument; findings: readonly Finding[]; versions?: readonly ComposedLanguage[] };

/** The language versions of a draft; a composer that gives a single document (tests, the bench) publishes that one. */
export function draftVersions(draft: ComposedDraft): readonly ComposedLanguage[] {
  return draft.versions ?? [{ language: draft.document.language, document: draft.document, findings: draft.findings }];
}
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
  if (!draft) return failure("not-found", { formError: message("policyEditor.errors.policyGone") });
  // A section shown as a notice instead of its text is never made public.
  const unrendered = draftVersions(draft).flatMap((version) => version.document.sections).find((section) => section.renderError);
  if (unrendered) {
    return failure("refused", { formError: message("policyEditor.errors.unrendered", { heading: unrendered.heading, reason: unrendered.renderError ?? "" }), values: echo(input) });
  }
  const gate = publishGate(draft.findings, acknowledged);
  const refusal = gateMessage(gate);
  if (refusal) return failure("refused", { findings: [...draft.findings], formError: refusal, values: echo(input) });
  // The hash covers the document only, so the same content under another
  // effective date is still "nothing to publish".
  const rows = draftVersions(draft).map((version) => ({
    language: version.language,
    content: version.document,
    contentHash: contentHash(version.document),
    html: renderPolicyHtml(version.document, { lastUpdated: formatEffectiveDate(effective.effectiveAt, version.language) }),
    findings: findingsAtPublication(version.findings, acknowledged),
  }));
  const hashes = Object.fromEntries(rows.map((row) => [row.language, row.contentHash]));
  const languages = rows.map((row) => row.language);

  try {
    return await writeAudited(actor, async (tx, audit): Promise<PublishResult> => {
      // Serialises publications of the same policy, so numbers never collide.
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Policy" WHERE "id" = ${policyId} AND "organisationId" = ${organisationId} FOR UPDATE`;
      if (locked.length === 0) return failure("not-found", { formError: message("policyEditor.errors.policyGone") });
      const latestNumber = await tx.policyVersion.findFirst({ where: { policyId }, orderBy: { number: "desc" }, select: { number: true } });
      const latestRows = latestNumber
        ? await tx.policyVersion.findMany({ where: { policyId, number: latestNumber.number }, select: { language: true, contentHash: true } })
        : [];
      const latest = latestNumber && { number: latestNumber.number };
      // Identical: the same languages, each saying exactly what it said.
      const identical = latestRows.length === rows.length && latestRows.every((row) => hashes[row.language] === row.contentHash);
      if (latest && identical) {
        return failure("refused", {
          identical: true,
          formError: message("policyEditor.errors.nothingToPublish", { number: latest.number }),
          values: echo(input),
        });
      }
      const number = (latest?.number ?? 0) + 1;
      const created = [];
      for (const row of rows) {
        created.push(
          await tx.policyVersion.create({
            data: {
              policyId,
              number,
              language: row.language,
              effectiveAt: effective.effectiveAt,
              publishedById: actor.user.id,
              changeSummary,
              content: row.content as unknown as Prisma.InputJsonValue,
              html: row.html,
              contentHash: row.contentHash,
              findings: row.findings as unknown as Prisma.InputJsonValue,
            },
            select: { id: true, language: true },
          }),
        );
      }
      const version = created[0];
      await audit({
        action: "PUBLISH",
        entityType: "Policy",
        entityId: policyId,
        after: {
          versionId: version.id,
          versionIds: Object.fromEntries(created.map((row) => [row.language, row.id])),
          number,
          languages,
          effectiveAt: effective.effectiveAt,
          changeSummary,
          // The first language's hash and findings under the names a single-language publication used.
          contentHash: rows[0].contentHash,
          contentHashes: hashes,
          findings: rows[0].findings as unknown as Prisma.InputJsonValue,
          findingsByLanguage: Object.fromEntries(rows.map((row) => [row.language, row.findings])) as unknown as Prisma.InputJsonValue,
        },
      });
      return { ok: true, id: version.id, number, message: message("policyEditor.errors.published", { number, languages: languages.length }) };
    }, { client });
  } catch (error) {
    if (isUniqueViolation(error)) return failure("conflict", { formError: message("policyEditor.errors.publishedSameMoment"), values: echo(input) });
    throw error;
  }
}

export function formatEffectiveDate(date: Date, language: string): string {
  return new Intl.DateTimeFormat(LOCALES[asLanguage(language)], { dateStyle: "long", timeZone: "UTC" }).format(date);
}
