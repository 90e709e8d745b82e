/**
 * The DPO's own policy text: Markdown to HTML that is safe to publish. Raw
 * HTML in the Markdown never passes unfiltered: the output of marked goes
 * through an allow-list (no scripts, no event handlers, no frames, no styles,
 * links only to http(s), mailto and tel, and in-page anchors).
 */
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

// A private instance: options set here do not leak into other users of marked.
const marked = new Marked({ gfm: true, breaks: false, async: false });

const options: sanitizeHtml.IOptions = {
  allowedTags: [
    "p", "br", "strong", "em", "b", "i", "code", "pre", "blockquote", "ul", "ol", "li", "a", "hr",
    "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "del",
  ],
  // `rel` is set by the transform below, which runs before this filter.
  allowedAttributes: { a: ["href", "title", "rel"], th: ["scope"], ol: ["start"] },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  // Inside a section the policy's headings are h1 (title) and h2 (sections):
  // Markdown headings become sub-headings so the outline stays correct.
  transformTags: {
    h1: "h3",
    h2: "h3",
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: "noopener noreferrer" } }),
  },
  // Dropped elements lose their content too where it would be code.
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "iframe", "object", "embed"],
};

export function markdownToHtml(markdown: string): string {
  const raw = marked.parse(markdown) as string;
  return sanitizeHtml(raw, options).trim();
}
