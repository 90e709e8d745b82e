import ExcelJS from "exceljs";
import { parseUpload } from "./lib/import/parse";
async function main() {
  const workbook = new ExcelJS.Workbook();
  for (let s = 0; s < 4; s++) { const sheet = workbook.addWorksheet(`Sheet ${s+1}`); for (let r=0;r<50;r++) sheet.addRow([`sheet ${s} row ${r}`, "shared text", r]); }
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  for (let i = 0; i < 40; i++) { const p = await parseUpload("x.xlsx", bytes); if (!p.ok) console.log("round", i, p); }
  console.log("done");
}
main();
