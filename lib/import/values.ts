/**
 * Reading the text of one spreadsheet cell as the value of a field: lists,
 * legal-basis citations, dates, yes/no, safeguards. Pure functions, so the
 * many ways people write these in a register are unit-tested.
 */
import type { DataSource, DpiaStatus, LegalBasisArticle, RecipientKind, TransferSafeguard } from "@prisma/client";
import { dataSourceLabels, dpiaStatusLabels, recipientKindLabels, safeguardLabels, securityGroupLabels } from "@/lib/labels";
import { NONE, NOT_RECORDED } from "@/lib/register/lines";

/**
 * The words our export writes for an empty answer (lib/register/lines.ts):
 * "None" where the record says there is none, "Not recorded" where nothing
 * was recorded. null for any other text, which is read as the value itself.
 */
export function emptyAnswerOf(text: string): "none" | "not-recorded" | null {
  const key = nameKey(text);
  if (key === nameKey(NONE)) return "none";
  if (key === nameKey(NOT_RECORDED)) return "not-recorded";
  return null;
}

/**
 * One item per line; a single line may list its items with semicolons. A note
 * after " — " (as our export writes it) stays with its item, semicolons and all.
 */
export function splitList(text: string): string[] {
  const clean = (items: string[]) => items.map((item) => item.replace(/^[-•*]\s+/, "").trim()).filter(Boolean);
  if (/\r?\n/.test(text.trim())) return clean(text.split(/\r?\n/));
  const note = text.search(/\s—\s/);
  if (note === -1) return clean(text.split(";"));
  const items = text.slice(0, note).split(";");
  items[items.length - 1] += text.slice(note);
  return clean(items);
}

/** Lines only: purposes and free texts may contain semicolons. */
export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((item) => item.replace(/^[-•*]\s+/, "").trim())
    .filter(Boolean);
}

export const nameKey = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase();

export type BasisRef = { article: LegalBasisArticle; letter: string };

/**
 * "Art. 6(1)(a)", "6(1)(a)", "Article 6(1)(a) consent", "Art 6 1 a" → Art. 6(1)(a);
 * "Art. 9(2)(h)" → Art. 9(2)(h); "Art. 10" → Art. 10. null when the text cites no article.
 */
export function parseCitation(text: string): BasisRef | null {
  const normal = text.toLowerCase().replace(/\s+/g, " ");
  const match = normal.match(/(?:^|[^0-9])(6|9)\s*\(?\s*([12])\s*\)?\s*\(?\s*([a-j])\s*\)?(?![a-z])/);
  if (match) {
    if (match[1] === "6" && match[2] === "1" && match[3] <= "f") return { article: "ART6", letter: match[3] };
    if (match[1] === "9" && match[2] === "2") return { article: "ART9", letter: match[3] };
  }
  if (/\b(art\.?|article)\s*10\b/.test(normal)) return { article: "ART10", letter: "" };
  return null;
}

export type BasisOption = { id: string; article: LegalBasisArticle; letter: string; name: string; citation: string };

/** The organisation's legal basis a text names: by citation first, else by its name or exact citation. */
export function matchLegalBasis(text: string, bases: BasisOption[]): BasisOption | null {
  const key = nameKey(text);
  const exact = bases.find((basis) => nameKey(basis.citation) === key || nameKey(basis.name) === key);
  if (exact) return exact;
  // "§ 26 BDSG – Employment relationship", as our export writes a basis: citation – name.
  const labelled = bases.find((basis) => nameKey(`${basis.citation} – ${basis.name}`) === key);
  if (labelled) return labelled;
  const cited = parseCitation(text);
  if (cited) return bases.find((basis) => basis.article === cited.article && basis.letter === cited.letter) ?? null;
  // "Consent" alone, or "Legitimate interests: fraud prevention".
  return bases.find((basis) => basis.article !== "NATIONAL" && key.startsWith(nameKey(basis.name))) ?? null;
}

