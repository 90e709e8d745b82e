/**
 * No mixed pages: a language version of a policy may show only texts written
 * in that language. A text the version would show (a statement's source,
 * an activity's heading, the policy's title and its own Markdown sections)
 * that has no translation into it is an error of that version, which refuses
 * publishing (publish-gate.ts); a translation made from an earlier text is a
 * warning. Art. 12(1) asks for the information "in a concise, transparent,
 * intelligible and easily accessible form, using clear and plain language":
 * half a page in another language is none of that. Pure.
 */
import { isTranslatable, textKey, type TextRef } from "@/lib/translations/fields";
import { message } from "@/lib/i18n/message";
import type { Language } from "@/lib/translations/languages";
import type { SourceText } from "@/lib/translations/localise";
import type { Finding } from "./checks";
import type { ComposeActivity } from "./compose-input";
import type { PolicyTextGap } from "./policy-languages";
import type { PolicyDocument, StatementSource } from "./types";

/** Every record text a composed document shows: the statements' sources and the activities' headings. */
export function shownTexts(document: PolicyDocument, activities: Record<string, Pick<ComposeActivity, "id" | "publicTitle">>): Map<string, { ref: TextRef; href?: string; heading: string }> {
  const shown = new Map<string, { ref: TextRef; href?: string; heading: string }>();
  const add = (source: Pick<StatementSource, "entity" | "id" | "field"> & { href?: string }, heading: string) => {
    if (!isTranslatable(source.entity, source.field)) return;
    const ref = { entity: source.entity, id: source.id, field: source.field };
    const key = textKey(ref);
    if (!shown.has(key)) shown.set(key, { ref, href: source.href, heading });
  };
  for (const section of document.sections) {
    if (section.activityId) {
      // The heading is the public title, or the internal name where none is recorded (activityTitle).
      const activity = activities[section.activityId];
      const field = activity?.publicTitle.trim() ? "publicTitle" : "name";
      add({ entity: "activity", id: section.activityId, field, href: `/activities/${section.activityId}/edit#${field}` }, section.heading);
    }
    for (const block of section.blocks) {
      const sources =
        block.kind === "list" ? (block.sources ?? []).flat() : block.kind === "definitions" ? block.items.flatMap((item) => item.sources ?? []) : (block.sources ?? []);
      for (const source of sources) add(source, section.heading);
    }
  }
  return shown;
}

/** A quotable excerpt of a text: flat, at most 80 characters. */
const excerpt = (text: string) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
};

/** Where the editor lets the DPO fill a text of this language in place. */
export function translateHref(policyHref: string, language: Language, key: string): string {
  return `${policyHref}?language=${language}#translate-${encodeURIComponent(key)}`;
}

/** A stable id for a text, for finding ids and the editor's anchors. */
export const gapKey = (ref: TextRef) => `${ref.entity}:${ref.id}:${ref.field}`;

export type TranslationInput = {
  language: Language;
  document: PolicyDocument;
  activities: Record<string, Pick<ComposeActivity, "id" | "publicTitle">>;
  /** From localiseRecords. */
  missing: readonly SourceText[];
  outdated: readonly SourceText[];
  /** From policyTextsIn. */
  policyGaps: readonly PolicyTextGap[];
  policyHref: string;
};

/** A record text a language version shows without a current translation: what the editor offers to fill in place. */
export type TextGap = TextRef & { key: string; source: string; kind: SourceText["kind"]; state: "missing" | "outdated"; heading: string };

/** The record texts the version shows that the language lacks (`missing`) or has from an earlier text (`outdated`). */
export function shownGaps({ document, activities, missing, outdated }: Pick<TranslationInput, "document" | "activities" | "missing" | "outdated">): TextGap[] {
  const shown = shownTexts(document, activities);
  const gaps: TextGap[] = [];
  const collect = (texts: readonly SourceText[], state: TextGap["state"]) => {
    for (const text of texts) {
      const at = shown.get(textKey(text));
      if (at) gaps.push({ entity: text.entity, id: text.id, field: text.field, key: gapKey(text), source: text.source, kind: text.kind, state, heading: at.heading });
    }
  };
  collect(missing, "missing");
  collect(outdated, "outdated");
  return gaps;
}

/** The record texts a language version would show untranslated, and the policy's own ones. */
export function translationFindings(input: TranslationInput): Finding[] {
  const { language, policyGaps, policyHref } = input;
  const findings: Finding[] = [];
  for (const gap of shownGaps(input)) {
    // The message names the kind of record (`entity`) and the language in the reader's words.
    const values = { language, source: excerpt(gap.source), entity: gap.entity, heading: gap.heading };
    findings.push({
      id: `translation-${gap.state}:${language}:${gap.key}`,
      severity: gap.state === "missing" ? "error" : "warning",
      article: "Art. 12(1)",
      message: message(gap.state === "missing" ? "policyEditor.findings.translation.missing" : "policyEditor.findings.translation.outdated", values),
      href: translateHref(policyHref, language, gap.key),
    });
  }
  for (const gap of policyGaps) {
    const id = gap.what === "title" ? "title" : `sections.${gap.what.section}`;
    const values = { language, what: gap.what === "title" ? "title" : "section", source: gap.what === "title" ? "" : excerpt(gap.source) };
    const missingGap = gap.state === "missing";
    findings.push({
      id: `translation-${missingGap ? "missing" : "outdated"}:${language}:policy:${id}`,
      severity: missingGap ? "error" : "warning",
      article: "Art. 12(1)",
      message: message(missingGap ? "policyEditor.findings.translation.policyMissing" : "policyEditor.findings.translation.policyOutdated", values),
      href: `${policyHref}?language=${language}#${gap.what === "title" ? "title" : `sections.${gap.what.section}.translations.${language}`}`,
    });
  }
  return findings;
}
