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

/** The unguarded conversion: throws where marked does. Pages use renderMarkdown below. */
export function markdownToHtml(markdown: string): string {
  const raw = marked.parse(markdown) as string;
  return sanitizeHtml(raw, options).trim();
}

/*
 * Bounds on the structure of a body, checked before marked runs. marked
 * parses nested blocks and emphasis by recursion: a body of 2,000 "> " (4,000
 * characters, well within the length limit) or a few thousand "*" around a
 * word overflows the stack, and a section that cannot be rendered made every
 * page that composes the policy fail (OWASP: uncontrolled resource
 * consumption, CWE-674 uncontrolled recursion). No privacy policy needs more
 * than a few levels of nesting; these limits are far above that and far below
 * what marked survives (markdown.property.test.ts checks that anything within
 * them renders).
 */
const MARKDOWN_MAX_DEPTH = 10;
const MARKDOWN_MAX_LINES = 1000;
const MARKDOWN_MAX_DELIMITER_RUN = 64;
// Emphasis delimiter runs in one paragraph: marked pairs them by recursion
// too, and about 1,300 runs interleaved with "[" ("***[ ***[ …") overflow its
// stack even though each run is short. A policy paragraph has a few dozen.
const MARKDOWN_MAX_DELIMITER_RUNS = 400;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// A container that opens on this line: a block quote marker, or a list item's marker followed by a space, a tab or the end of the line; the one space after a marker belongs to it.
const CONTAINER = /^[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))[ \t]?/;
const DELIMITER_RUN = /[*_~]{65,}/;
const DELIMITER_RUNS = /[*_~]+/g;

function columns(indent: string): number {
  let width = 0;
  for (const char of indent) width += char === "\t" ? 4 - (width % 4) : 1;
  return width;
}

/** How deeply the line is nested: the containers it opens, and its indentation (a nested list item is indented at least two columns per level). */
function lineDepth(line: string): number {
  let rest = line;
  let depth = 0;
  let indent = 0;
  for (;;) {
    const marker = CONTAINER.exec(rest);
    if (!marker) break;
    indent += columns(/^[ \t]*/.exec(rest)![0]);
    depth += 1;
    rest = rest.slice(marker[0].length);
  }
  indent += columns(/^[ \t]*/.exec(rest)![0]);
  return depth + Math.floor(indent / 2);
}

/** Why the body's structure is beyond what a policy section may hold, or null when it is within the bounds above. */
export function markdownStructureProblem(markdown: string): string | null {
  const lines = markdown.split(/\r\n|\r|\n/);
  if (lines.length > MARKDOWN_MAX_LINES) return `Keep the text under ${MARKDOWN_MAX_LINES.toLocaleString("en")} lines.`;
  let fence: string | null = null;
  let paragraphRuns = 0;
  for (const [index, line] of lines.entries()) {
    const opening = FENCE.exec(line);
    paragraphRuns = line.trim() === "" || fence || opening ? 0 : paragraphRuns + (line.match(DELIMITER_RUNS)?.length ?? 0);
    if (paragraphRuns > MARKDOWN_MAX_DELIMITER_RUNS) {
      return `The paragraph at line ${index + 1} has more than ${MARKDOWN_MAX_DELIMITER_RUNS} runs of “*”, “_” or “~”. Use less emphasis, or split it.`;
    }
    if (fence) {
      // Inside a fenced code block the text is shown as it is: no nesting, no emphasis.
      if (opening && opening[1][0] === fence[0] && opening[1].length >= fence.length) fence = null;
      continue;
    }
    if (opening) {
      fence = opening[1];
      continue;
    }
    if (lineDepth(line) > MARKDOWN_MAX_DEPTH) {
      return `Line ${index + 1} nests quotes, lists or indentation more than ${MARKDOWN_MAX_DEPTH} levels deep. Flatten it.`;
    }
    if (DELIMITER_RUN.test(line)) {
      return `Line ${index + 1} has more than ${MARKDOWN_MAX_DELIMITER_RUN} “*”, “_” or “~” in a row. Shorten the run.`;
    }
  }
  return null;
}

export type MarkdownRender = { ok: true; html: string } | { ok: false; message: string };

const MARKDOWN_RENDER_FAILED = "This text could not be converted to a page. Simplify its formatting (nesting, emphasis) and save again.";

/**
 * The body as safe HTML, or why it cannot be shown. Never throws: a body
 * stored before the bounds existed, or one that still defeats marked, fails
 * this one section, never the page (compose.ts shows a notice in its place).
 */
export function renderMarkdown(markdown: string): MarkdownRender {
  const problem = markdownStructureProblem(markdown);
  if (problem) return { ok: false, message: problem };
  try {
    return { ok: true, html: markdownToHtml(markdown) };
  } catch {
    // RangeError (stack) or any parser defect: the text stays stored untouched, only its rendering is refused.
    return { ok: false, message: MARKDOWN_RENDER_FAILED };
  }
}
