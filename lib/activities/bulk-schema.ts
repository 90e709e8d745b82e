/**
 * What a bulk action on selected activities may ask for. Pure: the bulk
 * action bar and the server action share it.
 */
import { z } from "zod";
import { cleanString } from "@/lib/forms/field-rules";

export const BULK_MAX = 100;
export const OWNER_MAX = 200;

const ids = z
  .array(cleanString().min(1).max(40))
  .min(1, "Select at least one activity.")
  .max(BULK_MAX, `Select at most ${BULK_MAX} activities at a time.`);

export const bulkActivitySchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("status"), ids, status: z.enum(["DRAFT", "ACTIVE", "RETIRED"], { error: "Choose a status." }) }),
  z.object({
    action: z.literal("owner"),
    ids,
    owner: cleanString({ error: "Enter the owner's name." })
      .trim()
      .min(1, "Enter the owner's name, e.g. a person or a role such as “Head of HR”.")
      .max(OWNER_MAX, `Keep the owner under ${OWNER_MAX} characters.`),
  }),
  z.object({ action: z.literal("review"), ids }),
  z.object({ action: z.literal("retire"), ids }),
]);

export type BulkActivityInput = z.input<typeof bulkActivitySchema>;
