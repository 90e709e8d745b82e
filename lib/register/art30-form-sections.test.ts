// The edit form cited Art. 30(1) for every part, also when the activity is
// processing on behalf of a controller, whose record is Art. 30(2).
import { describe, expect, it } from "vitest";
import { ART30_ITEMS, formSectionCitation, type FormSectionId } from "./art30-items";

const PARTS: FormSectionId[] = ["responsible", "purposes", "data", "recipients", "transfers", "security"];

describe("the edit form's citations", () => {
  it("cite the controller's items (a)-(g), each in exactly one part, (f) with the data", () => {
    expect(PARTS.map((part) => formSectionCitation("controller", part))).toEqual([
      { letter: "a", citation: "Art. 30(1)(a)" },
      { letter: "b", citation: "Art. 30(1)(b)" },
      { letter: "c", citation: "Art. 30(1)(c), (f)" },
      { letter: "d", citation: "Art. 30(1)(d)" },
      { letter: "e", citation: "Art. 30(1)(e)" },
      { letter: "g", citation: "Art. 30(1)(g)" },
    ]);
  });

  it("cite Art. 30(2) for a processor's record, and say which parts Art. 30(2) does not ask for", () => {
    expect(PARTS.map((part) => formSectionCitation("processor", part))).toEqual([
      { letter: "a", citation: "Art. 30(2)(a)" },
      { letter: "b", citation: "Art. 30(2)(b)" },
      { citation: "Art. 30(1)(c), (f), not required by Art. 30(2)" },
      { citation: "Art. 30(1)(d), not required by Art. 30(2)" },
      { letter: "c", citation: "Art. 30(2)(c)" },
      { letter: "d", citation: "Art. 30(2)(d)" },
    ]);
  });

  it("leave no item of either record without a part of the form", () => {
    for (const register of ["controller", "processor"] as const) {
      const own = PARTS.map((part) => formSectionCitation(register, part).citation).filter((citation) => !citation.includes("not required"));
      const cited = own.flatMap((citation) => citation.replace(/^Art\. 30\([12]\)/, "").match(/\([a-g]\)/g) ?? []);
      expect(new Set(cited).size).toBe(ART30_ITEMS[register].length);
    }
  });
});
