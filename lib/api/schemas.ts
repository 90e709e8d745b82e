/** Schemas shared by every operation of the API. */
import { z } from "zod";

export const problemSchema = z
  .object({
    type: z.string().meta({ description: "A URI naming the kind of problem, e.g. urn:ropa:problem:invalid." }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z
      .array(
        z.object({
          pointer: z.string().optional().meta({ description: "JSON Pointer (RFC 6901) into the request body." }),
          parameter: z.string().optional().meta({ description: "The query parameter at fault." }),
          detail: z.string(),
        }),
      )
      .optional(),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details." });

export const idParam = z.object({ id: z.string().min(1).max(50).meta({ description: "The record's id." }) });

export const ifMatchHeader = z.object({
  "if-match": z.string().meta({ description: "The ETag of the version the change is based on (from GET). Required: 428 without it, 412 when stale." }),
});

/** A date without time as the forms write it. */
export const dateString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const isoDate = (value: Date | null): string | null => (value ? value.toISOString().slice(0, 10) : null);
