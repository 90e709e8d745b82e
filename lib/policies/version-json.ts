/**
 * A published version as machine-readable JSON: the organisation, the
 * policy, the version's metadata, the document (without its sources) and
 * its JSON-LD. The public JSON address and the REST API give the same body.
 */
import { policyJsonLd } from "./jsonld";
import type { PublicPolicy, PublicVersion } from "./public-queries";

export function publicVersionJson(policy: Pick<PublicPolicy, "organisation" | "policy">, version: PublicVersion, url: string) {
  return {
    organisation: policy.organisation,
    policy: policy.policy,
    version: { number: version.number, effectiveAt: version.effectiveAt, changeSummary: version.changeSummary, contentHash: version.contentHash, publishedAt: version.createdAt },
    document: version.content,
    jsonLd: policyJsonLd(version.content, { number: version.number, effectiveAt: version.effectiveAt, url }),
  };
}
