/**
 * The current draft of a stored policy, composed from the register as it is
 * now, with its Art. 13/14 findings: what publishing stores and what drift
 * compares with the published version.
 */
import { db, type Db } from "@/lib/db";
import { checkPolicy } from "./checks";
import { composePolicy } from "./compose";
import type { ComposedDraft } from "./publish";
import { loadPolicyComposeInput } from "./queries";

export async function composeDraft(organisationId: string, policyId: string, client: Db = db): Promise<ComposedDraft | null> {
  const input = await loadPolicyComposeInput(organisationId, policyId, client);
  if (!input) return null;
  return { document: composePolicy(input), findings: checkPolicy(input, `/policies/${policyId}`) };
}
