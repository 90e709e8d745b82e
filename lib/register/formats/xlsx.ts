import { renderRegisterXlsx } from "../xlsx";
import type { RegisterExportFormat } from "./format";

export const xlsxFormat: RegisterExportFormat = {
  id: "xlsx",
  extension: "xlsx",
  contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  label: "Excel (ICO layout)",
  description: "Spreadsheet in the UK ICO controller template's layout, with a sheet for the processor register",
  render: ({ register }) => renderRegisterXlsx(register()),
};
