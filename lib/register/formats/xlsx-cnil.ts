import { renderRegisterCnilXlsx } from "../cnil";
import type { RegisterExportFormat } from "./format";

export const xlsxCnilFormat: RegisterExportFormat = {
  id: "xlsx-cnil",
  extension: "xlsx",
  fileQualifier: "cnil",
  contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  label: "Excel (CNIL layout)",
  description: "Spreadsheet in the layout of the French CNIL's model register: an overview and one sheet (fiche) per activity",
  render: ({ source, register }) => renderRegisterCnilXlsx(source, register()),
};
