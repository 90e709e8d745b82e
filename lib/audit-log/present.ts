/**
 * How an audit event reads: the record's type and title, what the action
 * means, and which fields it changed. Pure, so the audit log and the History
 * tabs render the same way and it can be tested without a database.
 *
 * The words are references into the dashboard catalogue (namespace
 * `auditPresent`, the data model's enums from `labels`), not text: the
 * dashboard reads them in the reader's language, anything without a reader
 * (exports, the command line) with `inEnglish` (lib/i18n/english.ts). An
 * identifier the catalogue does not know yet is shown humanised, in English.
 */
import type { Role } from "@prisma/client";
import { roles } from "../auth/roles";
import { formatDate, formatDateTime } from "../format";
import { message, type MessageKey } from "../i18n/message";
import {
  activityStatusLabels,
  dataSourceLabels,
  dpiaStatusLabels,
  legalBasisArticleLabels,
  partyRoleLabels,
  processingRoleLabels,
  provisionRequirementLabels,
  recipientKindLabels,
  safeguardLabels,
  securityGroupLabels,
} from "../labels";
import words from "@/messages/en/auditPresent.json";
import { diffSnapshots, formatValue, type Change } from "./diff";

/** Reads a message reference of this module as text: the dashboard's translator, or `inEnglish`. */
export type Translate = (text: string) => string;

/** "BULK_UPDATE" → "Bulk update", for actions, types and fields without a message of their own. */
function humanise(identifier: string): string {
  const text = identifier
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_.]+/g, " ")
    .trim()
    .toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const known = (table: object, key: string) => Object.prototype.hasOwnProperty.call(table, key);

/** The kind of record, as a message reference ("Processing activity"). */
export function entityTypeLabel(entityType: string): string {
  return known(words.entityType, entityType) ? message(`auditPresent.entityType.${entityType as keyof typeof words.entityType}`) : humanise(entityType);
}

/** What was done, as a message reference ("Changed"). */
export function actionLabel(action: string): string {
  return known(words.action, action) ? message(`auditPresent.action.${action as keyof typeof words.action}`) : humanise(action);
}

const catalogueSections: Record<string, string> = {
  LegalBasis: "legal-bases",
  DataCategory: "data-categories",
  DataSubjectCategory: "data-subjects",
  SecurityMeasure: "security-measures",
};

/** Where the record can be looked at, for the record types that have a page. */
export function recordHref(entityType: string, entityId: string): string | null {
  if (entityType === "ProcessingActivity") return `/activities/${entityId}`;
  if (entityType === "Recipient") return `/recipients/${entityId}`;
  if (entityType in catalogueSections) return `/catalogues/${catalogueSections[entityType]}/${entityId}`;
  return null;
}

/** The record types that have a History tab. */
export function historyHref(entityType: string, entityId: string): string | null {
  if (entityType === "ProcessingActivity") return `/activities/${entityId}/history`;
  if (entityType === "Recipient") return `/recipients/${entityId}/history`;
  return null;
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** A readable name for the record, from its snapshot: "HR-1 Payroll", "ada@example.com", "Art. 6(1)(b) GDPR". */
export function recordTitle(event: { before: unknown; after: unknown }): string | null {
  const snapshot = asRecord(event.after) ?? asRecord(event.before);
  if (!snapshot) return null;
  const pick = (key: string) => (typeof snapshot[key] === "string" && snapshot[key] ? (snapshot[key] as string) : null);
  const name = pick("name") ?? pick("legalName") ?? pick("title");
  if (pick("reference") && name) return `${pick("reference")} ${name}`;
  return pick("email") ?? name ?? pick("citation") ?? pick("reference");
}

/** The version the event left the record at, for records that carry one. */
export function eventVersion(event: { before: unknown; after: unknown }): number | null {
  const version = asRecord(event.after)?.version ?? asRecord(event.before)?.version;
  return typeof version === "number" ? version : null;
}

// Identifiers and bookkeeping say nothing to a reader of created or deleted values.
const HIDDEN_FIELDS = new Set(["id", "organisationId", "version", "createdAt", "updatedAt", "createdById", "updatedById", "tokenHash", "passwordHash"]);

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
}

// The fields that name a record come first in a list of created or deleted values.
const LEADING_FIELDS = ["reference", "name", "legalName", "title", "citation", "email", "role", "status", "kind"];

function byReadingOrder([a]: [string, unknown], [b]: [string, unknown]): number {
  const rank = (key: string) => (LEADING_FIELDS.includes(key) ? LEADING_FIELDS.indexOf(key) : LEADING_FIELDS.length);
  return rank(a) - rank(b);
}

export type EventChanges = { kind: "created" | "deleted" | "changed"; changes: Change[] };

