/**
 * Writes a run's results into docs/benchmarks.md between two markers, so the
 * explanatory prose around them stays as written and one command reproduces
 * the document.
 */
import fs from "node:fs";
import path from "node:path";

const DOCUMENT = path.resolve(__dirname, "..", "..", "docs", "benchmarks.md");
const START = "<!-- bench:results:start (written by `npm run bench`; edits inside are overwritten) -->";
const END = "<!-- bench:results:end -->";

export function writeResults(markdown: string, file = DOCUMENT): string {
  const text = fs.readFileSync(file, "utf8");
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end === -1 || end < start) throw new Error(`${path.basename(file)} has no results markers; add ${START} and ${END}.`);
  fs.writeFileSync(file, `${text.slice(0, start + START.length)}\n\n${markdown.trim()}\n\n${text.slice(end)}`);
  return file;
}
