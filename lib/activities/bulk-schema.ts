/**
 * What a bulk action on selected activities may ask for. Pure: the bulk
 * action bar and the server action share it.
 */
import { z } from "zod";
import { cleanString } from "@/lib/forms/field-rules";
import { message } from "@/lib/i18n/message";

export const BULK_MAX = 100;
export const OWNER_MAX = 200;

const ids = z
  .array(cleanString().min(1).max(40))
  .min(1, message("activityRecord.bulk.messages.selectOne"))
  .max(BULK_MAX, message("activityRecord.bulk.messages.selectAtMost", { max: BULK_MAX }));

export const bulkActivitySchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("status"), ids, status: z.enum(["DRAFT", "ACTIVE", "RETIRED"], { error: message("activityRecord.bulk.messages.chooseStatus") }) }),
  z.object({
    action: z.literal("owner"),
    ids,
    owner: cleanString({ error: message("activityRecord.bulk.messages.ownerRequired") })
      .trim()
      .min(1, message("activityRecord.bulk.messages.ownerEmpty"))
      .max(OWNER_MAX, message("activityRecord.bulk.messages.ownerMax", { max: OWNER_MAX })),
  }),
  z.object({ action: z.literal("review"), ids }),
  z.object({ action: z.literal("retire"), ids }),
]);

export type BulkActivityInput = z.input<typeof bulkActivitySchema>;
