/**
 * The current draft of a stored policy, composed from the register as it is
 * now in each of the policy's languages, with its Art. 13/14 and translation
 * findings: what publishing stores and what drift compares with the
 * published versions.
 */
import { db, type Db } from "@/lib/db";
import { mergeFindings } from "./compose-languages";
import type { ComposedDraft } from "./publish";
import { loadPolicyLanguageDrafts } from "./queries";

export async function composeDraft(organisationId: string, policyId: string, client: Db = db): Promise<ComposedDraft | null> {
  const drafts = await loadPolicyLanguageDrafts(organisationId, policyId, client);
  if (!drafts?.length) return null;
  return {
    document: drafts[0].document,
    findings: mergeFindings(drafts),
    versions: drafts.map(({ language, document, findings }) => ({ language, document, findings })),
  };
}
