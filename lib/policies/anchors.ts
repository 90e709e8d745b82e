/**
 * Section anchors that outlive renames. A reader's bookmark or a link from
 * another page points at `#<anchor>`; if the anchor followed the activity's
 * public title, every rename would break those links. So an activity's section
 * keeps the anchor it had in the latest published version that included it,
 * and every anchor it had before stays a link target (an alias). Pure: the
 * anchors of the published versions are read by anchor-queries.ts.
 */
import type { PolicySectionRendered } from "./types";

/** Per activity id: the anchor to keep and the earlier anchors to keep working. */
export type SectionAnchors = Record<string, { anchor: string; aliases: string[] }>;

/** One activity section of a published version, as stored. */
export type PublishedSectionAnchor = { number: number; position: number; activityId: string; anchor: string; aliases: string[] };

/**
 * The anchors each activity had in the published versions. Newer versions
 * win: an anchor a newer version gave to one activity is never handed to
 * another one that held it earlier (an activity removed and a new one with
 * the same title), so every anchor belongs to exactly one activity.
 */
export function sectionAnchorsFrom(rows: PublishedSectionAnchor[]): SectionAnchors {
  const newestFirst = [...rows].sort((a, b) => b.number - a.number || a.position - b.position);
  const owner = new Map<string, string>();
  const result: SectionAnchors = {};
  for (const row of newestFirst) {
    for (const anchor of [row.anchor, ...row.aliases]) {
      if (!anchor || (owner.has(anchor) && owner.get(anchor) !== row.activityId)) continue;
      owner.set(anchor, row.activityId);
      const entry = result[row.activityId];
      if (!entry) result[row.activityId] = { anchor, aliases: [] };
      else if (anchor !== entry.anchor && !entry.aliases.includes(anchor)) entry.aliases.push(anchor);
    }
  }
  return result;
}

/**
 * Hands out the anchors of one document: activities first get back the
 * anchor they had, then every other section gets the slug it wants, numbered
 * ("-2", "-3") when that is taken.
 */
export function anchorAssigner(activityIds: string[], previous: SectionAnchors = {}) {
  const used = new Set<string>();
  const kept = new Map<string, string>();
  for (const id of activityIds) {
    const anchor = previous[id]?.anchor;
    if (anchor && !kept.has(id) && !used.has(anchor)) {
      used.add(anchor);
      kept.set(id, anchor);
    }
  }
  const fresh = (wanted: string) => {
    let candidate = wanted;
    for (let n = 2; used.has(candidate); n++) candidate = `${wanted}-${n}`;
    used.add(candidate);
    return candidate;
  };
  return {
    section: fresh,
    /** The kept anchor for the activity's first section; a repeated section of the same activity gets a fresh one. */
    activity(activityId: string, wanted: string) {
      const anchor = kept.get(activityId);
      kept.delete(activityId);
      return anchor ?? fresh(wanted);
    },
  };
}

/**
 * The earlier anchors of each activity section that are not the anchor of a
 * section now: added as `anchorAliases`, so old links still land on it.
 */
export function withAnchorAliases(sections: PolicySectionRendered[], previous: SectionAnchors = {}): PolicySectionRendered[] {
  const taken = new Set(sections.map((section) => section.anchor));
  const seen = new Set<string>();
  return sections.map((section) => {
    const before = section.activityId && !seen.has(section.activityId) ? previous[section.activityId] : undefined;
    if (section.activityId) seen.add(section.activityId);
    if (!before) return section;
    const aliases: string[] = [];
    for (const alias of [before.anchor, ...before.aliases]) {
      if (taken.has(alias)) continue;
      taken.add(alias);
      aliases.push(alias);
    }
    return aliases.length ? { ...section, anchorAliases: aliases } : section;
  });
}
