/** The public archive of a policy: every version with its effective date and change summary. */
import type { PublicPolicy } from "@/lib/policies/public-queries";
import type { PolicyLanguage } from "@/lib/policies/types";
import { asLanguage } from "@/lib/translations/languages";
import { escapeHtml, formatPublicDate, renderShell } from "./shell";

const words = {
  en: { recorded: "published before this archive was kept", heading: "Version history", number: "Version", effective: "Effective from", summary: "What changed", read: "Read", compare: "Compare with previous", current: "current", archive: "All versions of this policy, newest first.", currentLink: "Read the current version" },
  de: { recorded: "vor Beginn dieses Archivs veröffentlicht", heading: "Versionsverlauf", number: "Version", effective: "Gültig ab", summary: "Änderungen", read: "Lesen", compare: "Mit Vorversion vergleichen", current: "aktuell", archive: "Alle Versionen dieser Erklärung, die neueste zuerst.", currentLink: "Zur aktuellen Version" },
  fr: { recorded: "publiée avant la tenue de cet historique", heading: "Historique des versions", number: "Version", effective: "En vigueur à partir du", summary: "Modifications", read: "Lire", compare: "Comparer avec la version précédente", current: "en vigueur", archive: "Toutes les versions de cette politique, de la plus récente à la plus ancienne.", currentLink: "Lire la version en vigueur" },
} satisfies Record<PolicyLanguage, unknown>;

export function renderVersionsPage(policy: PublicPolicy, current: number, base: string): string {
  const language = asLanguage(policy.policy.language);
  const w = words[language];
  const rows = policy.versions
    .map((version) => {
      const compare = version.number > 1 ? ` · <a href="${base}/compare?from=${version.number - 1}&amp;to=${version.number}">${w.compare}</a>` : "";
      return `<tr>
  <th scope="row"><a href="${base}/v/${version.number}">${w.number} ${version.number}</a>${version.number === current ? ` <span class="tag added">${w.current}</span>` : ""}${version.origin === "RECORDED" ? `<br><small>${w.recorded}</small>` : ""}</th>
  <td data-label="${w.effective}">${formatPublicDate(version.effectiveAt, language)}</td>
  <td>${escapeHtml(version.changeSummary)}<br><small><a href="${base}/v/${version.number}">${w.read}</a>${compare}</small></td>
</tr>`;
    })
    .join("\n");
  return renderShell({
    language,
    title: `${policy.policy.title}: ${w.heading}`,
    organisation: policy.organisation.legalName,
    meta: `<p class="meta">${w.archive}</p><ul class="links"><li><a href="${base}">${w.currentLink}</a></li></ul>`,
    main: `<table class="versions"><caption class="sr-only">${w.heading}</caption>
<thead><tr><th scope="col">${w.number}</th><th scope="col">${w.effective}</th><th scope="col">${w.summary}</th></tr></thead>
<tbody>${rows}</tbody></table>`,
  });
}
