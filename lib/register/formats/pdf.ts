import { renderRegisterPdf } from "../pdf";
import type { RegisterExportFormat } from "./format";

export const pdfFormat: RegisterExportFormat = {
  id: "pdf",
  extension: "pdf",
  contentType: "application/pdf",
  label: "PDF",
  description: "A paginated document with a cover, contents and one section per activity",
  // The cover names the organisation's own data protection contact beside the DPO.
  render: ({ register, source }) => renderRegisterPdf(register(), { privacyContact: source.organisation }),
};
