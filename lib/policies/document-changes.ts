/**
 * What a reader would see change between two policy documents (pure): the
 * visible text only — the title, the controller line, section headings and
 * order, and the text of every block. Sections are matched by activity
 * (activity sections) or by source and anchor, then heading (the others);
 * inside a section, blocks by their `field`, so a change is named by
 * activity and field ("“Newsletter”: purposes and legal bases changed").
 *
 * Not compared, because no reader sees them: `sources` (where each statement
 * comes from), `field`, `anchor`, `anchorAliases`, `activityId` and `facts`.
 * Versions published before blocks carried a `field` are compared block by
 * block in order.
 */
import { diffArrays } from "diff";
import type { BlockField, PolicyBlock, PolicyDocument, PolicySectionRendered } from "./types";

export type DocumentChange = {
  kind: "added" | "removed" | "changed";
  /** What changed: a section (by its source), the policy's own title and controller line, or the order of the sections. */
  scope: PolicySectionRendered["source"] | "document" | "order";
  activityId?: string;
  /** The section's heading (the newer one when renamed), or the policy's title. */
  heading: string;
  /** The older heading, when it changed. */
  previousHeading?: string;
  /** The fields whose text changed, in the newer section's order; empty when only the heading changed or blocks carry no field. */
  fields: BlockField[];
};

/** The text of a block as the reader sees it, one string per visible line, without any metadata. */
function visibleBlockText(block: PolicyBlock): string[] {
  switch (block.kind) {
    case "paragraph":
      return [block.kind, block.text];
    case "list":
      return [block.kind, block.title ?? "", ...block.items];
    case "definitions":
      return [block.kind, block.title ?? "", ...block.items.flatMap((item) => [item.term, item.description])];
    case "html":
      return [block.kind, block.html];
  }
}

const blockKey = (block: PolicyBlock) => JSON.stringify(visibleBlockText(block));

function sectionKey(section: PolicySectionRendered): string {
  return section.activityId ? `activity:${section.activityId}` : `${section.source}:${section.anchor}`;
}

