import "server-only";
import { db } from "@/lib/db";
import type { CatalogueType } from "./schema";
import { findUses, type Uses } from "./usage";

export type CatalogueEntry = {
  id: string;
  name: string;
  version: number;
  updatedAt: Date;
  builtIn: boolean;
  /** The values the form starts from. */
  values: Record<string, string | boolean>;
  /** Legal bases only. */
  article?: string;
  citation?: string;
};

/** One entry of a catalogue, or null when it is not this organisation's. */
export async function getCatalogueEntry(orgId: string, type: CatalogueType, id: string): Promise<CatalogueEntry | null> {
  const where = { id, organisationId: orgId };
  const common = { id: true, name: true, description: true, version: true, updatedAt: true } as const;
  switch (type) {
    case "legal-bases": {
      const row = await db.legalBasis.findFirst({ where, select: { ...common, citation: true, article: true, builtIn: true } });
      return row && { ...row, values: { name: row.name, citation: row.citation, description: row.description } };
    }
    case "data-categories": {
      const row = await db.dataCategory.findFirst({ where, select: { ...common, special: true, criminal: true, defaultRetention: true } });
      return (
        row && {
          ...row,
          builtIn: false,
          values: { name: row.name, description: row.description, special: row.special, criminal: row.criminal, defaultRetention: row.defaultRetention },
        }
      );
    }
    case "data-subjects": {
      const row = await db.dataSubjectCategory.findFirst({ where, select: common });
      return row && { ...row, builtIn: false, values: { name: row.name, description: row.description } };
    }
    case "security-measures": {
      const row = await db.securityMeasure.findFirst({ where, select: { ...common, group: true } });
      return row && { ...row, builtIn: false, values: { group: row.group, name: row.name, description: row.description } };
    }
  }
}

/** The other entries of the catalogue, for "replace it everywhere with …". */
export async function listReplacementOptions(orgId: string, type: CatalogueType, exceptId: string): Promise<{ id: string; label: string }[]> {
  const where = { organisationId: orgId, id: { not: exceptId } };
  switch (type) {
    case "legal-bases":
      return (await db.legalBasis.findMany({ where, select: { id: true, name: true, citation: true }, orderBy: [{ article: "asc" }, { citation: "asc" }] })).map(
        (row) => ({ id: row.id, label: `${row.citation} – ${row.name}` }),
      );
    case "data-categories":
      return db.dataCategory.findMany({ where, select: { id: true, name: true }, orderBy: { name: "asc" } }).then((rows) => rows.map((row) => ({ id: row.id, label: row.name })));
    case "data-subjects":
      return db.dataSubjectCategory.findMany({ where, select: { id: true, name: true }, orderBy: { name: "asc" } }).then((rows) => rows.map((row) => ({ id: row.id, label: row.name })));
    case "security-measures":
      return db.securityMeasure.findMany({ where, select: { id: true, name: true }, orderBy: { name: "asc" } }).then((rows) => rows.map((row) => ({ id: row.id, label: row.name })));
  }
}

export function getUses(orgId: string, type: CatalogueType | "recipients", id: string): Promise<Uses> {
  return findUses(db, orgId, type, id);
}

/** The columns of an entry as the API shows it: the form's fields, the version, and for legal bases what the law fixes. */
const pageSelect = {
  "legal-bases": { id: true, name: true, citation: true, description: true, article: true, builtIn: true, version: true, updatedAt: true },
  "data-categories": { id: true, name: true, description: true, special: true, criminal: true, defaultRetention: true, version: true, updatedAt: true },
  "data-subjects": { id: true, name: true, description: true, version: true, updatedAt: true },
  "security-measures": { id: true, group: true, name: true, description: true, version: true, updatedAt: true },
} as const;

// Legal bases are known by their citation (unique per organisation); the others by their name.
export const catalogueSortField: Record<CatalogueType, "citation" | "name"> = {
  "legal-bases": "citation",
  "data-categories": "name",
  "data-subjects": "name",
  "security-measures": "name",
};

export type CatalogueEntryRow = { id: string; name: string; version: number; updatedAt: Date } & Record<string, string | boolean | number | Date>;

// The four delegates' generated types are not mutually assignable; a page needs only findMany.
type PageDelegate = { findMany(args: object): Promise<CatalogueEntryRow[]> };

/**
 * One page of a catalogue after a keyset position (sort field, id), for the
 * API's cursor paging; `q` searches the name, the description and a legal
 * basis' citation.
 */
export async function listCatalogueEntriesAfter(orgId: string, type: CatalogueType, params: { q: string; after: { key: string; id: string } | null; limit: number }) {
  const sort = catalogueSortField[type];
  const delegates = { "legal-bases": db.legalBasis, "data-categories": db.dataCategory, "data-subjects": db.dataSubjectCategory, "security-measures": db.securityMeasure };
  const contains = (field: string) => ({ [field]: { contains: params.q, mode: "insensitive" } });
  const search = params.q ? { OR: [contains("name"), contains("description"), ...(type === "legal-bases" ? [contains("citation")] : [])] } : {};
  const { after } = params;
  const rows = await (delegates[type] as unknown as PageDelegate).findMany({
    where: {
      AND: [{ organisationId: orgId }, search, after ? { OR: [{ [sort]: { gt: after.key } }, { [sort]: after.key, id: { gt: after.id } }] } : {}],
    },
    orderBy: [{ [sort]: "asc" }, { id: "asc" }],
    select: pageSelect[type],
    take: params.limit + 1,
  });
  return { rows: rows.slice(0, params.limit), hasMore: rows.length > params.limit };
}
