/**
 * /countries: the reference list of countries (ISO 3166-1 alpha-2) that
 * recipients and transfers name, with whether the GDPR applies there (EU and
 * EEA) and whether an adequacy decision covers it (Art. 45(3)). The same for
 * every organisation; a token still needs the read scope.
 */
import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import type { ApiRequest } from "../handler";
import type { ApiOperation } from "../operation";
import { pageSchema } from "../paging";
import { problemResponse } from "../problem";
import { parseQuery } from "../query";
import { jsonResponse } from "../respond";

const TAG = "Countries";

export const countrySchema = z
  .object({
    code: z.string().meta({ description: "ISO 3166-1 alpha-2." }),
    name: z.string(),
    eea: z.boolean().meta({ description: "In the EU or the EEA, where the GDPR applies: no transfer under Chapter V." }),
    adequacy: z.boolean().meta({ description: "Covered by an adequacy decision of the Commission (Art. 45(3)); the note says when only in part." }),
    adequacyNote: z.string(),
  })
  .meta({ id: "Country" });

const yesNo = z.enum(["yes", "no"]);

const listQuery = z.object({
  eea: yesNo.optional().meta({ description: "Only countries in (yes) or outside (no) the EU and the EEA." }),
  adequacy: yesNo.optional().meta({ description: "Only countries with (yes) or without (no) an adequacy decision." }),
});

const codeParam = z.object({ code: z.string().regex(/^[A-Za-z]{2}$/).meta({ description: "ISO 3166-1 alpha-2, in either case." }) });

export const countryOperations = {
  list: {
    method: "get",
    path: "/countries",
    scope: "READ",
    doc: {
      operationId: "listCountries",
      summary: "List countries",
      description: "The whole list in one page, ordered by name; `next` is always null.",
      tags: [TAG],
      requestParams: { query: listQuery },
      responses: { "200": { description: "The countries.", content: { "application/json": { schema: pageSchema(countrySchema) } } } },
    },
  },
  get: {
    method: "get",
    path: "/countries/{code}",
    scope: "READ",
    single: true,
    doc: {
      operationId: "getCountry",
      summary: "Read a country",
      tags: [TAG],
      requestParams: { path: codeParam },
      responses: { "200": { description: "The country.", headers: z.object({ ETag: z.string() }), content: { "application/json": { schema: countrySchema } } } },
    },
  },
} satisfies Record<string, ApiOperation>;

const select = { code: true, name: true, eea: true, adequacy: true, adequacyNote: true } as const;

// A country has no version: its tag is a digest of what is shown, so it changes when a flag or note does.
const etagOfContent = (body: unknown) => `"${createHash("sha256").update(JSON.stringify(body)).digest("base64url").slice(0, 27)}"`;

export async function listCountriesOperation({ url }: ApiRequest): Promise<Response> {
  const query = parseQuery(url, listQuery);
  if (!query.ok) return query.response;
  const { eea, adequacy } = query.data;
  const data = await db.country.findMany({
    where: { ...(eea && { eea: eea === "yes" }), ...(adequacy && { adequacy: adequacy === "yes" }) },
    orderBy: [{ name: "asc" }, { code: "asc" }],
    select,
  });
  return jsonResponse({ data, next: null });
}

export async function getCountryOperation({ params }: ApiRequest): Promise<Response> {
  const parsed = codeParam.safeParse(params);
  const country = parsed.success ? await db.country.findUnique({ where: { code: parsed.data.code.toUpperCase() }, select }) : null;
  if (!country) return problemResponse("not-found", "No country with this ISO 3166-1 alpha-2 code.");
  return jsonResponse(country, { etag: etagOfContent(country) });
}
