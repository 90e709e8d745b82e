/**
 * How an audit event reads: the record's type and title, what the action
 * means, and which fields it changed. Pure, so the audit log and the History
 * tabs render the same way and it can be tested without a database.
 */
import type { Role } from "@prisma/client";
import { roleLabels } from "../auth/roles";
import { formatDate, formatDateTime } from "../format";
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
import { diffSnapshots, formatValue, type Change } from "./diff";

const entityTypeLabels: Record<string, string> = {
  ProcessingActivity: "Processing activity",
  Recipient: "Recipient or processor",
  LegalBasis: "Legal basis",
  DataCategory: "Data category",
  DataSubjectCategory: "Data subject category",
  SecurityMeasure: "Security measure",
  Organisation: "Organisation",
  Membership: "Member",
  Invitation: "Invitation",
  User: "User account",
  Policy: "Policy",
  PolicyVersion: "Policy version",
};

const actionLabels: Record<string, string> = {
  CREATE: "Created",
  UPDATE: "Changed",
  DELETE: "Deleted",
  REVOKE: "Withdrew",
  ACCEPT: "Accepted",
  PUBLISH: "Published",
  EXPORT: "Exported",
  IMPORT: "Imported",
  LOGIN: "Signed in",
  PASSWORD_CHANGE: "Changed password",
};

/** "BULK_UPDATE" → "Bulk update", for actions and types without a label of their own. */
function humanise(identifier: string): string {
  const words = identifier
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_.]+/g, " ")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function entityTypeLabel(entityType: string): string {
  return entityTypeLabels[entityType] ?? humanise(entityType);
}

export function actionLabel(action: string): string {
  return actionLabels[action] ?? humanise(action);
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

const fieldLabels: Record<string, string> = {
  dpoName: "DPO name",
  dpoEmail: "DPO e-mail",
  dpoOrganisation: "DPO organisation",
  dpoAddress: "DPO address",
  dpoPhone: "DPO telephone",
  dpiaRequired: "DPIA required",
  dpiaStatus: "DPIA status",
  dpiaReference: "DPIA reference",
  dpaSignedOn: "Processing agreement signed on",
  dpaReference: "Processing agreement reference",
  dpaNextReviewOn: "Processing agreement next review",
  email: "E-mail",
  countryCode: "Country",
  art9ConditionId: "Art. 9 condition",
  expiresAt: "Expires",
  revokedAt: "Withdrawn",
  acceptedAt: "Accepted",
};

/** "purposes.0.legitimateInterests" → "Purposes › 1 › Legitimate interests". */
export function fieldLabel(path: string): string {
  return path
    .split(".")
    .map((part) => (/^\d+$/.test(part) ? String(Number(part) + 1) : (fieldLabels[part] ?? humanise(part))))
    .join(" › ");
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

// "role" is a member's role or an activity's processing role; their values do not overlap.
const valueLabels: Record<string, Record<string, string>> = {
  role: { ...processingRoleLabels, ...partyRoleLabels, ...(roleLabels as Record<Role, string>) },
  status: activityStatusLabels,
  kind: recipientKindLabels,
  dataSource: dataSourceLabels,
  dpiaStatus: dpiaStatusLabels,
  provisionRequirement: provisionRequirementLabels,
  safeguard: safeguardLabels,
  group: securityGroupLabels,
  article: legalBasisArticleLabels,
};

/** A value as the reader should see it: labels for enums, dates as dates, lists of records by name. */
export function displayValue(path: string, value: unknown): string {
  const field = path.split(".").pop() ?? path;
  if (typeof value === "string") {
    const labels = valueLabels[field];
    if (labels && value in labels) return labels[value];
    if (ISO_INSTANT.test(value)) {
      const date = new Date(value);
      return value.includes("T00:00:00.000Z") ? formatDate(date) : formatDateTime(date);
    }
  }
  if (Array.isArray(value) && value.length > 0 && value.every((item) => asRecord(item))) {
    return value.map((item) => describeObject(item as Record<string, unknown>)).join("; ");
  }
  if (asRecord(value)) return describeObject(value as Record<string, unknown>);
  return formatValue(value);
}

function describeObject(item: Record<string, unknown>): string {
  const primaryKey = ["name", "label", "title", "description", "citation", "reference", "email"].find(
    (key) => typeof item[key] === "string" && item[key] !== "",
  );
  const rest = Object.entries(item)
    .filter(([key, value]) => key !== primaryKey && !HIDDEN_FIELDS.has(key) && !key.endsWith("Id") && !isEmpty(value))
    .map(([key, value]) => `${fieldLabel(key).toLowerCase()}: ${formatValue(value)}`)
    .join(", ");
  if (!primaryKey) return rest;
  return rest ? `${item[primaryKey] as string} (${rest})` : (item[primaryKey] as string);
}
