/**
 * The register exports (XLSX, CSV, JSON, PDF) of the large organisation, each
 * beside a baseline measured in the same run on the same rows: exceljs
 * writing the rows without our layout, a plain comma join for CSV,
 * JSON.stringify of the loaded records, pdfkit writing the lines without
 * layout. Median of three runs (one for the PDF).
 */
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { buildRegister } from "../../lib/register/build";
import { renderRegisterCsv } from "../../lib/register/csv";
import { ICO_CONTROLLER_COLUMNS } from "../../lib/register/ico-layout";
import { renderRegisterJson } from "../../lib/register/json";
import { benchPdf, benchPdfBaseline } from "../../lib/register/pdf";
import { loadRegisterSource } from "../../lib/register/queries";
import { renderRegisterXlsx } from "../../lib/register/xlsx";
import { median, verdict } from "./stats";

const RUNS = 3;

async function baselineXlsx(rows: string[][]): Promise<number> {
  const stream = new PassThrough();
  let size = 0;
  stream.on("data", (chunk: Buffer) => (size += chunk.length));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream });
  const sheet = workbook.addWorksheet("Rows");
  for (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
  return size;
}

export async function benchExports(organisationId: string, options: { pdf: boolean }): Promise<string> {
  const load = await median(RUNS, () => loadRegisterSource(organisationId));
  const source = load.result!;
  const build = await median(RUNS, () => buildRegister(source));
  const register = build.result;
  const rows = register.controller.map((entry) => ICO_CONTROLLER_COLUMNS.map((column) => entry.row[column.key]));

  const xlsx = await median(RUNS, () => renderRegisterXlsx(register));
  const xlsxBase = await median(RUNS, () => baselineXlsx(rows));
  const csv = await median(RUNS, () => renderRegisterCsv(register));
  const csvBase = await median(RUNS, () => rows.map((row) => row.join(",")).join("\n"));
  const json = await median(RUNS, () => renderRegisterJson(source));
  const jsonBase = await median(RUNS, () => JSON.stringify(source.activities));

  // What a download costs end to end is loading + building + rendering; the JSON needs no built register.
  const line = (name: string, render: number, base: number, size: number, target: number, whole: number) =>
    `| ${name} | ${Math.round(render)} ms | ${Math.round(base)} ms | ${(render / base).toFixed(2)} × | ${Math.round(whole)} ms | ${target} s | ${verdict(whole <= target * 1000)} | ${(size / 1e6).toFixed(1)} MB |`;
  const lines = [
    `${source.activities.length} activities (${register.controller.length} controller rows, ${register.processorRows.length} processor rows); median of ${RUNS} runs, the PDF one run. Load from PostgreSQL ${Math.round(load.ms)} ms, build of the register ${Math.round(build.ms)} ms.`,
    "",
    "| export | render | baseline | ratio | load + build + render | target | | size |",
    "|---|---|---|---|---|---|---|---|",
    line("XLSX (ICO layout, styles, 2 sheets)", xlsx.ms, xlsxBase.ms, xlsx.result.length, 5, load.ms + build.ms + xlsx.ms),
    line("CSV (RFC 4180)", csv.ms, csvBase.ms, Buffer.byteLength(csv.result), 1, load.ms + build.ms + csv.ms),
    line("JSON (schema 1, pretty-printed) ¹", json.ms, jsonBase.ms, Buffer.byteLength(json.result), 1, load.ms + json.ms),
  ];
  if (options.pdf) {
    // One run each: the PDF of 5,000 activities takes long enough for one to be representative.
    const pdf = await benchPdf(register);
    const pdfBase = await benchPdfBaseline(register);
    lines.push(line("PDF (cover, contents, page numbers)", pdf.ms, pdfBase.ms, pdf.bytes, 15, load.ms + build.ms + pdf.ms));
  } else {
    lines.push("| PDF | skipped (BENCH_PDF=0) | | | | 15 s | | |");
  }
  lines.push("", "¹ The JSON is written from the loaded records and needs no built register: load + render.");
  return lines.join("\n");
}
