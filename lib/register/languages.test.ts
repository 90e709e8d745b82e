import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseCsv } from "@/test/support/csv-parse";
import { pdfText } from "@/test/support/pdf-text";
import { testActivity, testSource } from "@/test/fixtures/test-source";
import { buildRegister } from "./build";
import { CNIL_COLUMNS, CNIL_FICHE_SECTIONS } from "./cnil-layout";
import { renderRegisterCnilXlsx } from "./cnil";
import { renderRegisterCsv } from "./csv";
import { renderRegisterPdf } from "./pdf";
import { REGISTER_WORDING, type RegisterWording } from "./wording";
import { renderRegisterXlsx } from "./xlsx";

/** Every string of the English catalogue whose counterpart in `other` differs: words an export in `other` must not show. */
function englishOnly(other: RegisterWording): string[] {
  const found: string[] = [];
  const walk = (a: unknown, b: unknown) => {
    if (typeof a === "string") {
      if (a !== b) found.push(a);
    } else if (a && typeof a === "object") {
      for (const key of Object.keys(a)) walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]);
    }
  };
  walk(REGISTER_WORDING.en, other);
  return [...new Set(found)];
}

/** The English words a text shows: a whole line equal to one, or a longer one within it. */
function englishIn(texts: string[], english: string[]): string[] {
  const lines = texts.flatMap((text) => text.split("\n")).map((line) => line.trim());
  const long = english.filter((word) => word.length >= 14);
  return [...new Set(lines.flatMap((line) => [...english.filter((word) => word === line), ...long.filter((word) => line.includes(word))]))];
}

// A register with every part filled: processors, a joint controller, a transfer, special categories, a processor activity.
const source = testSource([
  testActivity(),
  testActivity({
    id: "act-2",
    reference: "MK-01",
    name: "Newsletter",
    role: "JOINT_CONTROLLER",
    jointControllerArrangement: "Shared newsletter",
    automatedDecisionMaking: true,
    automatedDecisionLogic: "Scoring",
    automatedDecisionConsequences: "Offers",
    publicSources: true,
    dataSource: "BOTH",
    dpiaRequired: null,
    transfersNone: false,
    parties: [
      { recipientId: "r-partner", role: "JOINT_CONTROLLER", note: "" },
      { recipientId: "r-cloud", role: "RECIPIENT", note: "" },
    ],
    transfers: [{ id: "t-1", countryCode: "US", internationalOrganisation: "", recipientId: "r-cloud", safeguard: "SCC", safeguardDetails: "", safeguardReference: "" }],
    recipientsNone: false,
    securityMeasureIds: ["sm-enc", "sm-acl"],
  }),
  testActivity({ id: "act-3", reference: "PR-01", name: "Hosting", role: "PROCESSOR", parties: [{ recipientId: "r-client", role: "CLIENT_CONTROLLER", note: "" }] }),
]);

async function cells(xlsx: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
  const values: string[] = [];
  workbook.eachSheet((sheet) => {
    values.push(sheet.name);
    sheet.eachRow((row) => row.eachCell((cell) => values.push(String(cell.value ?? ""))));
  });
  return values;
}

const renderers: [string, (wording: RegisterWording) => Promise<string[]>][] = [
  ["xlsx (ICO layout)", async (wording) => cells(await renderRegisterXlsx(buildRegister(source, wording)))],
  ["xlsx (CNIL layout)", async (wording) => cells(await renderRegisterCnilXlsx(source, buildRegister(source, wording)))],
  ["csv", async (wording) => parseCsv(renderRegisterCsv(buildRegister(source, wording))).flat()],
  ["pdf", async (wording) => [await pdfText(await renderRegisterPdf(buildRegister(source, wording), { privacyContact: source.organisation }))]],
];