/** YYYY-MM-DD from "2026-03-01", "01/03/2026" or "01.03.2026" (day first, as in Europe); "" for blank; null when invalid. */
export function parseDate(text: string): string | null {
  const value = text.trim();
  if (!value) return "";
  const isoMatch = value.match(/^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/);
  const dayFirst = value.match(/^(\d{1,2})[./](\d{1,2})[./](\d{4})$/);
  if (!isoMatch && !dayFirst) return null;
  const [year, month, day] = isoMatch ? [isoMatch[1], isoMatch[2], isoMatch[3]] : [dayFirst![3], dayFirst![2], dayFirst![1]];
  const iso = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

/** true / false / null (blank or "not decided"); undefined when the text is not a yes or a no. */
export function parseYesNo(text: string): boolean | null | undefined {
  const key = nameKey(text);
  if (!key || key === "not decided" || key === "not recorded" || key === "unknown" || key === "tbc") return null;
  if (["yes", "y", "true", "1", "ja", "required"].includes(key)) return true;
  if (["no", "n", "false", "0", "nein", "not required"].includes(key)) return false;
  return undefined;
}

export function parseDpiaStatus(text: string): DpiaStatus | null | undefined {
  const key = nameKey(text).replace(/_/g, " ");
  if (!key) return null;
  const entry = Object.entries(dpiaStatusLabels).find(([value, label]) => nameKey(label) === key || value.toLowerCase().replace(/_/g, " ") === key);
  if (entry) return entry[0] as DpiaStatus;
  if (key === "done" || key === "complete") return "COMPLETED";
  return undefined;
}

/** The safeguard a text names (Art. 45-49), or OTHER with the text as details. */
export function parseSafeguard(text: string): { safeguard: TransferSafeguard; details: string } | null {
  const value = text.trim();
  if (!value || /^no safeguard recorded$/i.test(value)) return null;
  // "Standard contractual clauses (Art. 46(2)(c)) — details", as our export writes it.
  const labelled = Object.entries(safeguardLabels).find(([, label]) => value === label || value.startsWith(`${label} — `));
  if (labelled) return { safeguard: labelled[0] as TransferSafeguard, details: value.slice(labelled[1].length).replace(/^ — /, "") };
  const key = value.toLowerCase();
  const is = (pattern: RegExp) => pattern.test(key);
  const keywordOnly = (pattern: RegExp) => key.replace(pattern, "").replace(/[^a-z0-9]+/g, "") === "";
  const pick = (safeguard: TransferSafeguard, pattern: RegExp) => ({ safeguard, details: keywordOnly(pattern) ? "" : value });
  if (is(/adequa|art(icle|\.)?\s*45\b/)) return pick("ADEQUACY", /adequacy( decision)?|\(?art(icle|\.)?\s*45\)?/g);
  if (is(/\bsccs?\b|standard contractual|46\s*\(2\)\s*\(c\)/)) return pick("SCC", /\bsccs?\b|standard contractual clauses|\(?art(icle|\.)?\s*46\s*\(2\)\s*\(c\)\)?/g);
  if (is(/\bbcrs?\b|binding corporate|art(icle|\.)?\s*47\b/)) return pick("BCR", /\bbcrs?\b|binding corporate rules|\(?art(icle|\.)?\s*47\)?/g);
  if (is(/derogation|art(icle|\.)?\s*49\b/)) return { safeguard: "DEROGATION", details: value };
  return { safeguard: "OTHER", details: value };
}

const countryAliases: Record<string, string> = {
  usa: "US",
  "united states of america": "US",
  uk: "GB",
  "great britain": "GB",
  england: "GB",
  "south korea": "KR",
  "republic of korea": "KR",
  russia: "RU",
};

export function matchCountry<C extends { code: string; name: string }>(text: string, countries: C[]): C | null {
  const key = nameKey(text);
  const code = key.length === 2 ? key.toUpperCase() : countryAliases[key];
  return countries.find((country) => country.code === code || nameKey(country.name) === key) ?? null;
}

const securityGroupNames = new Set(Object.values(securityGroupLabels).map(nameKey));
/** "Access control", as our export heads a group of security measures. */
export const isSecurityGroupName = (text: string) => securityGroupNames.has(nameKey(text));

const recipientKindNames = new Set(Object.values(recipientKindLabels).map(nameKey));

/**
 * What our own export adds to a name: "Name (Processor, United States) — note"
 * and "Name [special category, Art. 9]" → "Name". A parenthesis is dropped
 * only when it starts with a recipient kind, so "Cocos (Keeling) Islands" stays.
 */
export function stripDecorations(text: string): string {
  return text
    .replace(/\s+—\s+.*$/s, "")
    .replace(/\s*\[[^\]]*\]/g, "")
    .replace(/\s*\(([^()]*)\)\s*$/, (match, inner: string) => (recipientKindNames.has(nameKey(inner.split(",")[0])) ? "" : match))
    .trim();
}

