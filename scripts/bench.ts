/**
 * How long the register exports take for a large organisation (5,000
 * activities), each beside a baseline measured in the same run on the same
 * rows: exceljs writing the rows without our layout, a plain join for CSV,
 * JSON.stringify of the loaded records. A measurement, not a test: `npm run bench`.
 * Creates a throw-away organisation (scripts/generate-large-org.ts) and
 * deletes it afterwards.
 */
import os from "node:os";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { db } from "../lib/db";
import { deleteOrganisation } from "../lib/organisation/delete";
import { buildRegister } from "../lib/register/build";
import { renderRegisterCsv } from "../lib/register/csv";
import { ICO_CONTROLLER_COLUMNS } from "../lib/register/ico-layout";
import { renderRegisterJson } from "../lib/register/json";
import { benchPdf, benchPdfBaseline } from "../lib/register/pdf";
import { loadRegisterSource } from "../lib/register/queries";
import { renderRegisterXlsx } from "../lib/register/xlsx";
import { generateLargeOrganisation } from "./generate-large-org";
import { runPrisma } from "./prisma-cli";

const RUNS = 3;

async function time<T>(run: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    result = await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(RUNS / 2)], result };
}

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

async function main() {
  await runPrisma(["migrate", "deploy"], process.env.DATABASE_URL!, { quiet: true });
  const organisation = await generateLargeOrganisation(db, `bench-register-${Date.now()}`);
  try {
    const load = await time(() => loadRegisterSource(organisation.id));
    const source = load.result!;
    const build = await time(() => buildRegister(source));
    const register = build.result;
    const rows = register.controller.map((entry) => ICO_CONTROLLER_COLUMNS.map((column) => entry.row[column.key]));

    const xlsx = await time(() => renderRegisterXlsx(register));
    const xlsxBase = await time(() => baselineXlsx(rows));
    const csv = await time(() => renderRegisterCsv(register));
    const csvBase = await time(() => rows.map((row) => row.join(",")).join("\n"));
    const json = await time(() => renderRegisterJson(source));
    const jsonBase = await time(() => JSON.stringify(source.activities));
    // One run each: the PDF of 5,000 activities takes long enough for one to be representative.
    const pdf = await benchPdf(register);
    const pdfBase = await benchPdfBaseline(register);

    // What a download costs end to end is loading + building + rendering.
    const total = (render: number) => load.ms + build.ms + render;
    const line = (name: string, ms: number, base: number, size: number, target: number) =>
      `| ${name} | ${Math.round(ms)} ms | ${Math.round(base)} ms | ${(ms / base).toFixed(2)} × | ${Math.round(total(ms))} ms | ${target} s | ${(size / 1e6).toFixed(1)} MB |`;
    const cpu = os.cpus()[0]?.model ?? "unknown CPU";
    console.log(`${source.activities.length} activities (${register.controller.length} controller, ${register.processorRows.length} processor rows), median of ${RUNS} runs`);
    console.log(`Node ${process.version}, ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 1e9)} GB, ${os.platform()} ${os.release()}`);
    console.log(`load from PostgreSQL ${Math.round(load.ms)} ms, build ${Math.round(build.ms)} ms`);
    console.log("| export | render | baseline | ratio | load + build + render | target | size |");
    console.log("|---|---|---|---|---|---|---|");
    console.log(line("XLSX (ICO layout, styles, 2 sheets)", xlsx.ms, xlsxBase.ms, xlsx.result.length, 5));
    console.log(line("CSV (RFC 4180)", csv.ms, csvBase.ms, Buffer.byteLength(csv.result), 1));
    console.log(line("JSON (schema 1, pretty-printed)", json.ms, jsonBase.ms, Buffer.byteLength(json.result), 1));
    console.log(line("PDF (cover, contents, page numbers)", pdf.ms, pdfBase.ms, pdf.bytes, 15));
    console.log(`load average ${os.loadavg().map((value) => value.toFixed(1)).join(" / ")} (1, 5, 15 min)`);
  } finally {
    await db.$transaction((tx) => deleteOrganisation(tx, organisation.id), { timeout: 120_000 });
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