describe("the register exports in German and French", () => {
  for (const [format, render] of renderers) {
    it(`${format}: the English export shows the English words the check looks for`, async () => {
      // The check below would find nothing if it could not see English at all.
      expect(englishIn(await render(REGISTER_WORDING.en), englishOnly(REGISTER_WORDING.de)).length).toBeGreaterThan(5);
    });
    for (const language of ["de", "fr"] as const) {
      it(`${format} in ${language}: no English heading, label or sentence`, async () => {
        const wording = REGISTER_WORDING[language];
        const texts = await render(wording);
        expect(englishIn(texts, englishOnly(wording))).toEqual([]);
        // And the statute's own words are there.
        expect(texts.join("\n")).toContain(format === "csv" ? wording.icoColumns.dataSubjects : wording.document.title);
      });
    }
  }

  it("cites Art. 30 and writes dates as each language does", () => {
    const date = new Date("2026-11-27T09:00:00Z");
    expect(REGISTER_WORDING.en.citation("1", "b")).toBe("Art. 30(1)(b)");
    expect(REGISTER_WORDING.de.citation("1", "b")).toBe("Art. 30 Abs. 1 lit. b");
    expect(REGISTER_WORDING.fr.citation("2", "a")).toBe("art. 30, par. 2, point a)");
    expect([REGISTER_WORDING.en.cellDate(date), REGISTER_WORDING.de.cellDate(date), REGISTER_WORDING.fr.cellDate(date)]).toEqual(["2026-11-27", "27.11.2026", "27/11/2026"]);
    expect(REGISTER_WORDING.de.longDate(date)).toBe("27. November 2026");
    expect(REGISTER_WORDING.fr.longDate(date)).toBe("27 novembre 2026");
  });

  it("names the register and the Art. 30 items in the statute's words", () => {
    expect(REGISTER_WORDING.de.document.title).toBe("Verzeichnis von Verarbeitungstätigkeiten");
    expect(REGISTER_WORDING.fr.document.title).toBe("Registre des activités de traitement");
    const de = buildRegister(source, REGISTER_WORDING.de).controller[0].items.map((item) => `${item.citation} ${item.title}`);
    expect(de).toContain("Art. 30 Abs. 1 lit. f Fristen für die Löschung");
    expect(de.join("\n")).toContain("Kategorien betroffener Personen");
    const fr = buildRegister(source, REGISTER_WORDING.fr).controller[0].items.map((item) => item.title);
    expect(fr).toContain("Délais prévus pour l'effacement");
    expect(fr).toContain("Mesures de sécurité techniques et organisationnelles");
  });
});

describe("the CNIL layout", () => {
  it("has the model's overview columns and one fiche per controller activity with its sections", async () => {
    const register = buildRegister(source, REGISTER_WORDING.fr);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderRegisterCnilXlsx(source, register)) as unknown as ArrayBuffer);
    const [overview, ...fiches] = workbook.worksheets;
    expect(overview.name).toBe("Registre");
    const header = (overview.getRow(2).values as unknown[]).slice(1);
    expect(header).toEqual(CNIL_COLUMNS.map((key) => REGISTER_WORDING.fr.cnilColumns[key]));
    expect(header.slice(0, 2)).toEqual(["N° / REF", "Nom / sigle"]);
    const column = (key: (typeof CNIL_COLUMNS)[number]) => CNIL_COLUMNS.indexOf(key) + 1;
    // Art. 30(1) only: the processor activity is not in the controller's model register.
    expect([overview.getRow(3), overview.getRow(4)].map((row) => row.getCell(column("reference")).value)).toEqual(["HR-01", "MK-01"]);
    expect(overview.getRow(5).getCell(1).value ?? null).toBeNull();
    // The country's name comes with the records (localised before the build); the safeguard in the layout's words.
    expect(String(overview.getRow(4).getCell(column("transfers")).value)).toBe("United States: Clauses types de protection des données (art. 46, par. 2, point c))");
    expect(overview.getRow(3).getCell(column("createdAt")).value).toBe("01/01/2025");
    expect(fiches.map((sheet) => sheet.name)).toEqual(["Fiche HR-01", "Fiche MK-01"]);
    const labels: string[] = [];
    fiches[0].eachRow((row) => labels.push(String(row.getCell(1).value)));
    for (const section of CNIL_FICHE_SECTIONS) expect(labels).toContain(REGISTER_WORDING.fr.cnilFiche[section.key]);
    expect(labels).toContain("Durées de conservation");
    expect(labels).toContain("Transferts des données hors UE");
  });
});
