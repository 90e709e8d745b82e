/**
 * A stored policy document as the public sees it: without the statements'
 * sources. Published versions keep the sources (which record and field each
 * statement came from, for the DPO), but record ids and links into the app
 * are internal and never leave it through the public pages or the JSON.
 */
import type { PolicyBlock, PolicyDocument } from "./types";

function omitSources<T extends { sources?: unknown }>(value: T): Omit<T, "sources"> {
  const copy = { ...value };
  delete copy.sources;
  return copy;
}

function blockWithoutSources(block: PolicyBlock): PolicyBlock {
  return block.kind === "definitions" ? { ...block, items: block.items.map(omitSources) } : (omitSources(block) as PolicyBlock);
}

export function withoutSources(document: PolicyDocument): PolicyDocument {
  return { ...document, sections: document.sections.map((section) => ({ ...section, blocks: section.blocks.map(blockWithoutSources) })) };
}
