/**
 * The register's exports in every language, over generated records: any text
 * a user can type (formula starts, script payloads, control characters, the
 * characters a sheet name may not hold) and any mix of translated and
 * untranslated texts. Every file opens (both spreadsheet layouts), the CSV never starts a cell with a
 * formula, the CNIL layout's sheet names stay valid and distinct whatever the
 * references are, and every text without a translation is marked.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv } from "@/test/support/csv-parse";
import { nastyText, XSS_PAYLOADS } from "@/test/support/arbitraries";
import { testActivity, testSource } from "@/test/fixtures/test-source";
import { textKey } from "@/lib/translations/fields";
import { sourceHash } from "@/lib/translations/hash";
import { LANGUAGES } from "@/lib/translations/languages";
import { emptyTranslationSet } from "@/lib/translations/localise";
import { buildRegister } from "./build";
import { renderRegisterCnilXlsx } from "./cnil";
import { renderRegisterCsv } from "./csv";
import { renderRegisterXlsx } from "./xlsx";
import { localiseRegisterSource } from "./localise";
import { registerWording, UNTRANSLATED_MARKER } from "./wording";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 25);

const userText = fc.oneof(nastyText, fc.constantFrom(...XSS_PAYLOADS), fc.constantFrom("=1+1", "@SUM(1)", "Sheet[1]", "a/b:c?d*e", "'quoted", "x".repeat(40)), fc.string({ minLength: 1 }));

const generated = fc.record({
  language: fc.constantFrom(...LANGUAGES),
  activities: fc.array(fc.record({ reference: userText, name: userText, description: userText, translated: fc.boolean() }), { minLength: 1, maxLength: 4 }),
});

async function sheetNames(xlsx: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => sheet.name);
}

describe("the exports over generated records, in every language", () => {
  it("open, never start a CSV cell with a formula, keep sheet names valid and distinct, and mark every untranslated text", async () => {
    await fc.assert(
      fc.asyncProperty(generated, async ({ language, activities }) => {
        const base = testSource(activities.map((a, index) => testActivity({ id: `act-${index}`, reference: a.reference, name: a.name, description: a.description })));
        const source = { ...base, organisation: { ...base.organisation, defaultLanguage: "en", languages: [...LANGUAGES] } };
        const set = emptyTranslationSet(language);
        const values = new Map(
          activities.flatMap((a, index) =>
            a.translated && a.name.trim() ? [[textKey({ entity: "activity", id: `act-${index}`, field: "name" }), { value: `[${language}] ${a.name}`, sourceHash: sourceHash(a.name) }] as const] : [],
          ),
        );
        const { marked, localisation } = localiseRegisterSource(source, { ...set, values });
        const register = buildRegister(marked, registerWording(language), localisation.legend);

        for (const cell of parseCsv(renderRegisterCsv(register)).flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

        expect((await sheetNames(await renderRegisterXlsx(register))).length).toBeGreaterThan(0);
        const names = await sheetNames(await renderRegisterCnilXlsx(marked, register));
        expect(names.length).toBe(1 + activities.length);
        expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
        for (const name of names) {
          expect(name.length).toBeGreaterThan(0);
          expect(name.length).toBeLessThanOrEqual(31);
          expect(name).not.toMatch(/[:\\/?*[\]]/);
        }

        // The default language marks nothing; any other marks exactly the names left untranslated.
        marked.activities.forEach((activity, index) => {
          const { name, translated } = activities[index];
          if (!name.trim()) return;
          const untranslated = language !== "en" && !translated;
          expect(activity.name.endsWith(` ${UNTRANSLATED_MARKER}`)).toBe(untranslated);
        });
        expect(localisation.legend === null).toBe(localisation.untranslated.length === 0);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
