/**
 * A draft composed in each of its policy's languages: the records localised
 * into the language (lib/translations/localise.ts), the wording of that
 * language, the policy's own title and Markdown in it, the Art. 13/14 checks
 * and the translation findings of that version. Pure: the loader
 * (queries.ts) hands it the records and the translation sets.
 */
import type { OrganisationRecords } from "@/lib/records/read-model";
import { asLanguage } from "@/lib/translations/languages";
import { localiseRecords, type TranslationSet } from "@/lib/translations/localise";
import type { SectionAnchors } from "./anchors";
import { checkPolicy, type Finding } from "./checks";
import { composePolicy } from "./compose";
import type { ComposeInput } from "./compose-input";
import { composeRecords } from "./from-records";
import { policyTextsIn, type PolicyTexts } from "./policy-languages";
import { shownGaps, translationFindings, type TextGap } from "./translation-findings";
import { textKey } from "@/lib/translations/fields";
import type { PolicyDocument, PolicyLanguage } from "./types";

export type LanguageDraft = {
  language: PolicyLanguage;
  /** What compose and the checks read for this language. */
  input: ComposeInput;
  document: PolicyDocument;
  /** The Art. 13/14 findings and the translation findings of this language version. */
  findings: Finding[];
  /** The record texts this version shows untranslated or from an earlier text, with the stored translation (the editor's `base`). */
  gaps: (TextGap & { translation: string })[];
};

export type PolicyForLanguages = PolicyTexts & { id?: string; languages: readonly PolicyLanguage[] };

const order = { error: 0, warning: 1, info: 2 } as const;

/** One language version of the draft. `anchors` are those the language's published versions used. */
export function composeInLanguage(
  records: OrganisationRecords,
  set: TranslationSet,
  policy: PolicyForLanguages,
  language: PolicyLanguage,
  anchors: SectionAnchors | undefined,
  policyHref: string,
): LanguageDraft {
  const organisationDefault = asLanguage(records.organisation.defaultLanguage);
  const localised = localiseRecords(records, set);
  const texts = policyTextsIn(policy, language, organisationDefault);
  const input: ComposeInput = {
    ...composeRecords(localised.records),
    policy: { id: policy.id, title: texts.title, language, sections: texts.sections },
    anchors,
  };
  const document = composePolicy(input);
  const translation = { language, document, activities: input.activities, missing: localised.missing, outdated: localised.outdated, policyGaps: texts.gaps, policyHref };
  const findings = [...checkPolicy(input, policyHref), ...translationFindings(translation)].sort((a, b) => order[a.severity] - order[b.severity]);
  const gaps = shownGaps(translation).map((gap) => ({ ...gap, translation: set.values.get(textKey(gap))?.value ?? "" }));
  return { language, input, document, findings, gaps };
}

/**
 * The findings of all language versions as one list for the publish gate:
 * an Art. 13/14 item of the records is the same in every language (same id,
 * reported once); translation findings name their language in their id.
 */
export function mergeFindings(drafts: readonly Pick<LanguageDraft, "findings">[]): Finding[] {
  const seen = new Set<string>();
  const merged: Finding[] = [];
  for (const draft of drafts) {
    for (const finding of draft.findings) {
      if (seen.has(finding.id)) continue;
      seen.add(finding.id);
      merged.push(finding);
    }
  }
  return merged.sort((a, b) => order[a.severity] - order[b.severity]);
}
