/**
 * A fingerprint of everything an organisation holds (and of one user's own
 * rows): per table, the number of rows and a checksum of their contents, read
 * in one query. Property tests take one before and after an action to prove
 * that a refusal wrote nothing and that a success wrote only what it should.
 */
import type { Db } from "../../lib/db";

const inActivities = `"activityId" IN (SELECT "id" FROM "ProcessingActivity" WHERE "organisationId" = $1)`;

// Every table that holds an organisation's data, with how its rows are found.
const ORGANISATION_TABLES: Record<string, string> = {
  Organisation: `"id" = $1`,
  Membership: `"organisationId" = $1`,
  Invitation: `"organisationId" = $1`,
  LegalBasis: `"organisationId" = $1`,
  DataCategory: `"organisationId" = $1`,
  DataSubjectCategory: `"organisationId" = $1`,
  SecurityMeasure: `"organisationId" = $1`,
  Recipient: `"organisationId" = $1`,
  ProcessingActivity: `"organisationId" = $1`,
  Purpose: inActivities,
  PurposeLegalBasis: `"purposeId" IN (SELECT "id" FROM "Purpose" WHERE ${inActivities})`,
  ActivityDataSubject: inActivities,
  ActivityDataCategory: inActivities,
  ActivityRecipient: inActivities,
  Transfer: inActivities,
  ActivitySecurityMeasure: inActivities,
  AuditEvent: `"organisationId" = $1`,
  Policy: `"organisationId" = $1`,
  PolicyVersion: `"policyId" IN (SELECT "id" FROM "Policy" WHERE "organisationId" = $1)`,
};

const USER_TABLES: Record<string, string> = {
  User: `"id" = $2`,
  UserPreference: `"userId" = $2`,
  UserMemberships: `"userId" = $2`,
};

export type Fingerprint = Record<string, { rows: number; sum: string }>;

const sql = Object.entries({ ...ORGANISATION_TABLES, ...USER_TABLES })
  .map(([name, where]) => {
    const table = name === "UserMemberships" ? "Membership" : name;
    return `(SELECT json_build_object('rows', count(*), 'sum', md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), ''))) FROM "${table}" t WHERE ${where}) AS "${name}"`;
  })
  .join(",\n");

export async function fingerprint(db: Db, organisationId: string, userId: string): Promise<Fingerprint> {
  const [row] = await db.$queryRawUnsafe<Fingerprint[]>(`SELECT ${sql}`, organisationId, userId);
  return row;
}

/** The tables whose rows changed, with the change in their number of rows. */
export function changes(before: Fingerprint, after: Fingerprint): Record<string, number> {
  const changed: Record<string, number> = {};
  for (const table of Object.keys(before)) {
    if (before[table].sum !== after[table].sum) changed[table] = after[table].rows - before[table].rows;
  }
  return changed;
}
