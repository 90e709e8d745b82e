/**
 * /register: the record of processing activities (Art. 30) in every format
 * the register page offers, built and audited by the same export as the
 * page's downloads (Art. 30(4): what was handed over, and when, can matter
 * later). The filters are the register page's; each format holds what its
 * download holds.
 */
import "server-only";
import { z } from "zod";
import { activityStatuses } from "@/lib/activities/list-filter";
import { registerJsonSchema } from "@/lib/import/json-schema";
import { exportRegister } from "@/lib/register/export";
import { registerExportFormats } from "@/lib/register/formats";
import { registerLanguages } from "@/lib/register/queries";
import { LANGUAGES } from "@/lib/translations/languages";
import type { RegisterFilters } from "@/lib/register/source";
import type { ApiRequest } from "../handler";
import type { ApiOperation } from "../operation";
import { problemResponse } from "../problem";
import { parseQuery } from "../query";

const formatIds = registerExportFormats.map((format) => format.id) as [string, ...string[]];

const exportQuery = z.object({
  format: z
    .enum(formatIds)
    .default("json")
    .meta({ description: registerExportFormats.map((format) => `${format.id}: ${format.description}`).join("; ") + "." }),
  status: z.enum(activityStatuses as ["DRAFT", "ACTIVE", "RETIRED"]).optional().meta({ description: "Only activities with this status." }),
  department: z.string().trim().max(200).optional().meta({ description: "Only activities of this department." }),
  language: z
    .enum(LANGUAGES)
    .optional()
    .meta({
      description:
        "The language of the register: one the organisation keeps its records in (its default language when left out). Headings, column titles and fixed wording are in this language; a text of the records without a translation is shown in the default language and marked with † (the JSON lists these texts in `untranslated` instead).",
    }),
});

const mediaType = (contentType: string) => contentType.split(";")[0].trim();

export const registerOperations = {
  export: {
    method: "get",
    path: "/register",
    scope: "READ",
    doc: {
      operationId: "exportRegister",
      summary: "Export the register",
      description: "The file the register page downloads in the chosen format and language. Each export is recorded in the audit log with the token and the language.",
      tags: ["Register"],
      requestParams: { query: exportQuery },
      responses: {
        "200": {
          description: "The register as a file (Content-Disposition names it). JSON follows the register's JSON schema (version 2), which the import reads, with `language` (the language of its texts) and `untranslated` (the texts shown in the default language for want of a translation).",
          headers: z.object({ "Content-Disposition": z.string() }),
          content: Object.fromEntries(
            registerExportFormats.map((format) => [mediaType(format.contentType), { schema: format.id === "json" ? registerJsonSchema.meta({ id: "RegisterJson" }) : z.string().meta({ format: "binary" }) }]),
          ),
        },
      },
    },
  },
} satisfies Record<string, ApiOperation>;

export async function exportRegisterOperation({ url, caller }: ApiRequest): Promise<Response> {
  const query = parseQuery(url, exportQuery);
  if (!query.ok) return query.response;
  const { format, status, department, language } = query.data;
  const filters: RegisterFilters = { ...(status && { status }), ...(department && { department }) };
  if (language) {
    const kept = await registerLanguages(caller.actor.organisation.id);
    if (!kept.includes(language)) {
      return problemResponse("bad-request", `The organisation does not keep its records in this language; it keeps them in ${kept.join(", ")}.`, {
        errors: [{ parameter: "language", detail: `Choose one of ${kept.join(", ")}.` }],
      });
    }
  }
  const result = await exportRegister(caller.actor, format, filters, new Date(), language);
  // The format is validated above and the token's organisation exists: null would be a bug.
  if (!result) throw new Error(`The register export in ${format} returned nothing.`);
  return new Response(typeof result.body === "string" ? result.body : new Uint8Array(result.body), {
    headers: {
      "Content-Type": result.contentType,
      "Content-Disposition": `attachment; filename="${result.fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
