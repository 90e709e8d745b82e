/**
 * The shapes a privacy policy takes, from the DPO's draft to the published,
 * immutable version. The composer (records + draft → PolicyDocument) is pure;
 * the HTML and the semantic facts are derived from the document and stored
 * with each published version, so public pages never recompute anything.
 */

export type PolicyLanguage = "en" | "de";

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
  | { type: "markdown"; title: string; body: string };

export type PolicyBlock =
  | { kind: "paragraph"; text: string }
  /** `title` (optional) is a sub-heading of the list, e.g. "Purposes and legal bases". */
  | { kind: "list"; items: string[]; title?: string }
  | { kind: "definitions"; items: { term: string; description: string }[]; title?: string }
  /** Already sanitised HTML (from the DPO's Markdown). */
  | { kind: "html"; html: string };

export type PolicySectionRendered = {
  /** A stable anchor for the table of contents and links. */
  anchor: string;
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