/**
 * "Name (Processor, United States) — note", as our export writes a recipient:
 * its kind, its country outside the EU/EEA and the activity's note, so that a
 * recipient the import creates gets its kind and country back.
 */
export function parseRecipient(text: string): { name: string; kind?: RecipientKind; country?: string; note: string } {
  const noteAt = text.search(/\s—\s/);
  const note = noteAt === -1 ? "" : text.slice(noteAt).replace(/^\s—\s/, "").trim();
  const head = (noteAt === -1 ? text : text.slice(0, noteAt)).trim();
  const qualified = head.match(/^(.+?)\s*\(([^()]*)\)$/);
  const [kindText, ...country] = qualified ? qualified[2].split(",").map((part) => part.trim()) : [];
  const kind = Object.entries(recipientKindLabels).find(([, label]) => nameKey(label) === nameKey(kindText ?? ""))?.[0] as RecipientKind | undefined;
  if (!qualified || !kind) return { name: head, note };
  return { name: qualified[1].trim(), kind, country: country.join(", ") || undefined, note };
}

/** "Health data — sick notes" → the category's name and the activity's details about it. */
export function parseDataCategory(text: string): { name: string; details: string } {
  const at = text.search(/\s—\s/);
  return at === -1 ? { name: stripDecorations(text), details: "" } : { name: stripDecorations(text.slice(0, at)), details: text.slice(at).replace(/^\s—\s/, "").trim() };
}

const PUBLIC_SOURCES = "Includes publicly accessible sources.";

/** Art. 13 / 14: our export's "Collected from the data subject (Art. 13). Details. Includes publicly accessible sources." read back. */
export function parseDataSource(text: string): { dataSource: DataSource; description: string; publicSources: boolean } {
  let rest = text.trim();
  const publicSources = rest.endsWith(PUBLIC_SOURCES);
  // The export joins the parts with ". " and folds a doubled full stop into one, so the description
  // before this sentence comes back without its last full stop (it reads the same when exported again).
  if (publicSources) rest = rest.slice(0, -PUBLIC_SOURCES.length).trim().replace(/\.$/, "");
  const labelled = Object.entries(dataSourceLabels).find(([, label]) => rest.startsWith(label));
  if (labelled) return { dataSource: labelled[0] as DataSource, description: rest.slice(labelled[1].length).replace(/^\.\s*/, "").trim(), publicSources };
  // Anyone else's wording: a guess at the source, with the text kept as its description.
  return { dataSource: !rest || /individual|data subject|directly|themselves/i.test(rest) ? "DATA_SUBJECT" : "OTHER", description: text.trim(), publicSources: false };
}

/** Art. 22: "No", "Yes", or our export's "Yes: logic Consequences: consequences"; null when not recorded. */
export function parseAutomatedDecision(text: string): { decided: boolean | null; logic: string; consequences: string } {
  const yesNo = parseYesNo(text);
  if (yesNo !== undefined) return { decided: yesNo, logic: "", consequences: "" };
  const ours = text.trim().match(/^Yes:\s*([\s\S]*?)(?:\s*Consequences:\s*([\s\S]*))?$/);
  if (ours) return { decided: true, logic: ours[1].trim(), consequences: (ours[2] ?? "").trim() };
  return { decided: true, logic: text.trim(), consequences: "" };
}
