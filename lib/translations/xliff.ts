/**
 * The records' texts as an XLIFF 2.0 document, the exchange format of
 * translation tools (OASIS XLIFF Version 2.0), and back. One <file> per
 * export; one <unit> per text, its id naming the text (entity, record id,
 * field), its source the default-language text, its target the translation
 * (empty when missing) and a note saying what the text is. Writing and
 * reading go through the maintained `xliff` package; this module adds the
 * checks a file from outside needs.
 */
import { js2xliff, xliff2js, type XliffUnit } from "xliff";
import { isTranslatable, type TextRef, type TranslatableEntity } from "./fields";
import type { Language } from "./languages";
import { message } from "@/lib/i18n/message";

/** The one <file> of an export. */
const FILE_ID = "records";

export type XliffText = TextRef & { source: string; target: string; note: string };

/** `entity:id:field`; a record id may itself hold colons (an activity's recipient: `<activityId>:<recipientId>`). */
export function unitId(ref: TextRef): string {
  return `${ref.entity}:${ref.id}:${ref.field}`;
}

export function parseUnitId(id: string): TextRef | null {
  const first = id.indexOf(":");
  const last = id.lastIndexOf(":");
  if (first <= 0 || last <= first + 1 || last === id.length - 1) return null;
  const entity = id.slice(0, first);
  const field = id.slice(last + 1);
  if (!isTranslatable(entity, field)) return null;
  return { entity: entity as TranslatableEntity, id: id.slice(first + 1, last), field };
}

/**
 * XML cannot carry a carriage return as written (a parser turns CR LF into
 * LF, XML 1.0 §2.11), so texts go out and are compared with LF line ends.
 */
export function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/** Characters XML 1.0 cannot hold at all (§2.2); a text holding them is refused rather than written as a broken file. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isXmlText(text: string): boolean {
  return !NOT_XML.test(text);
}

export async function writeXliff(sourceLanguage: Language, targetLanguage: Language, texts: readonly XliffText[]): Promise<string> {
  const units: Record<string, XliffUnit> = {};
  for (const text of texts) {
    const clean = (value: string) => {
      const xml = isXmlText(value) ? normaliseLineEnds(value) : normaliseLineEnds(value).replace(new RegExp(NOT_XML.source, "g"), "");
      // xml-js (under the xliff package) turns "&amp;" in a text into "&" before escaping it ("desanitize to avoid
      // double sanitization", xml-js lib/js2xml.js), so a text that says "&amp;" would come back as "&". Doubling
      // every "&" first cancels that step exactly; the property test reads every text back.
      return xml.replace(/&/g, "&amp;");
    };
    units[unitId(text)] = { note: clean(text.note), source: clean(text.source), target: clean(text.target) };
  }
  const xml = await js2xliff({ sourceLanguage, targetLanguage, resources: { [FILE_ID]: units } }, { indent: "  " });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`;
}

export type ParsedUnit = { unitId: string; source: string; target: string };

export type ParsedXliff =
  | { ok: true; sourceLanguage: string; targetLanguage: string; units: ParsedUnit[] }
  | { ok: false; error: string };

/** Files larger than this are refused before parsing. */
export const MAX_XLIFF_BYTES = 10 * 1024 * 1024;

function text(value: unknown): string | null {
  if (value === undefined) return "";
  return typeof value === "string" ? value : null;
}

/** Reads an XLIFF 2.x document; a file that is not one is refused with a reason, never half-read. */
export async function readXliff(xml: string): Promise<ParsedXliff> {
  if (Buffer.byteLength(xml, "utf8") > MAX_XLIFF_BYTES) return { ok: false, error: message("translationMessages.xliff.tooLarge", { megabytes: MAX_XLIFF_BYTES / 1024 / 1024 }) };
  // The package keeps only the last <segment> of a unit; a tool that split a text into several would lose the rest silently.
  const units = (xml.match(/<unit[\s>]/g) ?? []).length;
  const segments = (xml.match(/<segment[\s>/]/g) ?? []).length;
  if (segments > units) return { ok: false, error: message("translationMessages.xliff.severalSegments") };
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return { ok: false, error: message("translationMessages.xliff.doctype") };
  let document;
  try {
    document = await xliff2js(xml);
  } catch {
    return { ok: false, error: message("translationMessages.xliff.notWellFormed") };
  }
  if (!document?.resources || !document.sourceLanguage) return { ok: false, error: message("translationMessages.xliff.notXliff2", { element: '<xliff version="2.0">' }) };
  const parsed: ParsedUnit[] = [];
  for (const file of Object.values(document.resources)) {
    for (const [id, unit] of Object.entries(file)) {
      if ("groupUnits" in unit) return { ok: false, error: message("translationMessages.xliff.group", { id }) };
      const source = text(unit.source);
      const target = text(unit.target);
      if (source === null || target === null) return { ok: false, error: message("translationMessages.xliff.inlineMarkup", { id }) };
      parsed.push({ unitId: id, source, target });
    }
  }
  return { ok: true, sourceLanguage: document.sourceLanguage, targetLanguage: document.targetLanguage ?? "", units: parsed };
}
