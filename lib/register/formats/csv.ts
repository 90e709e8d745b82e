import { renderRegisterCsv } from "../csv";
import type { RegisterExportFormat } from "./format";

export const csvFormat: RegisterExportFormat = {
  id: "csv",
  extension: "csv",
  contentType: "text/csv; charset=utf-8",
  label: "CSV",
  description: "The controller register's rows, UTF-8, for any spreadsheet or tool",
  render: ({ register }) => renderRegisterCsv(register()),
};
