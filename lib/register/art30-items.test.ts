import { pdfText } from "@/test/support/pdf-text";
import { describe, expect, it } from "vitest";
import { ART30_ITEMS, art30Item, recordSectionHeadings, type Art30Register } from "./art30-items";
import { buildRegister } from "./build";
import { activityCompleteness } from "./completeness";
import { createLookup } from "./lines";
import { renderRegisterPdf } from "./pdf";
import { testActivity, testSource } from "../../test/fixtures/test-source";

const NOW = new Date("2026-11-27T09:00:00Z");
const headings = (register: Art30Register) => ART30_ITEMS[register].map(({ letter, citation, title }) => ({ letter, citation, title }));

const processorActivity = testActivity({
  id: "act-2",
  reference: "SVC-01",
  name: "Hosting for clients",
  role: "PROCESSOR",
  parties: [{ recipientId: "r-client", role: "CLIENT_CONTROLLER", note: "" }],
});
const source = testSource([testActivity(), processorActivity]);
const register = buildRegister(source);


describe("the table of Art. 30 items", () => {
  it("has exactly Art. 30(1)(a)-(g) and Art. 30(2)(a)-(d), in the order of the law", () => {
    expect(ART30_ITEMS.controller.map((item) => item.citation)).toEqual(["a", "b", "c", "d", "e", "f", "g"].map((letter) => `Art. 30(1)(${letter})`));
    expect(ART30_ITEMS.processor.map((item) => item.citation)).toEqual(["a", "b", "c", "d"].map((letter) => `Art. 30(2)(${letter})`));
    for (const register of ["controller", "processor"] as const) {
      const items = ART30_ITEMS[register];
      expect(items.every((item) => item.register === register && item.citation.endsWith(`(${item.letter})`))).toBe(true);
      expect(new Set(items.map((item) => item.title)).size, "one title per item").toBe(items.length);
    }
  });

  it("refuses a letter the law does not have", () => {
    expect(art30Item("controller", "g").title).toBe("Technical and organisational security measures");
    expect(() => art30Item("processor", "e")).toThrow("Art. 30(2) has no item (e)");
  });
});

describe("every consumer heads the items from the table", () => {
  it("the register builder, for the preview and every export", () => {
    expect(register.controller[0].items.map(({ letter, citation, title }) => ({ letter, citation, title }))).toEqual(headings("controller"));
    expect(register.processor![0].activities[0].items.map(({ letter, citation, title }) => ({ letter, citation, title }))).toEqual(headings("processor"));
  });

  it("the completeness check, with each item's link to its part of the edit form", () => {
    const lookup = createLookup(source);
    for (const activity of source.activities) {
      const result = activityCompleteness(activity, lookup, source.organisation, NOW);
      const items = ART30_ITEMS[result.register];
      expect(result.items.map(({ letter, citation, label }) => ({ letter, citation, label }))).toEqual(items.map(({ letter, citation, label }) => ({ letter, citation, label })));
      expect(result.items.map((item) => item.href)).toEqual(items.map((item) => `/activities/${activity.id}/edit#${item.formSection}`));
    }
  });

  it("the activity page: a controller's record shows Art. 30(1)(a)-(g)", () => {
    expect(recordSectionHeadings("controller").map(({ letter, citation, title }) => ({ letter, citation, title }))).toEqual(headings("controller"));
  });

  it("the activity page: a processor's record shows Art. 30(2)(a)-(d) first, then the controller's items it does not require, each section once", () => {
    const sections = recordSectionHeadings("processor");
    expect(sections.slice(0, 4).map(({ letter, citation, title }) => ({ letter, citation, title }))).toEqual(headings("processor"));
    expect(sections.slice(4)).toEqual(
      ["c", "d", "f"].map((letter) => {
        const item = art30Item("controller", letter);
        return { section: item.section, citation: `${item.citation}, not required by Art. 30(2)`, title: item.title };
      }),
    );
    expect(sections.map((section) => section.section).sort()).toEqual(recordSectionHeadings("controller").map((section) => section.section).sort());
  });

  it("the PDF", async () => {
    const text = await pdfText(await renderRegisterPdf(register));
    for (const item of [...ART30_ITEMS.controller, ...ART30_ITEMS.processor]) {
      expect(text, item.citation).toContain(`${item.citation} ${item.title}`);
    }
  });
});
