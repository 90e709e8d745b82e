/**
 * Comparing two policy versions (pure): a readable word-level redline of the
 * sections' text, and a semantic summary of what changed in the facts the
 * policy states (activities, recipients, legal bases, transfers, retention…).
 * The public comparison page and drift both use it.
 */
import type { Language } from "@/lib/translations/languages";
import { diffArrays, diffWords } from "diff";
import type { PolicyBlock, PolicyDocument, PolicyFacts } from "./types";

export type RedlinePart = { value: string; added?: boolean; removed?: boolean };

export type RedlineSection = {
  anchor: string;
  heading: string;
  status: "added" | "removed" | "changed" | "unchanged";
  /** The heading's own change, when it was renamed. */
  headingParts?: RedlinePart[];
  parts: RedlinePart[];
};

function stripTags(html: string): string {
  return html
    .replace(/<(br|\/p|\/li|\/h\d|\/tr)\s*\/?>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function blockText(block: PolicyBlock): string {
  switch (block.kind) {
    case "paragraph":
      return block.text;
    case "list":
      return [block.title, ...block.items.map((item) => `• ${item}`)].filter(Boolean).join("\n");
    case "definitions":
      return [block.title, ...block.items.map((item) => `${item.term}: ${item.description}`)].filter(Boolean).join("\n");
    case "html":
      return stripTags(block.html);
  }
}

export type SectionText = { anchor: string; heading: string; text: string; activityId?: string };

/** The plain text of each section, in order: what a reader reads. */
export function sectionTexts(document: PolicyDocument): SectionText[] {
  return document.sections.map((section) => ({
    anchor: section.anchor,
    heading: section.heading,
    text: section.blocks.map(blockText).join("\n\n"),
    ...(section.activityId ? { activityId: section.activityId } : {}),
  }));
}

/**
 * Which older section each newer one continues, as indexes (newer → older).
 * An activity's section is the same section whatever its title and anchor
 * (a renamed activity is one changed section, not one removed and one
 * added); the other sections are matched by anchor, as before activities'
 * anchors were kept. Sections of two different activities are never matched.
 */
export function matchSections(before: SectionText[], after: SectionText[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const taken = new Set<number>();
  const pair = (newer: number, older: number) => {
    pairs.set(newer, older);
    taken.add(older);
  };
  const byActivity = new Map<string, number>();
  before.forEach((section, index) => {
    if (section.activityId && !byActivity.has(section.activityId)) byActivity.set(section.activityId, index);
  });
  after.forEach((section, index) => {
    const older = section.activityId ? byActivity.get(section.activityId) : undefined;
    if (older !== undefined && !taken.has(older)) pair(index, older);
  });
  const byAnchor = new Map(before.map((section, index) => [section.anchor, index]));
  after.forEach((section, index) => {
    const older = byAnchor.get(section.anchor);
    if (pairs.has(index) || older === undefined || taken.has(older)) return;
    const { activityId } = before[older];
    if (activityId && section.activityId && activityId !== section.activityId) return;
    pair(index, older);
  });
  return pairs;
}

/**
 * How many words and spaces a redline may find changed, in one text and in
 * the whole comparison. The diff (Myers) costs about the square of the edit
 * distance it explores, so two large versions rewritten from scratch cost
 * seconds: with 60 such sections one anonymous request held the server for
 * 7.8 s (OWASP API4:2023, unrestricted resource consumption). Past the bound
 * a text is compared paragraph by paragraph, paragraphs replaced by others
 * word by word while the comparison's budget lasts, and past that the
 * whole text is shown removed and added. An ordinary revision stays
 * word-level (docs/benchmarks.md, "Compare page under load").
 */
const REDLINE_MAX_EDIT = 100;
const REDLINE_BUDGET = 2000;

export type RedlineOptions = { maxEditLength?: number; budget?: number };

/** What one comparison may still spend on word-level diffs. */
type Budget = { limit: number; remaining: number };

const plain = ({ value, added, removed }: RedlinePart): RedlinePart => ({ value, added, removed });
const replaced = (before: string, after: string): RedlinePart[] => [
  ...(before ? [{ value: before, removed: true }] : []),
  ...(after ? [{ value: after, added: true }] : []),
];

/** Lines with their line breaks, so that joining them gives the text back. */
const paragraphs = (text: string) => text.split(/(?<=\n)/);

/** A word-level diff within the budget, or undefined when it would cost more. */
function wordsWithin(before: string, after: string, budget: Budget): RedlinePart[] | undefined {
  const limit = Math.min(budget.limit, budget.remaining);
  if (limit <= 0) return undefined;
  const parts = diffWords(before, after, { maxEditLength: limit });
  // A diff that gave up cost its whole limit; one that finished, the edits it found.
  budget.remaining -= parts ? parts.reduce((sum, part) => sum + (part.added || part.removed ? part.count : 0), 0) : limit;
  return parts?.map(plain);
}

/** The redline of one text: word by word where the budget allows, else coarser. */
function textRedline(before: string, after: string, budget: Budget): RedlinePart[] {
  const fine = wordsWithin(before, after, budget);
  if (fine) return fine;
  const lines = diffArrays(paragraphs(before), paragraphs(after), { maxEditLength: budget.limit });
  if (!lines) return replaced(before, after);
  const parts: RedlinePart[] = [];
  for (let index = 0; index < lines.length; index++) {
    const change = lines[index];
    const next = lines[index + 1];
    if (change.removed && next?.added) {
      // Paragraphs replaced by as many others, in order: each pair gets a word-level redline while the budget lasts.
      const paired = Math.min(change.value.length, next.value.length);
      for (let line = 0; line < paired; line++) {
        parts.push(...(wordsWithin(change.value[line], next.value[line], budget) ?? replaced(change.value[line], next.value[line])));
      }
      parts.push(...replaced(change.value.slice(paired).join(""), next.value.slice(paired).join("")));
      index++;
    } else {
      parts.push({ value: change.value.join(""), added: change.added, removed: change.removed });
    }
  }
  return parts;
}

/** The redline of two texts on their own, with the bounds above (or those given). */
export function redlineText(before: string, after: string, options: RedlineOptions = {}): RedlinePart[] {
  return textRedline(before, after, { limit: options.maxEditLength ?? REDLINE_MAX_EDIT, remaining: options.budget ?? REDLINE_BUDGET });
}

/**
 * A redline section by section, matched by matchSections: sections in the
 * newer version's order, with removed ones placed after the section they
 * followed.
 */
export function redline(from: PolicyDocument, to: PolicyDocument, options: RedlineOptions = {}): RedlineSection[] {
  const budget: Budget = { limit: options.maxEditLength ?? REDLINE_MAX_EDIT, remaining: options.budget ?? REDLINE_BUDGET };
  const before = sectionTexts(from);
  const after = sectionTexts(to);
  const pairs = matchSections(before, after);
  const kept = new Set(pairs.values());
  const result: RedlineSection[] = [];
  // Each removed section, under the older section it followed that is still there (-1: at the start).
  const removedAfter = new Map<number, SectionText[]>();
  let previous = -1;
  before.forEach((section, index) => {
    if (!kept.has(index)) removedAfter.set(previous, [...(removedAfter.get(previous) ?? []), section]);
    else previous = index;
  });
  const pushRemoved = (key: number) => {
    for (const section of removedAfter.get(key) ?? []) {
      result.push({ anchor: section.anchor, heading: section.heading, status: "removed", parts: [{ value: section.text, removed: true }] });
    }
  };
  pushRemoved(-1);
  after.forEach((section, index) => {
    const olderIndex = pairs.get(index);
    if (olderIndex === undefined) {
      result.push({ anchor: section.anchor, heading: section.heading, status: "added", parts: [{ value: section.text, added: true }] });
      return;
    }
    const old = before[olderIndex];
    const parts = old.text === section.text ? (section.text ? [{ value: section.text }] : []) : textRedline(old.text, section.text, budget);
    const headingChanged = old.heading !== section.heading;
    const changed = headingChanged || parts.some((part) => part.added || part.removed);
    result.push({
      anchor: section.anchor,
      heading: section.heading,
      status: changed ? "changed" : "unchanged",
      headingParts: headingChanged ? textRedline(old.heading, section.heading, budget) : undefined,
      parts,
    });
    pushRemoved(olderIndex);
  });
  return result;
}

type SemanticChangeKind =
  | "activity"
  | "purpose"
  | "legal-basis"
  | "legitimate-interests"
  | "data-category"
  | "retention"
  | "recipient"
  | "transfer"
  | "source"
  | "automated-decision"
  | "controller"
  | "right";

export type SemanticChange = {
  kind: SemanticChangeKind;
  change: "added" | "removed" | "changed";
  /** The activity the change belongs to, if any. */
  activity?: { id: string; title: string };
  /** What changed: a recipient's name, a legal basis, a data category… */
  subject: string;
  from?: string;
  to?: string;
};

type Activity = PolicyFacts["activities"][number];

function setChanges(kind: SemanticChangeKind, before: string[], after: string[], activity?: SemanticChange["activity"]): SemanticChange[] {
  const old = new Set(before);
  const now = new Set(after);
  return [
    ...[...now].filter((item) => !old.has(item)).map((subject) => ({ kind, change: "added" as const, activity, subject })),
    ...[...old].filter((item) => !now.has(item)).map((subject) => ({ kind, change: "removed" as const, activity, subject })),
  ];
}

function valueChange(kind: SemanticChangeKind, subject: string, from: string, to: string, activity?: SemanticChange["activity"]): SemanticChange[] {
  return from === to ? [] : [{ kind, change: "changed", activity, subject, from, to }];
}

function keyedChanges<T>(
  kind: SemanticChangeKind,
  before: T[],
  after: T[],
  key: (item: T) => string,
  compare: (from: T, to: T) => SemanticChange[],
  activity?: SemanticChange["activity"],
): SemanticChange[] {
  const old = new Map(before.map((item) => [key(item), item]));
  const now = new Map(after.map((item) => [key(item), item]));
  const changes = setChanges(kind, [...old.keys()], [...now.keys()], activity);
  for (const [name, item] of now) {
    const previous = old.get(name);
    if (previous) changes.push(...compare(previous, item));
  }
  return changes;
}

const legalBasesOf = (activity: Activity) => [...new Set(activity.purposes.flatMap((purpose) => purpose.legalBases))];

function activityChanges(from: Activity, to: Activity): SemanticChange[] {
  const activity = { id: to.id, title: to.title };
  return [
    ...valueChange("activity", "title", from.title, to.title, activity),
    ...keyedChanges("purpose", from.purposes, to.purposes, (purpose) => purpose.description, (a, b) =>
      valueChange("legitimate-interests", a.description, a.legitimateInterests, b.legitimateInterests, activity), activity),
    ...setChanges("legal-basis", legalBasesOf(from), legalBasesOf(to), activity),
    ...keyedChanges("data-category", from.dataCategories, to.dataCategories, (category) => category.name, (a, b) =>
      valueChange("retention", a.name, a.retention, b.retention, activity), activity),
    ...setChanges("recipient", from.recipients, to.recipients, activity),
    ...keyedChanges("transfer", from.transfers, to.transfers, (transfer) => transfer.destination, (a, b) =>
      valueChange("transfer", a.destination, a.safeguard, b.safeguard, activity), activity),
    ...valueChange("source", "source", from.source, to.source, activity),
    ...valueChange("automated-decision", "automated decision-making", String(from.automatedDecisionMaking), String(to.automatedDecisionMaking), activity),
  ];
}

const controllerLabels: Record<keyof PolicyFacts["controller"], string> = {
  name: "controller",
  address: "controller's address",
  email: "controller's e-mail",
  dpo: "data protection officer",
  representative: "representative",
  supervisoryAuthority: "supervisory authority",
};

/** What the newer facts state differently from the older ones. An empty list means the same facts. */
export function semanticDiff(from: PolicyFacts, to: PolicyFacts): SemanticChange[] {
  const changes: SemanticChange[] = [];
  for (const key of Object.keys(controllerLabels) as (keyof PolicyFacts["controller"])[]) {
    changes.push(...valueChange("controller", controllerLabels[key], from.controller[key] ?? "", to.controller[key] ?? ""));
  }
  const old = new Map(from.activities.map((activity) => [activity.id, activity]));
  const now = new Map(to.activities.map((activity) => [activity.id, activity]));
  for (const activity of to.activities) {
    const previous = old.get(activity.id);
    if (!previous) changes.push({ kind: "activity", change: "added", activity: { id: activity.id, title: activity.title }, subject: activity.title });
    else changes.push(...activityChanges(previous, activity));
  }
  for (const activity of from.activities) {
    if (!now.has(activity.id)) changes.push({ kind: "activity", change: "removed", activity: { id: activity.id, title: activity.title }, subject: activity.title });
  }
  changes.push(...setChanges("right", from.rights, to.rights));
  return changes;
}

/** The words of the change list, per language: a comparison page shows no text of another language. */
const changeWords: Record<Language, {
  kinds: Record<SemanticChangeKind, string>;
  status: Record<"added" | "removed", string>;
  yes: string;
  no: string;
  notStated: string;
  transfer: (subject: string) => string;
  retention: (subject: string) => string;
  interests: (subject: string) => string;
  renamed: string;
}> = {
  en: {
    kinds: {
      activity: "Processing activity",
      purpose: "Purpose",
      "legal-basis": "Legal basis",
      "legitimate-interests": "Legitimate interests",
      "data-category": "Data category",
      retention: "Retention",
      recipient: "Recipient",
      transfer: "Transfer",
      source: "Source of the data",
      "automated-decision": "Automated decision-making",
      controller: "Contact",
      right: "Right",
    },
    status: { added: "added", removed: "removed" },
    yes: "yes",
    no: "no",
    notStated: "not stated",
    transfer: (subject) => `Safeguard for the transfer to ${subject}`,
    retention: (subject) => `Retention of ${subject}`,
    interests: (subject) => `Legitimate interests for “${subject}”`,
    renamed: "Processing activity renamed",
  },
  de: {
    kinds: {
      activity: "Verarbeitungstätigkeit",
      purpose: "Zweck",
      "legal-basis": "Rechtsgrundlage",
      "legitimate-interests": "Berechtigte Interessen",
      "data-category": "Datenkategorie",
      retention: "Speicherdauer",
      recipient: "Empfänger",
      transfer: "Übermittlung",
      source: "Herkunft der Daten",
      "automated-decision": "Automatisierte Entscheidungsfindung",
      controller: "Kontakt",
      right: "Recht",
    },
    status: { added: "hinzugefügt", removed: "entfernt" },
    yes: "ja",
    no: "nein",
    notStated: "nicht angegeben",
    transfer: (subject) => `Garantie für die Übermittlung nach ${subject}`,
    retention: (subject) => `Speicherdauer von ${subject}`,
    interests: (subject) => `Berechtigte Interessen für „${subject}“`,
    renamed: "Verarbeitungstätigkeit umbenannt",
  },
  fr: {
    kinds: {
      activity: "Activité de traitement",
      purpose: "Finalité",
      "legal-basis": "Base juridique",
      "legitimate-interests": "Intérêts légitimes",
      "data-category": "Catégorie de données",
      retention: "Durée de conservation",
      recipient: "Destinataire",
      transfer: "Transfert",
      source: "Source des données",
      "automated-decision": "Prise de décision automatisée",
      controller: "Contact",
      right: "Droit",
    },
    status: { added: "ajouté(e)", removed: "supprimé(e)" },
    yes: "oui",
    no: "non",
    notStated: "non indiqué",
    transfer: (subject) => `Garantie pour le transfert vers ${subject}`,
    retention: (subject) => `Durée de conservation de ${subject}`,
    interests: (subject) => `Intérêts légitimes pour « ${subject} »`,
    renamed: "Activité de traitement renommée",
  },
};

/** One sentence per change, for people, in the page's language: "Retention of Log files (Logfiles): 7 days → 14 days". */
export function describeChange(change: SemanticChange, language: Language = "en"): string {
  const w = changeWords[language];
  const where = change.activity && change.kind !== "activity" ? ` (${change.activity.title})` : "";
  const empty = (value: string | undefined) => (value ? value : w.notStated);
  const yesNo = (value: string | undefined) => (value === "true" ? w.yes : value === "false" ? w.no : (value ?? ""));
  if (change.change === "changed") {
    const from = change.kind === "automated-decision" ? yesNo(change.from) : empty(change.from);
    const to = change.kind === "automated-decision" ? yesNo(change.to) : empty(change.to);
    const subject =
      change.kind === "transfer"
        ? w.transfer(change.subject)
        : change.kind === "retention"
          ? w.retention(change.subject)
          : change.kind === "legitimate-interests"
            ? w.interests(change.subject)
            : change.kind === "activity"
              ? w.renamed
              : `${w.kinds[change.kind]}${change.kind === "controller" ? ` (${change.subject})` : ""}`;
    return `${subject}${where}: ${from} → ${to}`;
  }
  return `${w.kinds[change.kind]} ${w.status[change.change]}: ${change.subject}${where}`;
}