/** Field by field: a creation lists the values created, a deletion the values deleted, a change what differs. */
export function eventChanges(event: { before: unknown; after: unknown }): EventChanges {
  const before = asRecord(event.before);
  const after = asRecord(event.after);
  if (!before && after) {
    const changes = Object.entries(after)
      .filter(([key, value]) => !HIDDEN_FIELDS.has(key) && !isEmpty(value))
      .sort(byReadingOrder)
      .map(([path, value]) => ({ path, before: undefined, after: value }));
    return { kind: "created", changes };
  }
  if (before && !after) {
    const changes = Object.entries(before)
      .filter(([key, value]) => !HIDDEN_FIELDS.has(key) && !isEmpty(value))
      .sort(byReadingOrder)
      .map(([path, value]) => ({ path, before: value, after: undefined }));
    return { kind: "deleted", changes };
  }
  return { kind: "changed", changes: diffSnapshots(event.before, event.after).filter((change) => !HIDDEN_FIELDS.has(change.path)) };
}

function fieldPart(part: string, translate: Translate): string {
  if (/^\d+$/.test(part)) return String(Number(part) + 1);
  return known(words.field, part) ? translate(message(`auditPresent.field.${part as keyof typeof words.field}`)) : humanise(part);
}

/** "purposes.0.legitimateInterests" → "Purposes › 1 › Legitimate interests". */
export function fieldLabel(path: string, translate: Translate): string {
  return path
    .split(".")
    .map((part) => fieldPart(part, translate))
    .join(" › ");
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

// The enums of the data model, by the field that holds them, and their group
// in the shared `labels` namespace.
const valueLabels: Record<string, [group: string, table: Record<string, string>]> = {
  status: ["activityStatus", activityStatusLabels],
  kind: ["recipientKind", recipientKindLabels],
  dataSource: ["dataSource", dataSourceLabels],
  dpiaStatus: ["dpiaStatus", dpiaStatusLabels],
  provisionRequirement: ["provisionRequirement", provisionRequirementLabels],
  safeguard: ["safeguard", safeguardLabels],
  group: ["securityGroup", securityGroupLabels],
  article: ["legalBasisArticle", legalBasisArticleLabels],
};

// "role" is a member's role, an activity's processing role or a party's role;
// the member roles do not overlap with the others, and where a party's and a
// processing role share a value they read the same.
function roleLabel(value: string): MessageKey | null {
  if (roles.includes(value as Role)) return `common.roles.${value as Role}`;
  if (known(partyRoleLabels, value)) return `labels.partyRole.${value as keyof typeof partyRoleLabels}`;
  if (known(processingRoleLabels, value)) return `labels.processingRole.${value as keyof typeof processingRoleLabels}`;
  return null;
}

function enumLabel(field: string, value: string): MessageKey | null {
  if (field === "role") return roleLabel(value);
  const entry = valueLabels[field];
  return entry && known(entry[1], value) ? (`labels.${entry[0]}.${value}` as MessageKey) : null;
}

/** A value as the reader should see it: labels for enums, dates as dates, lists of records by name. */
export function displayValue(path: string, value: unknown, translate: Translate): string {
  const field = path.split(".").pop() ?? path;
  if (typeof value === "string") {
    const label = enumLabel(field, value);
    if (label) return translate(message(label));
    if (ISO_INSTANT.test(value)) {
      const date = new Date(value);
      return value.includes("T00:00:00.000Z") ? formatDate(date) : formatDateTime(date);
    }
  }
  if (typeof value === "boolean") return translate(message(value ? "auditPresent.value.yes" : "auditPresent.value.no"));
  if (Array.isArray(value) && value.length > 0 && value.every((item) => asRecord(item))) {
    return value.map((item) => describeObject(item as Record<string, unknown>, translate)).join("; ");
  }
  if (asRecord(value)) return describeObject(value as Record<string, unknown>, translate);
  return formatValue(value);
}

function describeObject(item: Record<string, unknown>, translate: Translate): string {
  const primaryKey = ["name", "label", "title", "description", "citation", "reference", "email"].find(
    (key) => typeof item[key] === "string" && item[key] !== "",
  );
  const rest = Object.entries(item)
    .filter(([key, value]) => key !== primaryKey && !HIDDEN_FIELDS.has(key) && !key.endsWith("Id") && !isEmpty(value))
    .map(([key, value]) =>
      translate(message("auditPresent.value.detail", { field: fieldLabel(key, translate), value: typeof value === "boolean" ? displayValue(key, value, translate) : formatValue(value) })),
    )
    .join(", ");
  if (!primaryKey) return rest;
  return rest ? `${item[primaryKey] as string} (${rest})` : (item[primaryKey] as string);
}
