import { renderRegisterJson } from "../json";
import type { RegisterExportFormat } from "./format";

export const jsonFormat: RegisterExportFormat = {
  id: "json",
  extension: "json",
  contentType: "application/json; charset=utf-8",
  label: "JSON",
  description: "The complete records with the catalogues, for backup and import",
  // Written from the records themselves: it needs no built register. The untranslated texts are listed, not marked, so the file stays importable.
  render: ({ unmarked, localisation }) => renderRegisterJson(unmarked, localisation),
};
