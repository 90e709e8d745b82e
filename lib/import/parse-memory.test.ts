import { execFile } from "node:child_process";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_ROWS, MAX_UPLOAD_BYTES } from "./limits";
import { inEnglish } from "@/lib/i18n/english";

// Regression: a 9.6 MB XLSX of 36,000 rows × 100 cells grew the server from 315 MB to 2.1 GB before it was
// refused for its rows, and a 10 MB CSV peaked near 925 MB; both are now refused while they are streamed.
const run = promisify(execFile);
const MB = 1024 * 1024;
let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), "ropa-upload-memory-"));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

/** parseUpload in a process of its own (test/support/parse-memory.child.ts): its memory growth above idle and its answer. */
async function measure(file: string, name: string) {
  const root = path.join(import.meta.dirname, "../..");
  const child = path.join(root, "test/support/parse-memory.child.ts");
  const { stdout } = await run(process.execPath, ["--expose-gc", "--import", "tsx", child, file, name], { cwd: root, maxBuffer: MB });
  const result = JSON.parse(stdout) as { idle: number; peak: number; ok: boolean; error: string | null; leftovers: number };
  return { ...result, growthMb: (result.peak - result.idle) / MB };
}

async function wideWorkbook(file: string, rows: number, columns: number) {
  // Compressed hard, as Excel does, to stay under the upload limit with this many cells.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: false, zip: { zlib: { level: 9 } } });
  const sheet = workbook.addWorksheet("Register");
  sheet.addRow(Array.from({ length: columns }, (_, column) => (column === 0 ? "Purpose of processing" : `Column ${column}`))).commit();
  for (let row = 1; row < rows; row++) sheet.addRow(Array.from({ length: columns }, (_, column) => (column % 2 ? "text" : column))).commit();
  sheet.commit();
  await workbook.commit();
}

describe("a large upload is refused while it is read, and the server's memory stays near idle", () => {
  it("XLSX of 36,000 rows × 100 cells", { timeout: 300_000 }, async () => {
    const file = path.join(directory, "wide.xlsx");
    await wideWorkbook(file, 36_000, 100);
    // Under the size limit, so it is the parser that has to refuse it.
    expect((await stat(file)).size).toBeLessThanOrEqual(MAX_UPLOAD_BYTES);
    const result = await measure(file, "wide.xlsx");
    expect({ ...result, error: inEnglish(result.error ?? "") }).toMatchObject({ ok: false, error: expect.stringMatching(/^The file has more than [\d,]+ (rows|filled cells).*[Ss]plit it into smaller files/), leftovers: 0 });
    expect(result.growthMb, JSON.stringify(result)).toBeLessThan(100);
  });

  it("CSV of 10 MB, with fewer rows than the limit but millions of cells", { timeout: 300_000 }, async () => {
    const file = path.join(directory, "wide.csv");
    const columns = 360;
    const line = Array.from({ length: columns }, (_, column) => (column % 3 ? "ab" : '"x,y"')).join(",") + "\r\n";
    const rows = Math.floor(MAX_UPLOAD_BYTES / line.length);
    expect(rows).toBeLessThan(MAX_ROWS);
    await writeFile(file, "Purpose of processing\r\n" + line.repeat(rows - 1));
    const result = await measure(file, "wide.csv");
    expect({ ...result, error: inEnglish(result.error ?? "") }).toMatchObject({ ok: false, error: expect.stringMatching(/^The file has more than [\d,]+ filled cells.*[Ss]plit it into smaller files/) });
    expect(result.growthMb, JSON.stringify(result)).toBeLessThan(100);
  });
});
