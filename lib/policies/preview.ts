import "server-only";
import { loadSectionAnchors } from "./anchor-queries";
import { checkPolicy, type Finding } from "./checks";
import { composePolicy } from "./compose";
import { renderPolicyHtml } from "./html";
import { loadPolicyRecords } from "./queries";
import type { PolicyDocument, PolicyLanguage, PolicySectionSpec } from "./types";

export type PolicyPreview = { html: string; findings: Finding[]; document: PolicyDocument };

/**
 * The draft as it would be published, and its Art. 13/14 findings: the same
 * composer and renderer the publisher uses, on the records as they are now.
 */
export async function buildPolicyPreview(
  orgId: string,
  policyId: string,
  draft: { title: string; language: PolicyLanguage; sections: PolicySectionSpec[] },
): Promise<PolicyPreview | null> {
  const [records, anchors] = await Promise.all([loadPolicyRecords(orgId, draft.sections), loadSectionAnchors(orgId, policyId)]);
  if (!records) return null;
  const input = { ...records, policy: { ...draft, id: policyId }, anchors };
  const document = composePolicy(input);
  return { html: renderPolicyHtml(document, { sourceLinks: true }), findings: checkPolicy(input, `/policies/${policyId}`), document };
}
