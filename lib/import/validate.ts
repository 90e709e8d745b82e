/**
 * The preview of a spreadsheet import: every data row read into the input of
 * a processing activity, checked with the same schema the activity form uses
 * (lib/activities/schema.ts), plus what only an import can get wrong (an
 * unknown legal basis or country, a missing purpose, a bad date, a reference
 * that exists already). Catalogue entries are matched by name, ignoring case;
 * the ones missing are listed and stand in as placeholders until the user
 * confirms that they may be created. Pure: the caller loads the catalogue.
 */
import type { RecipientKind } from "@prisma/client";
import { inEnglish } from "@/lib/i18n/english";
import { activitySchema, REFERENCE_MAX, NAME_MAX, type ActivityCatalogue, type ActivityInput } from "@/lib/activities/schema";
import { activityStatusLabels } from "@/lib/labels";
import { groupConflicts, groupRows } from "./groups";
import { fieldLabel, NOT_IMPORTED, type ColumnMapping, type ImportField } from "./map";
import { message } from "@/lib/i18n/message";
import {
  emptyAnswerOf,
  isSecurityGroupName,
  matchCountry,
  matchLegalBasis,
  nameKey,
  parseAutomatedDecision,
  parseDataCategory,
  parseDataSource,
  parseDate,
  parseDpiaStatus,
  parseRecipient,
  parseSafeguard,
  parseYesNo,
  splitLines,
  splitList,
  stripDecorations,
  type BasisOption,
} from "./values";

type CatalogueType = "dataCategory" | "dataSubjectCategory" | "recipient" | "securityMeasure";

export type ImportCatalogue = {
  legalBases: BasisOption[];
  dataCategories: { id: string; name: string; special: boolean; criminal: boolean }[];
  dataSubjectCategories: { id: string; name: string }[];
  recipients: { id: string; name: string; kind: RecipientKind }[];
  securityMeasures: { id: string; name: string }[];
  countries: { code: string; name: string; eea: boolean; adequacy: boolean }[];
  existingReferences: string[];
};

export type MissingEntry = { type: CatalogueType; name: string; placeholderId: string; kind?: RecipientKind; countryCode?: string; lines: number[] };
type RowError = { field: ImportField | null; message: string };
/** One activity of the file: `line` to `lastLine` are its rows (one per purpose in our own export). */
type PreviewRow = { line: number; lastLine: number; reference: string; name: string; errors: RowError[]; input: ActivityInput | null };
export type ImportPreview = { rows: PreviewRow[]; missing: MissingEntry[]; mappingErrors: string[]; errorRows: number };

const PLACEHOLDER = "new:";
export const isPlaceholder = (id: string) => id.startsWith(PLACEHOLDER);

// Which column a schema message belongs to, by the first segment(s) of its path.
function fieldOfPath(path: string, hasName: boolean): ImportField | null {
  if (/^purposes\.\d+\.legalBasisIds/.test(path)) return "art6Bases";
  if (/^purposes\.\d+\.legitimateInterests/.test(path)) return "legitimateInterests";
  if (/^dataCategories\.\d+\.art9ConditionId/.test(path)) return "art9Conditions";
  if (/^transfers\.\d+\.(safeguard|safeguardDetails)/.test(path)) return "safeguards";
  const head = path.split(".")[0];
  const map: Record<string, ImportField> = {
    reference: "reference",
    name: hasName ? "name" : "purposes",
    purposes: "purposes",
    dataCategories: "dataCategories",
    dataSubjectCategoryIds: "dataSubjects",
    recipients: "recipients",
    jointControllers: "jointControllers",
    transfers: "thirdCountries",
    securityMeasureIds: "securityMeasures",
    securityDescription: "securityMeasures",
    securityMeasuresNone: "securityMeasures",
    recipientsNone: "recipients",
    transfersNone: "thirdCountries",
    specialCategoriesNone: "art9Conditions",
    automatedDecisionLogic: "automatedDecisionMaking",
    automatedDecisionConsequences: "automatedDecisionMaking",
    lastReviewedOn: "lastReviewedOn",
    nextReviewOn: "nextReviewOn",
    department: "businessFunction",
    dataSourceDescription: "source",
    storageLocation: "location",
    dpiaReference: "dpiaLink",
  };
  return map[head] ?? null;
}

