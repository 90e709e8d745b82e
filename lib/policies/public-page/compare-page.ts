/** The public comparison of two versions: what changed in substance, then the redline of the text. */
import { describeChange, type RedlineSection, type SemanticChange } from "@/lib/policies/diff";
import type { PublicPolicy } from "@/lib/policies/public-queries";
import type { PolicyLanguage } from "@/lib/policies/types";
import { asLanguage } from "@/lib/translations/languages";
import { chromeFor, escapeHtml, formatPublicDate, renderShell } from "./shell";

const words = {
  en: {
    heading: (from: number, to: number) => `Changes from version ${from} to version ${to}`,
    from: "From version",
    to: "To version",
    show: "Compare",
    summary: "What changed in substance",
    noSummary: "The two versions state the same processing: only the wording differs.",
    text: "Changes in the text",
    noText: "The text of the two versions is identical.",
    unchanged: (n: number) => `${n} unchanged ${n === 1 ? "section" : "sections"} not shown.`,
    status: { added: "added", removed: "removed", changed: "changed" },
    legend: "Inserted text is underlined on green, deleted text struck through on red.",
    single: "This policy has one version only; there is nothing to compare yet.",
  },
  de: {
    heading: (from: number, to: number) => `Änderungen von Version ${from} zu Version ${to}`,
    from: "Von Version",
    to: "Zu Version",
    show: "Vergleichen",
    summary: "Inhaltliche Änderungen",
    noSummary: "Beide Versionen beschreiben dieselbe Verarbeitung; nur der Wortlaut unterscheidet sich.",
    text: "Änderungen im Text",
    noText: "Der Text beider Versionen ist identisch.",
    unchanged: (n: number) => `${n} unveränderte ${n === 1 ? "Abschnitt" : "Abschnitte"} nicht angezeigt.`,
    status: { added: "neu", removed: "entfernt", changed: "geändert" },
    legend: "Eingefügter Text ist grün unterstrichen, gelöschter rot durchgestrichen.",
    single: "Von dieser Erklärung gibt es bisher nur eine Version.",
  },
  fr: {
    heading: (from: number, to: number) => `Modifications de la version ${from} à la version ${to}`,
    from: "De la version",
    to: "À la version",
    show: "Comparer",
    summary: "Modifications de fond",
    noSummary: "Les deux versions décrivent les mêmes traitements\u00a0; seule la formulation diffère.",
    text: "Modifications du texte",
    noText: "Le texte des deux versions est identique.",
    unchanged: (n: number) => `${n} ${n === 1 ? "section inchangée non affichée" : "sections inchangées non affichées"}.`,
    status: { added: "ajouté", removed: "supprimé", changed: "modifié" },
    legend: "Le texte inséré est souligné sur fond vert, le texte supprimé est barré sur fond rouge.",
    single: "Cette politique n’a encore qu’une seule version\u00a0; il n’y a rien à comparer.",
  },
} satisfies Record<PolicyLanguage, unknown>;

export type CompareInput = {
  policy: PublicPolicy;
  base: string;
  from: number;
  to: number;
  changes: SemanticChange[];
  sections: RedlineSection[];
};

function parts(section: { value: string; added?: boolean; removed?: boolean }[]): string {
  return section.map((part) => (part.added ? `<ins>${escapeHtml(part.value)}</ins>` : part.removed ? `<del>${escapeHtml(part.value)}</del>` : escapeHtml(part.value))).join("");
}

function versionSelect(name: string, label: string, selected: number, policy: PublicPolicy, language: PolicyLanguage): string {
  const options = policy.versions
    .map((version) => `<option value="${version.number}"${version.number === selected ? " selected" : ""}>${version.number} (${formatPublicDate(version.effectiveAt, language)})</option>`)
    .join("");
  return `<label>${label}<select name="${name}">${options}</select></label>`;
}

export function renderComparePage(input: CompareInput): string {
  const { policy, base } = input;
  const language = asLanguage(policy.policy.language);
  const w = words[language];
  const form = `<form class="compare-form" method="get" action="${base}/compare">
${versionSelect("from", w.from, input.from, policy, language)}
${versionSelect("to", w.to, input.to, policy, language)}
<button type="submit">${w.show}</button>
</form>`;
  const summary = input.changes.length
    ? `<ul class="changes">${input.changes.map((change) => `<li><span class="tag ${change.change}">${w.status[change.change]}</span>${escapeHtml(describeChange(change))}</li>`).join("")}</ul>`
    : `<p>${w.noSummary}</p>`;
  const shown = input.sections.filter((section) => section.status !== "unchanged");
  const hidden = input.sections.length - shown.length;
  // A removed section and an added one may carry the same anchor (two activities with one title): ids stay unique.
  const ids = new Set<string>();
  const idOf = (anchor: string) => {
    let id = `r-${anchor}`;
    for (let n = 2; ids.has(id); n++) id = `r-${anchor}-${n}`;
    ids.add(id);
    return escapeHtml(id);
  };
  const redline = shown.length
    ? shown
        .map((section) => ({ section, id: idOf(section.anchor) }))
        .map(
          ({ section, id }) => `<section aria-labelledby="${id}">
<h3 id="${id}">${section.status === "added" || section.status === "removed" ? `<span class="tag ${section.status}">${w.status[section.status]}</span>` : ""}${section.headingParts ? parts(section.headingParts) : escapeHtml(section.heading)}</h3>
<div class="text">${parts(section.parts)}</div>
</section>`,
        )
        .join("\n")
    : `<p>${w.noText}</p>`;
  const main =
    policy.versions.length < 2
      ? `<p class="compare-single">${w.single}</p>`
      : `${form}
<section aria-labelledby="summary-heading"><h2 id="summary-heading">${w.summary}</h2>${summary}</section>
<section aria-labelledby="text-heading" class="redline"><h2 id="text-heading">${w.text}</h2><p class="meta">${w.legend}</p>${redline}${hidden ? `<p class="unchanged-list">${w.unchanged(hidden)}</p>` : ""}</section>`;
  return renderShell({
    language,
    title: `${policy.policy.title}`,
    organisation: policy.organisation.legalName,
    meta: `<p class="meta"><strong>${w.heading(input.from, input.to)}</strong></p><ul class="links"><li><a href="${base}">${escapeHtml(policy.policy.title)}</a></li><li><a href="${base}/versions">${chromeFor(language).archive}</a></li></ul>`,
    main: `<div class="compare">${main}</div>`,
    wide: true,
  });
}
