/**
 * PolicyDocument → a complete, accessible HTML fragment: the title, a table
 * of contents and one section per entry, with the blocks as paragraphs,
 * lists and description lists. Every text from the records is escaped here;
 * only `html` blocks, already sanitised from the DPO's Markdown, pass as they
 * are. The publisher stores this HTML with each version, so it is what the
 * public page shows and what the editor's preview shows.
 */
import type { PolicyBlock, PolicyDocument } from "./types";
import { wordingFor } from "./wording";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

/** Escaped text with its line breaks kept (addresses, contact blocks). */
function multiline(text: string): string {
  return text.split("\n").map(escapeHtml).join("<br>");
}

// Anchors are generated (slugs), but escape them anyway: they land in attributes.
const attr = escapeHtml;

function blockHtml(block: PolicyBlock): string {
  switch (block.kind) {
    case "paragraph":
      return `<p>${multiline(block.text)}</p>`;
    case "list": {
      const title = block.title ? `<h3>${escapeHtml(block.title)}</h3>` : "";
      return `${title}<ul>${block.items.map((item) => `<li>${multiline(item)}</li>`).join("")}</ul>`;
    }
    case "definitions": {
      const title = block.title ? `<h3>${escapeHtml(block.title)}</h3>` : "";
      const items = block.items.map((item) => `<div><dt>${escapeHtml(item.term)}</dt><dd>${multiline(item.description)}</dd></div>`).join("");
      return `${title}<dl>${items}</dl>`;
    }
    case "html":
      return `<div class="policy-markdown">${block.html}</div>`;
  }
}

export type PolicyHtmlOptions = {
  /** Shown under the title, e.g. the effective date of a published version ("27 November 2026"). */
  lastUpdated?: string;
};

export function renderPolicyHtml(document: PolicyDocument, options: PolicyHtmlOptions = {}): string {
  const w = wordingFor(document.language);
  const lang = attr(document.language);
  const toc = document.sections.length
    ? `<nav class="policy-toc" aria-labelledby="policy-toc-heading"><h2 id="policy-toc-heading">${escapeHtml(w.contents)}</h2><ol>${document.sections
        .map((s) => `<li><a href="#${attr(s.anchor)}">${escapeHtml(s.heading)}</a></li>`)
        .join("")}</ol></nav>`
    : "";
  // Every id of the page once: an earlier anchor that is now some element's id is not repeated.
  const ids = new Set(["policy-toc-heading", ...document.sections.flatMap((s) => [s.anchor, `${s.anchor}-heading`])]);
  const sections = document.sections
    .map((section) => {
      const headingId = `${section.anchor}-heading`;
      const body = section.blocks.map(blockHtml).join("");
      // The section's earlier anchors (anchors.ts) as empty targets at its top: old links land here, readers see nothing.
      let aliases = "";
      for (const alias of section.anchorAliases ?? []) {
        if (ids.has(alias)) continue;
        ids.add(alias);
        aliases += `<span id="${attr(alias)}" class="policy-anchor"></span>`;
      }
      return `<section id="${attr(section.anchor)}" class="policy-section policy-section-${attr(section.source)}" aria-labelledby="${attr(headingId)}">${aliases}<h2 id="${attr(headingId)}">${escapeHtml(section.heading)}</h2>${body}</section>`;
    })
    .join("");
  const updated = options.lastUpdated ? `<p class="policy-updated">${escapeHtml(w.lastUpdated(options.lastUpdated))}</p>` : "";
  return `<article class="policy" lang="${lang}"><header class="policy-header"><h1>${escapeHtml(document.title)}</h1><p class="policy-controller">${escapeHtml(document.organisation.legalName)}</p>${updated}</header>${toc}${sections}</article>`;
}
