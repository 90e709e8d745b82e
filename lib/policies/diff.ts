/**
 * Comparing two policy versions (pure): a readable word-level redline of the
 * sections' text, and a semantic summary of what changed in the facts the
 * policy states (activities, recipients, legal bases, transfers, retention…).
 * The public comparison page and drift both use it.
 */
import { diffWords } from "diff";
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

/** The plain text of each section, in order: what a reader reads. */
export function sectionTexts(document: PolicyDocument): { anchor: string; heading: string; text: string }[] {
  return document.sections.map((section) => ({
    anchor: section.anchor,
    heading: section.heading,
    text: section.blocks.map(blockText).join("\n\n"),
  }));
}

/**
 * A redline section by section, matched by anchor: sections in the newer
 * version's order, with removed ones placed after the section they followed.
 */
export function redline(from: PolicyDocument, to: PolicyDocument): RedlineSection[] {
  const before = sectionTexts(from);
  const after = sectionTexts(to);
  const beforeByAnchor = new Map(before.map((section) => [section.anchor, section]));
  const afterAnchors = new Set(after.map((section) => section.anchor));
  const result: RedlineSection[] = [];
  const removedAfter = new Map<string | null, typeof before>();
  let previous: string | null = null;
  for (const section of before) {
    if (!afterAnchors.has(section.anchor)) removedAfter.set(previous, [...(removedAfter.get(previous) ?? []), section]);
    else previous = section.anchor;
  }
  const pushRemoved = (key: string | null) => {
    for (const section of removedAfter.get(key) ?? []) {
      result.push({ anchor: section.anchor, heading: section.heading, status: "removed", parts: [{ value: section.text, removed: true }] });
    }
  };
  pushRemoved(null);
  for (const section of after) {
    const old = beforeByAnchor.get(section.anchor);
    if (!old) {
      result.push({ anchor: section.anchor, heading: section.heading, status: "added", parts: [{ value: section.text, added: true }] });
    } else {
      const parts = diffWords(old.text, section.text).map(({ value, added, removed }) => ({ value, added, removed }));
      const headingChanged = old.heading !== section.heading;
      const changed = headingChanged || parts.some((part) => part.added || part.removed);
      result.push({
        anchor: section.anchor,
        heading: section.heading,
        status: changed ? "changed" : "unchanged",
        headingParts: headingChanged ? diffWords(old.heading, section.heading).map(({ value, added, removed }) => ({ value, added, removed })) : undefined,
        parts,
      });
    }
    pushRemoved(section.anchor);
  }
  return result;
}

export type SemanticChangeKind =
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

const kindNouns: Record<SemanticChangeKind, string> = {
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
};

const yesNo = (value: string | undefined) => (value === "true" ? "yes" : value === "false" ? "no" : (value ?? ""));

/** One sentence per change, for people: "Retention of Log files (Logfiles): 7 days → 14 days". */
export function describeChange(change: SemanticChange): string {
  const where = change.activity && change.kind !== "activity" ? ` (${change.activity.title})` : "";
  const empty = (value: string | undefined) => (value ? value : "not stated");
  if (change.change === "changed") {
    const from = change.kind === "automated-decision" ? yesNo(change.from) : empty(change.from);
    const to = change.kind === "automated-decision" ? yesNo(change.to) : empty(change.to);
    const subject = change.kind === "transfer" ? `Safeguard for the transfer to ${change.subject}` : change.kind === "retention" ? `Retention of ${change.subject}` : change.kind === "legitimate-interests" ? `Legitimate interests for “${change.subject}”` : change.kind === "activity" ? "Processing activity renamed" : `${kindNouns[change.kind]}${change.kind === "controller" ? ` (${change.subject})` : ""}`;
    return `${subject}${where}: ${from} → ${to}`;
  }
  return `${kindNouns[change.kind]} ${change.change}: ${change.subject}${where}`;
}
