import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isXmlText, normaliseLineEnds, parseUnitId, readXliff, unitId, writeXliff } from "./xliff";

/**
 * Any text XML can carry: markup-like characters, quotes, entities, line
 * breaks, tabs, astral characters. Trimmed, as the records hold their texts
 * (the forms trim them, and a translation's source hash ignores the ends):
 * the package drops a trailing line break with the white space after it,
 * which it takes for the file's indentation.
 */
const xmlText = fc
  .string({ unit: fc.oneof(fc.constantFrom("<", ">", "&", '"', "'", "\n", "\r\n", "\t", " ", "]]>", "&amp;", "<![CDATA[", "<!--", "😀", "ü", "\u00a0", "\u2028"), fc.string({ unit: "binary", minLength: 1, maxLength: 1 })), maxLength: 60 })
  .map((text) => text.trim())
  .filter(isXmlText);

const ids = fc.stringMatching(/^[A-Za-z0-9:_-]{1,30}$/);

describe("XLIFF writing and reading (property)", () => {
  it("reads back every source, target and unit id exactly as written (line ends as LF)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.record({ id: ids, source: xmlText, target: xmlText, note: xmlText }), { selector: (t) => t.id, minLength: 1, maxLength: 8 }), async (texts) => {
        const written = await writeXliff(
          "en",
          "de",
          texts.map((t) => ({ entity: "dataCategory", id: t.id, field: "description", source: t.source, target: t.target, note: t.note })),
        );
        const read = await readXliff(written);
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        expect(read).toMatchObject({ sourceLanguage: "en", targetLanguage: "de" });
        const expected = (text: string) => normaliseLineEnds(text);
        expect(read.units).toEqual(texts.map((t) => ({ unitId: `dataCategory:${t.id}:description`, source: expected(t.source), target: expected(t.target) })));
        for (const unit of read.units) expect(parseUnitId(unit.unitId)).toMatchObject({ entity: "dataCategory", field: "description" });
      }),
      { numRuns: 150 },
    );
  });

  it("never throws on arbitrary input, and answers a reason when it is not a file it can read", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.constantFrom("<xliff/>", '<xliff version="2.0"/>', '<?xml version="1.0"?><xliff version="2.0" srcLang="en"><file id="f"><unit id="x"><segment><source><pc id="1">a</pc></source></segment></unit></file></xliff>')), async (input) => {
        const read = await readXliff(input);
        if (!read.ok) expect(read.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it("unit ids name the text, also when the record id holds colons", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[^\s]{1,40}$/), (id) => {
        expect(parseUnitId(unitId({ entity: "activityRecipient", id, field: "note" }))).toEqual({ entity: "activityRecipient", id, field: "note" });
      }),
    );
    expect(parseUnitId("activity:x:notAField")).toBeNull();
    expect(parseUnitId("nothing")).toBeNull();
  });
});
