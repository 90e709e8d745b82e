/**
 * Text an XLSX cell can hold. A workbook is XML, and XML 1.0 (§2.2) has no
 * way to write the C0 control characters other than tab, line feed and
 * carriage return, nor U+FFFE, U+FFFF or a lone surrogate: exceljs writes
 * them as they are and the file no longer opens ("disallowed character").
 * The records may hold them (pasted text), so the spreadsheets drop them.
 */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlText(value: string): string {
  return value.replace(NOT_XML, "");
}
