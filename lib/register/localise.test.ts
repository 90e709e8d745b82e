import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { testActivity, testSource } from "@/test/fixtures/test-source";
import { textKey } from "@/lib/translations/fields";
import { sourceHash } from "@/lib/translations/hash";
import { emptyTranslationSet, type TranslationSet } from "@/lib/translations/localise";
import { buildRegister } from "./build";
import { registerJson } from "./json";
import { localiseRegisterSource } from "./localise";
import { REGISTER_WORDING } from "./wording";
import { renderRegisterXlsx } from "./xlsx";

const base = testSource([testActivity({ description: "Paying employees." })]);
const source = { ...base, organisation: { ...base.organisation, defaultLanguage: "en", languages: ["en", "de"] } };

function german(entries: [entity: string, id: string, field: string, source: string, value: string][]): TranslationSet {
  const set = emptyTranslationSet("de");
  return {
    ...set,
    values: new Map(entries.map(([entity, id, field, text, value]) => [textKey({ entity, id, field } as Parameters<typeof textKey>[0]), { value, sourceHash: sourceHash(text) }])),
  };
}

describe("localiseRegisterSource", () => {
  it("uses the translations, and marks each text without one, with a legend in the export's language", () => {
    const { marked, unmarked, localisation } = localiseRegisterSource(source, german([["activity", "act-1", "name", "Payroll", "Lohnabrechnung"]]));
    expect(marked.activities[0].name).toBe("Lohnabrechnung");
    // Untranslated: shown in English, marked, and listed.
    expect(marked.activities[0].description).toBe("Paying employees. †");
    expect(unmarked.activities[0].description).toBe("Paying employees.");
    expect(localisation.untranslated.map((text) => `${text.entity}.${text.field}`)).toContain("activity.description");
    expect(localisation.untranslated.map((text) => `${text.entity}.${text.field}`)).not.toContain("activity.name");
    expect(localisation.legend).toBe("† nicht übersetzt, auf Englisch wiedergegeben");
    // Country names in the export's language.
    expect(marked.countries.find((country) => country.code === "US")?.name).toBe("Vereinigte Staaten");
  });

  it("marks nothing in the default language", () => {
    const { marked, localisation } = localiseRegisterSource(source, emptyTranslationSet("en"));
    expect(marked.activities[0].description).toBe("Paying employees.");
    expect(localisation).toMatchObject({ language: "en", defaultLanguage: "en", untranslated: [], legend: null });
  });

  it("puts the legend above the spreadsheet's tables, and the JSON lists the untranslated texts instead of marking them", async () => {
    const { marked, unmarked, localisation } = localiseRegisterSource(source, emptyTranslationSet("de"));
    const register = buildRegister(marked, REGISTER_WORDING.de, localisation.legend);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderRegisterXlsx(register)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(String(sheet.getCell("A1").value)).toContain("† nicht übersetzt, auf Englisch wiedergegeben");
    const nameColumn = (sheet.getRow(2).values as unknown[]).indexOf("Bezeichnung der Verarbeitungstätigkeit");
    expect(sheet.getRow(3).getCell(nameColumn).value).toBe("Payroll †");

    const json = registerJson(unmarked, localisation);
    expect(json.language).toBe("de");
    expect(json.activities[0].name).toBe("Payroll");
    expect(json.untranslated).toContainEqual({ entity: "activity", field: "name", text: "Payroll" });
  });
});