/** Newer index → older index; activity sections by activity, the others by source and anchor, then by source and heading. */
function matchSections(before: PolicySectionRendered[], after: PolicySectionRendered[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const taken = new Set<number>();
  const match = (key: (section: PolicySectionRendered) => string | null) => {
    const older = new Map<string, number>();
    before.forEach((section, index) => {
      const k = key(section);
      if (k !== null && !taken.has(index) && !older.has(k)) older.set(k, index);
    });
    after.forEach((section, index) => {
      const k = key(section);
      const found = k === null || pairs.has(index) ? undefined : older.get(k);
      if (found === undefined || taken.has(found)) return;
      pairs.set(index, found);
      taken.add(found);
    });
  };
  match(sectionKey);
  match((section) => (section.activityId ? null : `${section.source}:${section.heading.trim()}`));
  return pairs;
}

const hasFields = (blocks: PolicyBlock[]) => blocks.length > 0 && blocks.every((block) => block.field);

/** The fields whose visible text differs between two versions of one section. */
function changedFields(before: PolicyBlock[], after: PolicyBlock[]): { changed: boolean; fields: BlockField[] } {
  if (hasFields(before) && hasFields(after)) {
    const texts = (blocks: PolicyBlock[], field: BlockField) => blocks.filter((block) => block.field === field).map(blockKey).join("\u0000");
    const order = [...new Set([...after, ...before].map((block) => block.field!))];
    const fields = order.filter((field) => texts(before, field) !== texts(after, field));
    const sameOrder = before.map(blockKey).join("\u0000") === after.map(blockKey).join("\u0000");
    return { changed: fields.length > 0 || !sameOrder, fields };
  }
  // A version from before blocks named their field: blocks are aligned by their text in order, and a
  // changed block is named by the field of whichever side has one.
  const parts = diffArrays(before.map(blockKey), after.map(blockKey));
  const fields = new Set<BlockField>();
  let changed = false;
  let older = 0;
  let newer = 0;
  for (const part of parts) {
    const count = part.value.length;
    if (part.removed) {
      for (let i = 0; i < count; i++) {
        const field = before[older + i].field;
        if (field) fields.add(field);
      }
      older += count;
      changed = true;
    } else if (part.added) {
      for (let i = 0; i < count; i++) {
        const field = after[newer + i].field;
        if (field) fields.add(field);
      }
      newer += count;
      changed = true;
    } else {
      older += count;
      newer += count;
    }
  }
  const order = after.flatMap((block) => (block.field && fields.has(block.field) ? [block.field] : []));
  return { changed, fields: [...new Set([...order, ...fields])] };
}

/** Every visible difference between an older and a newer document; none when a reader would see the same page. */
export function compareDocuments(from: PolicyDocument, to: PolicyDocument): DocumentChange[] {
  const changes: DocumentChange[] = [];
  if (from.title.trim() !== to.title.trim() || from.organisation.legalName !== to.organisation.legalName) {
    changes.push({ kind: "changed", scope: "document", heading: to.title, ...(from.title !== to.title ? { previousHeading: from.title } : {}), fields: [] });
  }
  const pairs = matchSections(from.sections, to.sections);
  const kept = new Set(pairs.values());
  to.sections.forEach((section, index) => {
    const where = { scope: section.source, ...(section.activityId ? { activityId: section.activityId } : {}) };
    const olderIndex = pairs.get(index);
    if (olderIndex === undefined) {
      changes.push({ kind: "added", ...where, heading: section.heading, fields: [] });
      return;
    }
    const old = from.sections[olderIndex];
    const renamed = old.heading.trim() !== section.heading.trim();
    const { changed, fields } = changedFields(old.blocks, section.blocks);
    if (renamed || changed) changes.push({ kind: "changed", ...where, heading: section.heading, ...(renamed ? { previousHeading: old.heading } : {}), fields });
  });
  from.sections.forEach((section, index) => {
    if (!kept.has(index)) changes.push({ kind: "removed", scope: section.source, ...(section.activityId ? { activityId: section.activityId } : {}), heading: section.heading, fields: [] });
  });
  // The sections both versions have, in a different order.
  const olderOrder = [...pairs.entries()].sort((a, b) => a[0] - b[0]).map(([, older]) => older);
  if (olderOrder.some((older, i) => i > 0 && older < olderOrder[i - 1])) changes.push({ kind: "changed", scope: "order", heading: "", fields: [] });
  return changes;
}

const blockFieldLabels: Record<BlockField, string> = {
  description: "description",
  dataSubjects: "data subjects",
  dataCategories: "data categories",
  purposes: "purposes and legal bases",
  recipients: "recipients",
  transfers: "transfers outside the EEA",
  retention: "retention",
  source: "source of the data",
  provision: "statutory or contractual requirement",
  automatedDecisions: "automated decisions",
  withdrawal: "withdrawing consent",
  objection: "right to object",
  controller: "contact details",
  rights: "rights",
  intro: "introduction",
  markdown: "text",
};

/** One line per change, for people: "“Newsletter”: purposes and legal bases, retention changed". */
export function describeDocumentChange(change: DocumentChange): string {
  const what = change.scope === "activity" ? "Activity" : "Section";
  switch (change.kind) {
    case "added":
      return `${what} “${change.heading}” added`;
    case "removed":
      return `${what} “${change.heading}” removed`;
    case "changed":
      break;
  }
  if (change.scope === "order") return "The order of the sections changed";
  if (change.scope === "document") {
    return change.previousHeading !== undefined ? `Title changed from “${change.previousHeading}” to “${change.heading}”` : "The name of the organisation changed";
  }
  const parts: string[] = [];
  if (change.previousHeading !== undefined) parts.push(`renamed from “${change.previousHeading}”`);
  if (change.fields.length) parts.push(`${change.fields.map((field) => blockFieldLabels[field]).join(", ")} changed`);
  else if (change.previousHeading === undefined) parts.push("text changed");
  return `“${change.heading}”: ${parts.join("; ")}`;
}

/** A suggested change summary for the publish form: the changes, one per line. */
export function suggestChangeSummary(changes: DocumentChange[]): string {
  return changes.map((change) => `${describeDocumentChange(change)}.`).join("\n");
}
