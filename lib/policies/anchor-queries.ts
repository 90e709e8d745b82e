// No "server-only" marker: the seed composes the demo policies through this module.
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { sectionAnchorsFrom, type PublishedSectionAnchor, type SectionAnchors } from "./anchors";

type Client = Prisma.TransactionClient | typeof db;

/**
 * The anchors of the activity sections of every published version of a
 * policy of this organisation (of one language's versions when `language` is
 * given: each language's headings make its own anchors). Only the anchors are read (in SQL), not the
 * documents, which can be large.
 */
export async function loadSectionAnchors(orgId: string, policyId: string, client: Client = db, language?: string): Promise<SectionAnchors> {
  const rows = await client.$queryRaw<{ number: number; position: bigint; activityId: string; anchor: string; aliases: unknown }[]>`
    SELECT v."number", s.position, s.value->>'activityId' AS "activityId", s.value->>'anchor' AS "anchor",
           COALESCE(s.value->'anchorAliases', '[]'::jsonb) AS "aliases"
    FROM "PolicyVersion" v
    JOIN "Policy" p ON p."id" = v."policyId"
    CROSS JOIN LATERAL jsonb_array_elements(
      CASE WHEN jsonb_typeof(v."content"->'sections') = 'array' THEN v."content"->'sections' ELSE '[]'::jsonb END
    ) WITH ORDINALITY AS s(value, position)
    WHERE v."policyId" = ${policyId} AND p."organisationId" = ${orgId}
      AND (${language ?? null}::text IS NULL OR v."language" = ${language ?? null})
      AND jsonb_typeof(s.value->'activityId') = 'string' AND jsonb_typeof(s.value->'anchor') = 'string'`;
  const published: PublishedSectionAnchor[] = rows.map((row) => ({
    number: row.number,
    position: Number(row.position),
    activityId: row.activityId,
    anchor: row.anchor,
    aliases: Array.isArray(row.aliases) ? row.aliases.filter((alias): alias is string => typeof alias === "string") : [],
  }));
  return sectionAnchorsFrom(published);
}
