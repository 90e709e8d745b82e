/**
 * PolicyDocument → a complete, accessible HTML fragment: the title, a table
 * of contents and one section per entry, with the blocks as paragraphs,
 * lists and description lists. Every text from the records is escaped here;
 * only `html` blocks, already sanitised from the DPO's Markdown or built by
 * `textWithLinkHtml` below, pass as they are. The publisher stores this HTML
 * with each version, so it is what the public page shows; the editor's
 * preview renders the same document with `sourceLinks`, which marks each
 * statement with the record field it comes from.
 */
import { isWebAddress } from "@/lib/forms/field-rules";
import type { PolicyBlock, PolicyDocument, StatementSource } from "./types";
import { wordingFor } from "./wording";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

/** Escaped text with its line breaks kept (addresses, contact blocks). */
function multiline(text: string): string {
  return text.split("\n").map(escapeHtml).join("<br>");
}

// Anchors are generated (slugs), but escape them anyway: they land in attributes.
const attr = escapeHtml;

/**
 * Paragraphs of text, a part with `href` ending in a link to it. Everything is
 * escaped, and only absolute http(s) addresses become links (never
 * `javascript:` or a relative path): the result may go into an `html` block.
 */
export function textWithLinkHtml(parts: { text: string; href?: string }[]): string {
  return parts
    .map(({ text, href }) => {
      const link = href && isWebAddress(href) ? ` <a href="${attr(href)}" rel="noopener noreferrer">${escapeHtml(href)}</a>` : "";
      return `<p>${multiline(text)}${link}</p>`;
    })
    .join("");
}

/**
 * In the editor's preview, a statement opens the field it comes from: a
 * focusable element carrying the first source's href (policy-preview.tsx
 * follows it on click and Enter). Never in the published HTML.
 */
function statementAttrs(sources: StatementSource[] | undefined, on: boolean): string {
  const first = sources?.[0];
  if (!on || !first) return "";
  const fields = sources.map((source) => source.field).join(", ");
  return ` class="policy-statement" tabindex="0" data-source-href="${attr(first.href)}" title="${attr(`Open the record: ${fields}`)}"`;
}

function blockHtml(block: PolicyBlock, sourceLinks: boolean): string {
  const mark = (sources?: StatementSource[]) => statementAttrs(sources, sourceLinks);
  switch (block.kind) {
    case "paragraph":
      return `<p${mark(block.sources)}>${multiline(block.text)}</p>`;
    case "list": {
      const title = block.title ? `<h3>${escapeHtml(block.title)}</h3>` : "";
      const list = `${title}<ul>${block.items.map((item, i) => `<li${mark(block.sources?.[i])}>${multiline(item)}</li>`).join("")}</ul>`;
      // Art. 21(4): the right to object stands apart from the other information.
      return block.field === "objection" ? `<div class="policy-objection">${list}</div>` : list;
    }
    case "definitions": {
      const title = block.title ? `<h3>${escapeHtml(block.title)}</h3>` : "";
      const items = block.items.map((item) => `<div${mark(item.sources)}><dt>${escapeHtml(item.term)}</dt><dd>${multiline(item.description)}</dd></div>`).join("");
      return `${title}<dl>${items}</dl>`;
    }
    case "html": {
      const marked = mark(block.sources);
      return marked ? `<div${marked.replace('class="policy-statement"', 'class="policy-markdown policy-statement"')}>${block.html}</div>` : `<div class="policy-markdown">${block.html}</div>`;
    }
  }
}

export type PolicyHtmlOptions = {
  /** Shown under the title, e.g. the effective date of a published version ("27 November 2026"). */
  lastUpdated?: string;
  /** The editor's preview: each statement opens the record field it comes from. */
  sourceLinks?: boolean;
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
      const body = section.blocks.map((block) => blockHtml(block, options.sourceLinks === true)).join("");
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
