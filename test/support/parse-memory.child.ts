/**
 * Runs one upload through parseUpload in a process of its own and reports
 * how far its memory grew above idle: parse-memory.test.ts starts it, so
 * the test's own allocations do not blur the measurement.
 * Arguments: the file to parse, the file name to parse it as.
 */
import { readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import ExcelJS from "exceljs";
import { parseUpload } from "../../lib/import/parse";

/** A register of an ordinary size (1,000 activities in the 32 ICO columns) that the parser accepts. */
async function ordinaryFile(name: string): Promise<Buffer> {
  const rows = Array.from({ length: 1_001 }, (_, row) => Array.from({ length: 32 }, (_, column) => (row === 0 ? (column === 0 ? "Purpose of processing" : `Column ${column}`) : `Activity ${row}, item ${column}`)));
  if (name.endsWith(".csv")) return Buffer.from(rows.map((row) => row.map((cell) => `"${cell}"`).join(",")).join("\r\n"));
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Register").addRows(rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const collect = async () => {
  for (let i = 0; i < 3; i++) {
    global.gc?.();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

async function main() {
  const [file, name] = process.argv.slice(2);
  const bytes = await readFile(file);
  // Idle is a server that has imported an ordinary register before: the parsers are loaded and
  // the JavaScript heap has grown to what everyday work needs (its young generation alone takes
  // tens of MB once it is used). The growth measured is what the large upload adds to that.
  const ordinary = await parseUpload(name, await ordinaryFile(name));
  if (!ordinary.ok) throw new Error(ordinary.error);
  await collect();
  const idle = process.memoryUsage().rss;
  let peak = idle;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const parsed = await parseUpload(name, bytes);
  clearInterval(sampler);
  // The kernel's high-water mark also catches a peak between two samples.
  peak = Math.max(peak, process.resourceUsage().maxRSS * 1024, process.memoryUsage().rss);
  // Nothing is written to disk while a workbook is read: no temporary file named after the process
  // (exceljs' own streaming parse parks sheets in such files and removes them later, hence the pause).
  await new Promise((resolve) => setTimeout(resolve, 200));
  const leftovers = (await readdir(tmpdir())).filter((entry) => entry.startsWith(`tmp-${process.pid}-`)).length;
  process.stdout.write(JSON.stringify({ idle, peak, ok: parsed.ok, error: parsed.ok ? null : parsed.error, leftovers }));
}

void main();
