/** The public page of one published version: header, contents, the stored policy HTML. */
import { jsonLdScript, policyJsonLd } from "@/lib/policies/jsonld";
import type { PublicPolicy, PublicVersion } from "@/lib/policies/public-queries";
import type { PageLanguages } from "./languages";
import { chromeFor, formatPublicDate, renderShell } from "./shell";

/** `base`: the policy's address in this page's language; `languages`: this page in the policy's languages. */
export type PolicyUrls = { base: string; origin: string; languages?: PageLanguages };

function policyLinks(urls: PolicyUrls, language: string, versionNumber: number): string {
  const text = chromeFor(language);
  const compare = versionNumber > 1 ? `<li><a href="${urls.base}/compare?from=${versionNumber - 1}&amp;to=${versionNumber}">${text.compare}</a></li>` : "";
  return `<ul class="links">
  <li><a href="${urls.base}/versions">${text.archive}</a></li>
  ${compare}
  <li><a href="${urls.base}/v/${versionNumber}/json" type="application/json">${text.json}</a></li>
</ul>`;
}

/**
 * `address` says which page this is: the latest-version address, or the
 * permanent address of this version. The permanent page never mentions later
 * versions, so it stays byte-identical and can be cached as immutable.
 */
export function renderPolicyPage(policy: PublicPolicy, version: PublicVersion, address: "latest" | "permanent", urls: PolicyUrls, now: Date): string {
  const document = version.content;
  const language = document.language;
  const text = chromeFor(language);
  const effective = formatPublicDate(version.effectiveAt, language);
  const notices: string[] = [];
  if (address === "permanent") {
    notices.push(`<p class="notice" role="note">${text.permanent(version.number)} <a href="${urls.base}">${text.readCurrent}</a>.</p>`);
  }
  if (address === "latest" && version.effectiveAt > now) notices.push(`<p class="notice" role="note">${text.upcoming(effective)}</p>`);
  const meta = `<p class="meta"><strong>${text.version(version.number)}</strong> · ${text.effective(effective)}</p>
${policyLinks(urls, language, version.number)}
${notices.join("\n")}`;
  const jsonLd = policyJsonLd(document, { number: version.number, effectiveAt: version.effectiveAt, url: `${urls.origin}${urls.base}/v/${version.number}` });
  // The stored HTML brings the title, the table of contents and the sections.
  const main = `<div class="policy-page">
${version.html}
<p class="hash">${text.hash}: ${version.contentHash}</p>
</div>`;
  return renderShell({
    language,
    title: document.title,
    organisation: policy.organisation.legalName,
    meta,
    main,
    showTitle: false,
    languages: urls.languages,
    origin: urls.origin,
    head: `<link rel="canonical" href="${urls.origin}${urls.base}/v/${version.number}">
<link rel="alternate" type="application/json" href="${urls.base}/v/${version.number}/json">
${jsonLdScript(jsonLd)}`,
  });
}
