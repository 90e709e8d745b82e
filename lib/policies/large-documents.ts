/**
 * Large policy documents for the tests and the benchmark of the comparison:
 * `sections` Markdown sections of `paragraphs` paragraphs of words drawn from
 * a fixed vocabulary by a seeded generator, so that two seeds give two
 * versions that share no wording (the diff's worst case) and the same seed
 * gives the same text every run.
 */
import { sampleDocument } from "./test-documents";
import type { PolicyDocument } from "./types";

export type LargeDocumentShape = { sections: number; paragraphs: number; words: number };

export const LARGE_DOCUMENT: LargeDocumentShape = { sections: 60, paragraphs: 8, words: 150 };

export function largeDocument(seed: number, shape: LargeDocumentShape = LARGE_DOCUMENT): PolicyDocument {
  let state = seed;
  // Park–Miller: small, seeded and the same on every platform.
  const next = () => (state = (state * 48271) % 2147483647) / 2147483647;
  const vocabulary = Array.from({ length: 500 }, (_, index) => `term${index.toString(36)}`);
  const paragraph = () => Array.from({ length: shape.words }, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(" ");
  return {
    ...sampleDocument(),
    sections: Array.from({ length: shape.sections }, (_, index) => ({
      anchor: `section-${index}`,
      heading: `Section ${index + 1}`,
      source: "markdown" as const,
      blocks: [{ kind: "html" as const, html: Array.from({ length: shape.paragraphs }, () => `<p>${paragraph()}</p>`).join("\n") }],
    })),
  };
}
