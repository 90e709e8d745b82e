/**
 * The recipient and processor form, shared by the form and the server action.
 */
import { z } from "zod";
import type { DpaStatus, RecipientKind } from "@prisma/client";
import { recipientKindOrder } from "@/lib/labels";
import { message } from "@/lib/i18n/message";
import {
  DATE_MESSAGE,
  isIsoDate,
  LONG_TEXT_MAX,
  optionalEmail,
  optionalPhone,
  optionalText,
  optionalUrl,
  requiredText,
} from "@/lib/forms/field-rules";

// Art. 28: processors and the sub-processors they engage; kept here as well as
// in dpa.ts so that this module stays free of anything server-side.
const processorKinds: RecipientKind[] = ["PROCESSOR", "SUB_PROCESSOR"];
const dpaStatuses = ["IN_PLACE", "UNDER_REVIEW", "NOT_REQUIRED", "MISSING"] as const satisfies readonly DpaStatus[];

export const recipientSchema = z
  .object({
    kind: z.enum(recipientKindOrder as [RecipientKind, ...RecipientKind[]], { error: message("recipients.errors.kind") }),
    name: requiredText(message("recipients.errors.name")),
    contactName: optionalText(200),
    email: optionalEmail(),
    phone: optionalPhone(),
    address: optionalText(1_000),
    countryCode: optionalText(2)
      .transform((value) => value.toUpperCase())
      .refine((value) => value === "" || /^[A-Z]{2}$/.test(value), { message: message("recipients.errors.country") }),
    website: optionalUrl(),
    services: optionalText(2_000),
    notes: optionalText(LONG_TEXT_MAX),
    parentId: optionalText(100),
    // Art. 28(3): the written agreement: its status, where it is kept, when it was
    // signed (not always known) and its next review. Checked below only for
    // processors: for other kinds the form hides them and they are dropped.
    dpaStatus: z.enum(dpaStatuses, { error: message("recipients.errors.dpaStatus") }).default("MISSING"),
    dpaNotRequiredReason: optionalText(2_000),
    dpaSignedOn: optionalText(10),
    dpaReference: optionalText(1_000),
    dpaNextReviewOn: optionalText(10),
  })
  .superRefine((value, context) => {
    if (value.kind === "SUB_PROCESSOR" && !value.parentId) {
      context.addIssue({ code: "custom", path: ["parentId"], message: message("recipients.errors.parent") });
    }
    if (!processorKinds.includes(value.kind)) return;
    for (const path of ["dpaSignedOn", "dpaNextReviewOn"] as const) {
      if (value[path] && !isIsoDate(value[path])) context.addIssue({ code: "custom", path: [path], message: DATE_MESSAGE });
    }
    if (value.dpaStatus === "NOT_REQUIRED" && !value.dpaNotRequiredReason) {
      context.addIssue({ code: "custom", path: ["dpaNotRequiredReason"], message: message("recipients.errors.notRequiredReason") });
    }
    if (isIsoDate(value.dpaSignedOn) && isIsoDate(value.dpaNextReviewOn) && value.dpaNextReviewOn < value.dpaSignedOn) {
      context.addIssue({ code: "custom", path: ["dpaNextReviewOn"], message: message("recipients.errors.reviewBeforeSigning") });
    }
  })
  // Only processors and sub-processors have an agreement or a parent; the rest is dropped, not stored.
  .transform((value) => {
    const processor = processorKinds.includes(value.kind);
    return {
      ...value,
      parentId: value.kind === "SUB_PROCESSOR" ? value.parentId : "",
      // A recipient that is not a processor keeps the column's default; it is never shown or flagged.
      dpaStatus: processor ? value.dpaStatus : ("MISSING" as const),
      dpaNotRequiredReason: processor && value.dpaStatus === "NOT_REQUIRED" ? value.dpaNotRequiredReason : "",
      dpaSignedOn: processor ? value.dpaSignedOn : "",
      dpaReference: processor ? value.dpaReference : "",
      dpaNextReviewOn: processor ? value.dpaNextReviewOn : "",
    };
  });

export type RecipientInput = z.infer<typeof recipientSchema>;

export function isProcessorKind(kind: RecipientKind): boolean {
  return processorKinds.includes(kind);
}

/**
 * Art. 28(3): processing by a processor must be governed by a contract. Its
 * absence is a warning to act on, not a reason to refuse the record.
 */
export function missingAgreementWarning(value: { kind: RecipientKind; dpaStatus: string }): string | null {
  if (!isProcessorKind(value.kind) || value.dpaStatus !== "MISSING") return null;
  return message("recipients.errors.missingAgreement");
}
