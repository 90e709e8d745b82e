/**
 * Recording a version the organisation published before this register was
 * kept: the policy as it was already public, stored as version 1 with origin
 * RECORDED and the findings the checks report for it. It does not go through
 * the publish gate: nothing is being made public here, and the gaps the
 * findings name are exactly what the DPO fixes before publishing version 2.
 * Used by the demo seed; not an entry point for users. A recorded policy was
 * published in one language: the policy's first.
 */
import type { Prisma } from "@prisma/client";
import { refuseRole, type Actor } from "@/lib/mutations/actor";
import { writeAudited } from "@/lib/mutations/audited";
import { failure, type MutationResult } from "@/lib/mutations/result";
import { db as defaultDb, type Db } from "@/lib/db";
import { contentHash } from "./content-hash";
import { renderPolicyHtml } from "./html";
import { draftVersions, formatEffectiveDate, type DraftComposer } from "./publish";

export type RecordVersionInput = {
  policyId: string;
  /** Where the version comes from and what it said about its own date, shown in the version history. */
  changeSummary: string;
};

export type RecordVersionResult = MutationResult<{ number: number }>;

export async function recordPublishedVersion(actor: Actor, input: RecordVersionInput, compose: DraftComposer, now = new Date(), client: Db = defaultDb): Promise<RecordVersionResult> {
  const refused = refuseRole(actor, "DPO");
  if (refused) return refused;
  const organisationId = actor.organisation.id;
  const draft = await compose(organisationId, input.policyId);
  if (!draft) return failure("not-found", { formError: "This policy does not exist." });
  const first = draftVersions(draft)[0];
  const hash = contentHash(first.document);
  const html = renderPolicyHtml(first.document, { lastUpdated: formatEffectiveDate(now, first.language) });
  return writeAudited(actor, async (tx, audit): Promise<RecordVersionResult> => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Policy" WHERE "id" = ${input.policyId} AND "organisationId" = ${organisationId} FOR UPDATE`;
    if (locked.length === 0) return failure("not-found", { formError: "This policy does not exist." });
    // What was published before the register was kept comes before everything published here.
    if (await tx.policyVersion.count({ where: { policyId: input.policyId } })) return failure("refused", { formError: "This policy has versions already." });
    const findings = first.findings as unknown as Prisma.InputJsonValue;
    const version = await tx.policyVersion.create({
      data: {
        policyId: input.policyId,
        number: 1,
        language: first.language,
        effectiveAt: now,
        publishedById: actor.user.id,
        changeSummary: input.changeSummary,
        content: first.document as unknown as Prisma.InputJsonValue,
        html,
        contentHash: hash,
        origin: "RECORDED",
        findings,
      },
      select: { id: true, number: true },
    });
    await audit({
      action: "RECORD_VERSION",
      entityType: "Policy",
      entityId: input.policyId,
      after: { versionId: version.id, number: version.number, origin: "RECORDED", language: first.language, changeSummary: input.changeSummary, contentHash: hash, findings: first.findings.length },
    });
    return { ok: true, number: version.number };
  }, { client });
}
