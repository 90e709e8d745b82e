/**
 * The shapes a privacy policy takes, from the DPO's draft to the published,
 * immutable version. The composer (records + draft → PolicyDocument) is pure;
 * the HTML and the semantic facts are derived from the document and stored
 * with each published version, so public pages never recompute anything.
 */

import type { Language } from "../translations/languages";

/** A policy is written in one of the languages records can be kept in. */
export type PolicyLanguage = Language;

/** One entry of a draft (Policy.sections), in the order the DPO arranged them. */
export type PolicySectionSpec =
  // Art. 13(1)(a)/(b): controller, representative, DPO — from the organisation profile,
  // with optional per-policy contact addresses.
  | { type: "controller"; privacyContactEmail?: string; dpoEmail?: string }
  // One processing activity, generated from its records.
  | { type: "activity"; activityId: string }
  // Art. 13(2)(b)-(d): the rights that apply given the legal bases used.
  | { type: "rights" }
  // The DPO's own text, Markdown (sanitised when rendered).
  // `translations` holds the text in the organisation's other languages, each with
  // the hash of the default language's text it was made from (outdated when it moved).
  | { type: "markdown"; title: string; body: string; translations?: Partial<Record<Language, MarkdownTranslation>> };

export type MarkdownTranslation = { title: string; body: string; sourceHash: string };

/**
 * Where a statement comes from: the record and the field the DPO edits to
 * change it (sources.ts). `href` opens that field: an activity's form input
 * (`/activities/<id>/edit#purposes.0.legalBasisIds`), the organisation
 * settings (`/settings#org-<field>`) or the policy editor
 * (`/policies/<id>#sections.<i>.body`). Every statement of a composed
 * document (paragraph, list item, definition, HTML block) has at least one
 * source, and each names a field that is recorded (non-empty, `true`, an
 * answer other than "not specified"): compose-sources.property.test.ts.
 * Fixed wording names what triggers it: a "none" sentence its recorded
 * "none"; the controller's introduction the controller's own fields; the
 * rights that apply to every processing (Art. 15-18, 77) the policy's
 * "Your rights" section (`sections.<i>`), the complaint also the recorded
 * authority; portability, withdrawal of consent and the objection the
 * purposes (legal bases, direct marketing) and Art. 9 conditions that make
 * them apply. Published versions keep the sources; the public pages and JSON
 * never show them (public-document.ts). Versions published before sources
 * existed have none.
 */
export type StatementSource = {
  entity: "organisation" | "policy" | "activity" | "purpose" | "activityDataCategory" | "dataCategory" | "dataSubjectCategory" | "recipient" | "activityRecipient" | "transfer" | "country" | "legalBasis";
  id: string;
  field: string;
  href: string;
};

/**
 * What a block of an activity or controller section states, stable across
 * languages and renames, so comparisons and drift can name the change
 * ("Purposes and legal bases of “Newsletter” changed").
 */
export type BlockField =
  | "description"
  | "dataSubjects"
  | "dataCategories"
  | "purposes"
  | "recipients"
  | "transfers"
  | "retention"
  | "source"
  | "provision"
  | "automatedDecisions"
  | "withdrawal"
  | "objection"
  | "controller"
  | "rights"
  | "intro"
  | "markdown";

type BlockMeta = { field?: BlockField };

export type PolicyBlock =
  | (BlockMeta & { kind: "paragraph"; text: string; sources?: StatementSource[] })
  /** `title` (optional) is a sub-heading of the list, e.g. "Purposes and legal bases". `sources[i]` backs `items[i]`. */
  | (BlockMeta & { kind: "list"; items: string[]; title?: string; sources?: StatementSource[][] })
  | (BlockMeta & { kind: "definitions"; items: { term: string; description: string; sources?: StatementSource[] }[]; title?: string })
  /** Already sanitised HTML: the DPO's Markdown, or text with a link built and escaped by html.ts (the consent withdrawal page). */
  | (BlockMeta & { kind: "html"; html: string; sources?: StatementSource[] });

export type PolicySectionRendered = {
  /** A stable anchor for the table of contents and links. */
  anchor: string;
  /**
   * Anchors this section had in earlier versions (e.g. before the activity's
   * public title was renamed): rendered as extra targets so old deep links
   * keep working.
   */
  anchorAliases?: string[];
  heading: string;
  source: PolicySectionSpec["type"];
  /** For activity sections: the activity, so checks and drift can point at it. */
  activityId?: string;
  blocks: PolicyBlock[];
  /**
   * For Markdown sections whose body cannot be rendered (stored before the
   * bounds of markdown.ts existed): why. The blocks then hold a notice in
   * place of the text, and such a draft cannot be published.
   */
  renderError?: string;
};

/** What a policy says, reduced to comparable facts for the semantic diff and drift. */
export type PolicyFacts = {
  controller: { name: string; address: string; email: string; dpo: string; representative: string; supervisoryAuthority: string };
  activities: {
    id: string;
    reference: string;
    title: string;
    purposes: { description: string; legalBases: string[]; legitimateInterests: string }[];
    dataCategories: { name: string; retention: string }[];
    recipients: string[];
    transfers: { destination: string; safeguard: string }[];
    source: string;
    automatedDecisionMaking: boolean;
  }[];
  rights: string[];
};

export type PolicyDocument = {
  schemaVersion: 1;
  title: string;
  language: PolicyLanguage;
  organisation: { slug: string; legalName: string };
  sections: PolicySectionRendered[];
  facts: PolicyFacts;
};
