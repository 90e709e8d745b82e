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

/** The paragraphs of each section, for seed `seed`. */
export function largeSectionParagraphs(seed: number, shape: LargeDocumentShape = LARGE_DOCUMENT): string[][] {
  let state = seed;
  // Park–Miller: small, seeded and the same on every platform.
  const next = () => (state = (state * 48271) % 2147483647) / 2147483647;
  const vocabulary = Array.from({ length: 500 }, (_, index) => `term${index.toString(36)}`);
  const paragraph = () => Array.from({ length: shape.words }, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(" ");
  return Array.from({ length: shape.sections }, () => Array.from({ length: shape.paragraphs }, paragraph));
}

export function largeDocument(seed: number, shape: LargeDocumentShape = LARGE_DOCUMENT): PolicyDocument {
  return {
    ...sampleDocument(),
    sections: largeSectionParagraphs(seed, shape).map((paragraphs, index) => ({
      anchor: `section-${index}`,
      heading: `Section ${index + 1}`,
      source: "markdown" as const,
      blocks: [{ kind: "html" as const, html: paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join("\n") }],
    })),
  };
}
