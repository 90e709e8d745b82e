/**
 * Page layout of the PDF register: A4, the standard PDF fonts (Helvetica;
 * they cover Latin-1 and the Windows-1252 punctuation, so "Köln" and “quotes”
 * print as they are), and a text sanitiser for the rest.
 */
import type PDFDocument from "pdfkit";

export type Doc = InstanceType<typeof PDFDocument>;

export const PAGE = { size: "A4" as const, width: 595.28, height: 841.89 };
export const MARGIN = { top: 60, bottom: 70, left: 60, right: 60 };
export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
export const BOTTOM = PAGE.height - MARGIN.bottom;

export const FONT = { regular: "Helvetica", bold: "Helvetica-Bold", italic: "Helvetica-Oblique" };
export const COLOUR = { text: "#0f172a", muted: "#475569", faint: "#94a3b8", accent: "#1d4ed8", rule: "#cbd5e1" };

// Windows-1252 characters beyond Latin-1 that the standard fonts can print.
const CP1252_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
const REPLACEMENTS: Record<string, string> = { "→": "->", "←": "<-", "≥": ">=", "≤": "<=", "≠": "!=", "§": "§", "\u00a0": " ", "\u2009": " ", "\u202f": " " };

/** Text the standard fonts can print: other characters become their closest ASCII, or "?". */
export function printable(text: string): string {
  let out = "";
  for (const char of text.normalize("NFC")) {
    const code = char.codePointAt(0)!;
    if (char === "\n" || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRA.has(char)) out += char;
    else if (char === "\t") out += " ";
    else if (REPLACEMENTS[char] !== undefined) out += REPLACEMENTS[char];
    else if (code < 0x20) continue;
    else {
      const base = char.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
      out += base.length === 1 && base.charCodeAt(0) < 0x7f ? base : "?";
    }
  }
  return out;
}

/** Starts a new page when less than `needed` points are left. */
export function ensureSpace(doc: Doc, needed: number) {
  if (doc.y + needed > BOTTOM) doc.addPage();
}

export function heading(doc: Doc, text: string, size: number, options: { colour?: string; gapBefore?: number; gapAfter?: number } = {}) {
  ensureSpace(doc, size * 4);
  doc.y += options.gapBefore ?? 0;
  doc.font(FONT.bold).fontSize(size).fillColor(options.colour ?? COLOUR.text).text(printable(text), MARGIN.left, doc.y, { width: CONTENT_WIDTH });
  doc.y += options.gapAfter ?? 4;
}

export function paragraph(doc: Doc, text: string, options: { size?: number; colour?: string; font?: string; indent?: number } = {}) {
  const indent = options.indent ?? 0;
  doc
    .font(options.font ?? FONT.regular)
    .fontSize(options.size ?? 9.5)
    .fillColor(options.colour ?? COLOUR.text)
    .text(printable(text), MARGIN.left + indent, doc.y, { width: CONTENT_WIDTH - indent, lineGap: 1.5 });
}

/** A bullet with a hanging indent; the bullet moves with its text when the page is full. */
export function bullet(doc: Doc, text: string, indent: number) {
  ensureSpace(doc, 14);
  const y = doc.y;
  doc.font(FONT.regular).fontSize(9.5).fillColor(COLOUR.muted).text("•", MARGIN.left + indent, y, { lineBreak: false });
  doc.fillColor(COLOUR.text).text(printable(text), MARGIN.left + indent + 10, y, { width: CONTENT_WIDTH - indent - 10, lineGap: 1.5 });
  doc.y += 1.5;
}

export function rule(doc: Doc, gap = 6) {
  doc.y += gap;
  doc.moveTo(MARGIN.left, doc.y).lineTo(PAGE.width - MARGIN.right, doc.y).lineWidth(0.5).strokeColor(COLOUR.rule).stroke();
  doc.y += gap;
}
