/**
 * The DPO's Markdown against structures built to exhaust the parser: deep
 * nesting of every block kind (quotes, bullet and numbered lists, indented
 * items, code, tables, headings, mixed), pathological emphasis, links and code
 * spans, all within the length a section may hold. Whatever the body,
 * rendering answers (HTML or a message) and never throws; a body within the
 * structural bounds always renders; the draft schema refuses, with a message
 * at the body, exactly what cannot be rendered.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unsafeParts } from "@/test/support/inert-html";
import { composePolicy } from "./compose";
import { markdownStructureProblem, renderMarkdown } from "./markdown";
import { completeOrganisation } from "../../test/fixtures/sample-records";
import { BODY_MAX, policyDraftSchema } from "./schema";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);

// Every way a line opens a container or deepens one.
const blockPrefix = fc.constantFrom(">", "> ", "- ", "* ", "+ ", "1. ", "9) ", "  ", "    ", "\t", "-", "# ", "| ", "```", "~~~", "<div>", "    - ", "> 1. ");
// Inline constructs whose delimiters the parser pairs recursively.
const inlineToken = fc.constantFrom("*", "**", "***", "_", "__", "~", "~~", "`", "``", "[", "]", "(", ")", "](https://example.org)", "![", "<", ">", "\\", "<b>", "</b>", "www.example.org", "a", " ", "word ");

const nestedLine = fc
  .record({ prefix: fc.array(blockPrefix, { minLength: 1, maxLength: 8 }), repeat: fc.integer({ min: 1, max: 2500 }), text: fc.string({ maxLength: 20 }) })
  .map(({ prefix, repeat, text }) => prefix.join("").repeat(repeat) + text);

// Each line one level deeper than the one before: nesting through indentation.
const staircase = fc
  .record({ marker: fc.constantFrom("- ", "1. ", "> ", "* > ", "- > ", "   "), step: fc.integer({ min: 1, max: 4 }), lines: fc.integer({ min: 1, max: 400 }) })
  .map(({ marker, step, lines }) => Array.from({ length: lines }, (_, level) => " ".repeat(level * step) + marker + "x").join("\n"));

const emphasis = fc
  .record({ tokens: fc.array(inlineToken, { minLength: 1, maxLength: 6 }), repeat: fc.integer({ min: 1, max: 5000 }), middle: fc.string({ maxLength: 5 }) })
  .map(({ tokens, repeat, middle }) => {
    const run = tokens.join("").repeat(repeat);
    return run + middle + [...run].reverse().join("");
  });

const mixture = fc.array(fc.oneof(nestedLine, staircase, emphasis, fc.string({ maxLength: 200 })), { minLength: 1, maxLength: 6 }).map((parts) => parts.join("\n"));

/** What a section may hold: the schema's length limit. */
const body = fc.oneof(nestedLine, staircase, emphasis, mixture).map((markdown) => markdown.slice(0, BODY_MAX));

describe("Markdown of a policy section under hostile structure", () => {
  it("always answers: HTML, or a message saying what to change", { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(body, (markdown) => {
        const result = renderMarkdown(markdown);
        if (result.ok) expect(unsafeParts(`<html><head></head><body>${result.html}</body></html>`)).toEqual([]);
        else expect(result.message.length).toBeGreaterThan(10);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it("refuses many short emphasis runs between brackets, which overflowed marked within the per-line bounds", () => {
    // Regression: "***[ " 700 times and back again has no long run and no deep nesting, yet marked's stack overflowed on it.
    const run = "***[ ".repeat(700);
    const body = run + "x" + [...run].reverse().join("");
    expect(markdownStructureProblem(body)).toMatch(/more than \d+ runs of “\*”, “_” or “~”/);
    expect(renderMarkdown(body)).toMatchObject({ ok: false });
  });

  it("renders everything within the structural bounds (they stay below what the parser survives)", { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(body, (markdown) => {
        fc.pre(markdownStructureProblem(markdown) === null);
        expect(renderMarkdown(markdown)).toMatchObject({ ok: true });
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it("the draft schema refuses exactly the bodies that cannot be rendered, at the body's field", { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(body, (markdown) => {
        const parsed = policyDraftSchema.safeParse({ title: "Policy", languages: ["en"], sections: [{ type: "rights" }, { type: "markdown", title: "Cookies", body: markdown }] });
        const rendered = renderMarkdown(markdown.trim());
        if (rendered.ok) expect(parsed.success).toBe(true);
        else expect(parsed.error?.issues.find((issue) => issue.path.join(".") === "sections.1.body")?.message).toBe(rendered.message);
      }),
      { numRuns: RUNS },
    );
  });

  it("composing a policy never fails on a section's body: the section shows a notice instead", { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(body, (markdown) => {
        const document = composePolicy({
          organisation: completeOrganisation(),
          activities: {},
          policy: { title: "Policy", language: "en", sections: [{ type: "markdown", title: "Cookies", body: markdown }, { type: "rights" }] },
        });
        const section = document.sections[0];
        expect(section.renderError === undefined).toBe(renderMarkdown(markdown).ok);
        expect(section.blocks.length).toBeLessThanOrEqual(1);
      }),
      { numRuns: RUNS },
    );
  });
});