export function buildPreview(table: string[][], headerRow: number, mapping: ColumnMapping, catalogue: ImportCatalogue): ImportPreview {
  const column = new Map<ImportField, number>();
  mapping.forEach((field, index) => field && !NOT_IMPORTED.has(field) && column.set(field, index));
  const mappingErrors: string[] = [];
  if (!column.has("purposes")) mappingErrors.push(message("registerImport.errors.purposesColumn", { column: fieldLabel("purposes") }));

  const missing = new Map<string, MissingEntry>();
  const placeholder = (type: CatalogueType, name: string, line: number, kind?: RecipientKind, countryCode?: string) => {
    const key = `${type}|${nameKey(name)}`;
    let entry = missing.get(key);
    if (!entry) {
      entry = { type, name: name.trim().replace(/\s+/g, " "), placeholderId: `${PLACEHOLDER}${missing.size}`, kind, countryCode, lines: [] };
      missing.set(key, entry);
    }
    if (!entry.lines.includes(line)) entry.lines.push(line);
    return entry.placeholderId;
  };
  const byName = <T extends { name: string }>(rows: T[]) => new Map(rows.map((row) => [nameKey(row.name), row]));
  const categories = byName(catalogue.dataCategories);
  const subjects = byName(catalogue.dataSubjectCategories);
  const recipients = byName(catalogue.recipients);
  const measures = byName(catalogue.securityMeasures);
  const taken = new Set(catalogue.existingReferences.map(nameKey));
  const seen = new Map<string, number>();
  let generated = 0;
  const nextReference = () => {
    let candidate: string;
    do candidate = `IMP-${String(++generated).padStart(3, "0")}`;
    while (taken.has(nameKey(candidate)) || seen.has(nameKey(candidate)));
    return candidate;
  };

  const drafts: { line: number; lastLine: number; raw: Record<string, unknown>; errors: RowError[]; reference: string; name: string }[] = [];
  if (mappingErrors.length === 0) {
    for (const group of groupRows(table, headerRow, column.get("reference"))) {
      const index = group[0];
      const line = index + 1;
      const cellOf = (row: number, field: ImportField) => {
        const at = column.get(field);
        return at === undefined ? "" : (table[row][at] ?? "").trim();
      };
      // The activity's columns come from its first row (see ./groups.ts).
      const cell = (field: ImportField) => cellOf(index, field);
      // "None" and "Not recorded", as our export writes an empty answer, are no entries;
      // "None" is kept as the answer where the record has one (`none`).
      const get = (field: ImportField) => (emptyAnswerOf(cell(field)) ? "" : cell(field));
      const none = (field: ImportField) => emptyAnswerOf(cell(field)) === "none";
      const errors: RowError[] = groupConflicts(table, group, column);
      const error = (field: ImportField | null, message: string) => errors.push({ field, message });
      // An item that is not in the catalogue; a comma-separated cell is tried item by item.
      const items = (text: string, known: Map<string, unknown>) =>
        splitList(text).flatMap((item) => {
          if (known.has(nameKey(item))) return [item];
          // Our own export decorates names ("Name (Processor, US) — note", "Health data [special category]").
          const bare = stripDecorations(item);
          if (known.has(nameKey(bare))) return [bare];
          const parts = item.split(",").map((part) => part.trim()).filter(Boolean);
          return parts.length > 1 && parts.every((part) => known.has(nameKey(part))) ? parts : [bare];
        });
      const known = (names: Map<string, unknown>, text: string) => names.has(nameKey(text));
      const resolveItem = <T extends { id: string; name: string }>(field: ImportField, type: CatalogueType, names: Map<string, T>, text: string, kind?: RecipientKind) =>
        items(text, names).flatMap((item) => {
          if (item.length > NAME_MAX) {
            error(field, message("registerImport.errors.nameTooLong", { start: item.slice(0, 40), max: NAME_MAX }));
            return [];
          }
          const found = names.get(nameKey(item));
          if (found && kind && "kind" in found && found.kind !== kind) {
            error(field, message("registerImport.errors.otherRole", { name: found.name }));
            return [];
          }
          return [found ? found.id : placeholder(type, item, line, kind)];
        });
      const resolve = <T extends { id: string; name: string }>(field: ImportField, type: CatalogueType, names: Map<string, T>, kind?: RecipientKind) =>
        resolveItem(field, type, names, get(field), kind);

      // Each row's purposes with the bases and interests of that row (Art. 6(1), 13(1)(d)).
      // A line's own cells: our export writes "Not recorded" where a purpose has no basis or interests.
      const answerOf = (row: number, field: ImportField) => (emptyAnswerOf(cellOf(row, field)) ? "" : cellOf(row, field));
      const purposeRows = group.flatMap((row) => {
        const purposes = splitLines(answerOf(row, "purposes"));
        const bases = splitList(answerOf(row, "art6Bases")).flatMap((text) => {
          const basis = matchLegalBasis(text, catalogue.legalBases);
          if (!basis) error("art6Bases", message("registerImport.errors.unknownLegalBasis", { text }));
          else if (basis.article !== "ART6" && basis.article !== "NATIONAL") error("art6Bases", message("registerImport.errors.notArt6", { citation: basis.citation }));
          else return [basis];
          return [];
        });
        const interests = answerOf(row, "legitimateInterests");
        const assessment = answerOf(row, "legitimateInterestsAssessment").slice(0, NAME_MAX);
        const pairBases = purposes.length > 1 && bases.length === purposes.length;
        return purposes.map((description, i) => {
          const own = pairBases ? [bases[i]] : bases;
          // A row of one purpose (our export's layout) keeps its interests as they are; in a row
          // of several, the row's interests belong to the purposes based on 6(1)(f) only.
          const keep = purposes.length === 1 || own.some((basis) => basis.article === "ART6" && basis.letter === "f");
          return { description, legalBasisIds: own.map((basis) => basis.id), legitimateInterests: keep ? interests : "", balancingTestReference: keep ? assessment : "" };
        });
      });
      if (purposeRows.length === 0) error("purposes", message("registerImport.errors.purposeRequired"));

      // "Health data — sick notes": the category, and what the activity records of it.
      const detailsOf = new Map<string, string>();
      const categoryIds = splitList(get("dataCategories")).flatMap((item) => {
        const { name, details } = parseDataCategory(item);
        if (!known(categories, item) && name.length <= NAME_MAX && (known(categories, name) || !item.includes(","))) {
          const id = categories.get(nameKey(name))?.id ?? placeholder("dataCategory", name, line);
          if (!detailsOf.has(id)) detailsOf.set(id, details);
          return [id];
        }
        return resolveItem("dataCategories", "dataCategory", categories, item);
      });
      const retentionLines = splitLines(get("retention"));
      const retentionFor = (categoryId: string) => {
        const name = catalogue.dataCategories.find((c) => c.id === categoryId)?.name ?? [...missing.values()].find((m) => m.placeholderId === categoryId)?.name ?? "";
        const own = retentionLines.find((text) => nameKey(text).startsWith(`${nameKey(name)}:`));
        // The register's wording for a category without any time limit.
        if (own) return own.slice(own.indexOf(":") + 1).trim().replace(/^not recorded$/i, "");
        return retentionLines.some((text) => text.includes(":") && categoryIds.length > 1) ? "" : get("retention");
      };
      const conditionTexts = splitList(get("art9Conditions"));
      const conditions = conditionTexts.flatMap((text) => {
        const basis = matchLegalBasis(text, catalogue.legalBases);
        if (!basis) error("art9Conditions", message("registerImport.errors.unknownArt9", { text }));
        return basis ? [{ text, basis }] : [];
      });
      const categoryName = (id: string) => catalogue.dataCategories.find((c) => c.id === id)?.name ?? "";
      const dataCategories = [...new Set(categoryIds)].map((dataCategoryId) => {
        const category = catalogue.dataCategories.find((c) => c.id === dataCategoryId);
        const fits = (articles: string[]) => conditions.filter(({ basis }) => articles.includes(basis.article));
        const candidates = category?.special ? fits(["ART9", "NATIONAL"]) : category?.criminal ? fits(["ART10", "NATIONAL"]) : [];
        // "Health data: Art. 9(2)(h) …", as our export names each category's condition; else the first that fits.
        const own = candidates.find(({ text }) => nameKey(text).startsWith(`${nameKey(categoryName(dataCategoryId))}:`));
        const named = (text: string) => categoryIds.some((id) => categoryName(id) !== "" && nameKey(text).startsWith(`${nameKey(categoryName(id))}:`));
        const condition = own ?? candidates.find(({ text }) => !named(text));
        return { dataCategoryId, details: detailsOf.get(dataCategoryId) ?? "", retention: retentionFor(dataCategoryId), art9ConditionId: condition?.basis.id ?? null };
      });

      // Before the transfers, which name recipients too: a recipient created here gets the kind and country the list gives it.
      const recipientRows = splitList(get("recipients")).flatMap((item) => {
        const parsed = parseRecipient(item);
        if (known(recipients, item) || !parsed.kind) return resolveItem("recipients", "recipient", recipients, item).map((recipientId) => ({ recipientId, note: "" }));
        if (parsed.name.length > NAME_MAX) return resolveItem("recipients", "recipient", recipients, parsed.name).map((recipientId) => ({ recipientId, note: "" }));
        const country = parsed.country ? matchCountry(parsed.country, catalogue.countries)?.code : undefined;
        const recipientId = recipients.get(nameKey(parsed.name))?.id ?? placeholder("recipient", parsed.name, line, parsed.kind, country);
        return [{ recipientId, note: parsed.note }];
      });

      const safeguardLines = splitLines(get("safeguards"));
      const destinations = splitList(get("thirdCountries"));
      type TransferRow = ActivityInput["transfers"][number];
      const transfers = destinations.flatMap((text, i): TransferRow[] => {
        const paired = safeguardLines.length === destinations.length ? safeguardLines[i] : get("safeguards");
        // Our own export starts each safeguard line with its destination ("United States: …").
        const guard = parseSafeguard(paired.replace(/^[^:\n]{1,80}:\s*(?=\S)/, (prefix) => (/adequa|scc|bcr|art/i.test(prefix) ? prefix : "")));
        const base = { recipientId: null, safeguard: guard?.safeguard ?? null, safeguardDetails: guard?.details ?? "", safeguardReference: "" };
        const organisation = text.match(/^international organi[sz]ation\s*:\s*(.+)$/i);
        if (organisation) return [{ ...base, countryCode: null, internationalOrganisation: organisation[1].trim().slice(0, NAME_MAX) }];
        // "United States (Google LLC)", as our export writes a transfer with its recipient.
        const withRecipient = text.match(/^(.+?)\s*\(([^()]+)\)\s*$/);
        const country = matchCountry(text, catalogue.countries) ?? (withRecipient ? matchCountry(withRecipient[1], catalogue.countries) : null);
        if (country && withRecipient && !matchCountry(text, catalogue.countries)) {
          const name = withRecipient[2].trim();
          const recipientId = recipients.get(nameKey(name))?.id ?? placeholder("recipient", name, line);
          return [{ ...base, recipientId, countryCode: country.code, internationalOrganisation: "" }];
        }
        if (!country) {
          error("thirdCountries", message("registerImport.errors.unknownCountry", { text }));
          return [];
        }
        return [{ ...base, countryCode: country.code, internationalOrganisation: "" }];
      });

      // "Access control: Multi-factor authentication, Role-based access control" as our export groups them.
      const measureLines = splitList(get("securityMeasures")).map((text) => {
        const grouped = text.match(/^([^:]{1,60}):\s*(.+)$/);
        return grouped && isSecurityGroupName(grouped[1]) ? { text, names: splitList(grouped[2].replace(/,\s*/g, ";")) } : { text, names: null };
      });
      // In our export's layout (catalogue measures in lines by group) a line without a group is the
      // activity's own description; elsewhere a short line names a measure, a long one describes.
      const grouped = measureLines.some((entry) => entry.names !== null);
      const measureTexts = measureLines.flatMap((entry) => entry.names ?? (grouped || entry.text.length > NAME_MAX ? [] : [entry.text]));
      const securityDescription = measureLines
        .filter((entry) => entry.names === null && (grouped || entry.text.length > NAME_MAX))
        .map((entry) => entry.text)
        .join("\n");
      const securityMeasureIds = measureTexts
        .flatMap((text) => {
          const found = measures.get(nameKey(text));
          return [found ? found.id : placeholder("securityMeasure", text, line)];
        });
      const jointControllers = resolve("jointControllers", "recipient", recipients, "JOINT_CONTROLLER").map((recipientId) => ({ recipientId, note: "" }));

      const date = (field: "lastReviewedOn" | "nextReviewOn") => {
        const value = parseDate(get(field));
        if (value === null) error(field, message("registerImport.errors.notADate", { text: get(field) }));
        return value ?? "";
      };
      const statusText = get("status");
      const status = statusText
        ? (Object.entries(activityStatusLabels).find(([value, label]) => nameKey(label) === nameKey(statusText) || value === statusText.toUpperCase())?.[0] ?? null)
        : "ACTIVE";
      if (!status) error("status", message("registerImport.errors.notAStatus", { text: statusText }));
      const dpiaRequired = parseYesNo(get("dpiaRequired"));
      if (dpiaRequired === undefined) error("dpiaRequired", message("registerImport.errors.notYesNo", { text: get("dpiaRequired") }));
      const dpiaStatus = parseDpiaStatus(get("dpiaProgress"));
      if (dpiaStatus === undefined) error("dpiaProgress", message("registerImport.errors.notADpiaProgress", { text: get("dpiaProgress") }));
      // Art. 22: blank or "Not recorded" stays not recorded; "None" or a "no" is the answer no.
      const adm = none("automatedDecisionMaking") ? { decided: false, logic: "", consequences: "" } : parseAutomatedDecision(get("automatedDecisionMaking"));
      const source = parseDataSource(get("source"));

      let reference = get("reference");
      if (!reference) reference = nextReference();
      const key = nameKey(reference);
      if (taken.has(key)) error("reference", message("registerImport.errors.referenceTaken", { reference }));
      else if (seen.has(key)) error("reference", message("registerImport.errors.referenceTwice", { reference, row: seen.get(key) ?? 0 }));
      if (!seen.has(key)) seen.set(key, line);
      const name = get("name") || (purposeRows[0]?.description ?? "").slice(0, NAME_MAX);

      const raw = {
        reference: reference.slice(0, REFERENCE_MAX + 1),
        name,
        description: get("description"),
        department: get("businessFunction"),
        status: status ?? "DRAFT",
        role: jointControllers.length ? "JOINT_CONTROLLER" : "CONTROLLER",
        jointControllers,
        purposes: purposeRows,
        dataSubjectCategoryIds: resolve("dataSubjects", "dataSubjectCategory", subjects),
        dataCategories,
        recipients: recipientRows,
        recipientsNone: none("recipients"),
        hasTransfers: transfers.length > 0,
        transfersNone: none("thirdCountries"),
        transfers,
        securityMeasureIds: [...new Set(securityMeasureIds)],
        securityDescription,
        securityMeasuresNone: none("securityMeasures"),
        specialCategoriesNone: none("art9Conditions"),
        dataSource: source.dataSource,
        dataSourceDescription: source.description,
        publicSources: source.publicSources,
        dpiaRequired: dpiaRequired ?? null,
        dpiaStatus: dpiaStatus ?? "NOT_ASSESSED",
        dpiaReference: get("dpiaLink"),
        automatedDecisionMaking: adm.decided,
        automatedDecisionLogic: adm.logic,
        automatedDecisionConsequences: adm.consequences,
        storageLocation: get("location"),
        lastReviewedOn: date("lastReviewedOn"),
        nextReviewOn: date("nextReviewOn"),
      };
      drafts.push({ line, lastLine: group[group.length - 1] + 1, raw, errors, reference, name });
    }
  }

  // The schema sees the missing entries as if they existed already (ordinary, not special, categories).
  const missingList = [...missing.values()];
  const ofType = (type: CatalogueType) => missingList.filter((entry) => entry.type === type);
  const schemaCatalogue: ActivityCatalogue = {
    legalBases: catalogue.legalBases,
    dataCategories: [...catalogue.dataCategories, ...ofType("dataCategory").map((e) => ({ id: e.placeholderId, name: e.name, special: false, criminal: false }))],
    dataSubjectCategories: [...catalogue.dataSubjectCategories, ...ofType("dataSubjectCategory").map((e) => ({ id: e.placeholderId }))],
    recipients: [...catalogue.recipients, ...ofType("recipient").map((e) => ({ id: e.placeholderId, name: e.name, kind: e.kind ?? "CONTROLLER" }))],
    securityMeasures: [...catalogue.securityMeasures, ...ofType("securityMeasure").map((e) => ({ id: e.placeholderId }))],
    countries: catalogue.countries,
  };
  const schema = activitySchema(schemaCatalogue);
  const hasName = column.has("name");
  const rows: PreviewRow[] = drafts.map(({ line, lastLine, raw, errors, reference, name }) => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const known = new Set(errors.map((e) => e.field));
      for (const issue of parsed.error.issues) {
        const field = fieldOfPath(issue.path.map(String).join("."), hasName);
        // One message per column: the import's own message is the more precise one.
        // The schema's messages are catalogue references; the import's own are English text, so is this for now.
        if (!known.has(field)) errors.push({ field, message: inEnglish(issue.message) });
        known.add(field);
      }
    }
    return { line, lastLine, reference, name, errors, input: errors.length === 0 && parsed.success ? parsed.data : null };
  });
  if (mappingErrors.length === 0 && rows.length === 0) mappingErrors.push(message("registerImport.errors.noActivities"));
  return { rows, missing: missingList, mappingErrors, errorRows: rows.filter((row) => row.errors.length > 0).length };
}
