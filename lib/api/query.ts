/** Query parameters validated by a zod schema; a bad one is a 400 naming it. */
import type { z } from "zod";
import { problemResponse } from "./problem";

export function parseQuery<T extends z.ZodType>(url: URL, schema: T): { ok: true; data: z.output<T> } | { ok: false; response: Response } {
  const raw: Record<string, string> = {};
  // A repeated parameter counts once, as in the tables' links.
  url.searchParams.forEach((value, key) => {
    if (!(key in raw)) raw[key] = value;
  });
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors = parsed.error.issues.map((issue) => ({ parameter: issue.path.map(String).join(".") || "query", detail: issue.message }));
  return { ok: false, response: problemResponse("bad-request", "A query parameter is not valid; see errors.", { errors }) };
}
