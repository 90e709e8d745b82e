/**
 * The access matrix of the register's records: processing activities (form,
 * bulk bar, review), catalogues and recipients. Editors and up change
 * records; deleting catalogue entries and recipients is DPO and owner only
 * (an entry may be replaced everywhere in the same step).
 */
import { getActivityFormValues } from "@/lib/activities/form-options";
import { emptyActivityValues } from "@/lib/activities/schema";
import type { CaseContext, Entry } from "./matrix-types";
import { byRole } from "./matrix-types";
import { form } from "./world";

const ACTIVITIES = "lib/activities/actions.ts";
const BULK = "lib/activities/bulk-actions.ts";
const CATALOGUES = "lib/catalogues/actions.ts";
const RECIPIENTS = "lib/recipients/actions.ts";

async function activity(ctx: CaseContext) {
  return ctx.db.processingActivity.create({
    data: { organisationId: ctx.target.id, reference: ctx.unique("MX"), name: "Matrix payroll", owner: "HR" },
    select: { id: true, version: true, reference: true, name: true },
  });
}

const activityRow = (ctx: CaseContext, id: string) => ctx.db.processingActivity.findUnique({ where: { id } });
const subjectNamed = (ctx: CaseContext, name: string) => ctx.db.dataSubjectCategory.findFirst({ where: { organisationId: ctx.target.id, name } });
const recipientNamed = (ctx: CaseContext, name: string) => ctx.db.recipient.findFirst({ where: { organisationId: ctx.target.id, name } });

async function subject(ctx: CaseContext) {
  return ctx.db.dataSubjectCategory.create({ data: { organisationId: ctx.target.id, name: ctx.unique("Matrix subjects") }, select: { id: true, name: true } });
}

export const recordEntries: Entry[] = [
  {
    target: `${ACTIVITIES}#saveActivityAction`,
    scenario: "new activity",
    does: "Create a processing activity",
    ...byRole({ min: "EDITOR", done: "redirect", foreign: "invalid" }),
    note: "The outsider's form names the target organisation's catalogue entries, which are not in their own catalogue.",
    async build(ctx) {
      const subjectId = (await ctx.db.dataSubjectCategory.findFirstOrThrow({ where: { organisationId: ctx.target.id }, select: { id: true } })).id;
      const reference = ctx.unique("NEW");
      const values = { ...emptyActivityValues(), reference, name: "Matrix enquiries", dataSubjectCategoryIds: [subjectId] };
      return { args: [null, values], happened: async () => !!(await ctx.db.processingActivity.findFirst({ where: { organisationId: ctx.target.id, reference } })) };
    },
  },
  {
    target: `${ACTIVITIES}#saveActivityAction`,
    scenario: "existing activity",
    does: "Edit a processing activity",
    ...byRole({ min: "EDITOR", done: "redirect", foreign: "not-found" }),
    async build(ctx) {
      const { id } = await activity(ctx);
      const values = (await getActivityFormValues(ctx.target.id, id))!;
      const name = ctx.unique("Renamed");
      return { args: [id, { ...values, name }], happened: async () => (await activityRow(ctx, id))?.name === name };
    },
  },
  {
    target: `${ACTIVITIES}#duplicateActivityAction`,
    does: "Duplicate a processing activity",
    ...byRole({ min: "EDITOR", done: "redirect", foreign: "not-found" }),
    async build(ctx) {
      const { id } = await activity(ctx);
      const count = () => ctx.db.processingActivity.count({ where: { organisationId: ctx.target.id } });
      const before = await count();
      return { args: [id], happened: async () => (await count()) > before };
    },
  },
  {
    target: `${ACTIVITIES}#retireActivityAction`,
    does: "Retire a processing activity",
    ...byRole({ min: "EDITOR", done: "ok", foreign: "not-found" }),
    async build(ctx) {
      const { id, version } = await activity(ctx);
      return { args: [id, version], happened: async () => (await activityRow(ctx, id))?.status === "RETIRED" };
    },
  },
  {
    target: `${ACTIVITIES}#deleteActivityAction`,
    does: "Delete a processing activity",
    ...byRole({ min: "EDITOR", done: "redirect", foreign: "not-found" }),
    async build(ctx) {
      const { id } = await activity(ctx);
      return { args: [id], happened: async () => !(await activityRow(ctx, id)) };
    },
  },
  {
    target: `${ACTIVITIES}#quickCreateEntryAction`,
    does: "Add a catalogue entry from the activity form",
    ...byRole({ min: "EDITOR", done: "ok", foreign: "ok" }),
    note: "Takes no id: the outsider's entry goes into their own organisation.",
    async build(ctx) {
      const name = ctx.unique("Quick subjects");
      return { args: [{ type: "dataSubjectCategory", name }], happened: async () => !!(await subjectNamed(ctx, name)) };
    },
  },
  {
    target: `${ACTIVITIES}#currentActivityValuesAction`,
    does: "Read an activity's saved values (after an edit conflict)",
    ...byRole({ min: "EDITOR", done: "ok", foreign: "not-found" }),
    note: "Viewers read activities on their pages; this action serves the edit form only.",
    async build(ctx) {
      const { id, name } = await activity(ctx);
      return {
        args: [id],
        happened: async (outcome) => outcome.kind === "returned" && (outcome.value as { name?: string } | null)?.name === name,
      };
    },
  },
  {
    target: `${BULK}#bulkUpdateActivitiesAction`,
    does: "Change selected activities at once (status, owner, review, retire)",
    ...byRole({ min: "EDITOR", done: "ok", foreign: "not-found" }),
    async build(ctx) {
      const { id } = await activity(ctx);
      const owner = ctx.unique("Owner");
      return { args: [{ action: "owner", ids: [id], owner }], happened: async () => (await activityRow(ctx, id))?.owner === owner };
    },
  },
  {
    target: `${BULK}#markActivityReviewedAction`,
    does: "Mark an activity as reviewed",
    ...byRole({ min: "EDITOR", done: "ok", foreign: "not-found" }),
    async build(ctx) {
      const { id, version } = await activity(ctx);
      const today = new Date().toISOString().slice(0, 10);
      const nextYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4, 10).replace("-02-29", "-02-28")}`;
      const data = form({ id, version: String(version), reviewedOn: today, nextReviewOn: nextYear });
      return { args: [{}, data], happened: async () => !!(await activityRow(ctx, id))?.lastReviewedOn };
    },
  },
  {
    target: `${CATALOGUES}#createCatalogueEntryAction`,
    does: "Create a catalogue entry",
    ...byRole({ min: "EDITOR", done: "redirect", foreign: "redirect" }),
    note: "Takes no id: the outsider's entry goes into their own organisation.",
    async build(ctx) {
      const name = ctx.unique("Catalogue subjects");
      return { args: ["data-subjects", {}, form({ name })], happened: async () => !!(await subjectNamed(ctx, name)) };
    },
  },
  {
    target: `${CATALOGUES}#updateCatalogueEntryAction`,
    does: "Edit a catalogue entry",
    ...byRole({ min: "EDITOR", done: "redirect", foreign: "not-found" }),
    async build(ctx) {
      const { id } = await subject(ctx);
      const name = ctx.unique("Edited subjects");
      return { args: ["data-subjects", id, {}, form({ name, version: "1" })], happened: async () => !!(await subjectNamed(ctx, name)) };
    },
  },
  {
    target: `${CATALOGUES}#deleteCatalogueEntryAction`,
    does: "Delete (or replace everywhere) a catalogue entry",
    ...byRole({ min: "DPO", done: "redirect", foreign: "not-found" }),
    async build(ctx) {
      const { id } = await subject(ctx);
      return { args: ["data-subjects", id, {}, form({})], happened: async () => !(await ctx.db.dataSubjectCategory.findUnique({ where: { id } })) };
    },
  },
  {
    target: `${RECIPIENTS}#createRecipientAction`,
    does: "Create a recipient or processor",
    ...byRole({ min: "EDITOR", done: "redirect", foreign: "redirect" }),
    note: "Takes no id: the outsider's recipient goes into their own organisation.",
    async build(ctx) {
      const name = ctx.unique("Matrix recipient");
      return { args: [{}, form({ kind: "INTERNAL", name })], happened: async () => !!(await recipientNamed(ctx, name)) };
    },
  },
  {
    target: `${RECIPIENTS}#createRecipientAction`,
    scenario: "sub-processor",
    does: "Record a sub-processor engaged by a processor",
    ...byRole({ min: "EDITOR", done: "redirect", foreign: "invalid" }),
    note: "The outsider names the other organisation's processor as the engaging one (Art. 28(2)).",
    async build(ctx) {
      const processor = await ctx.db.recipient.create({ data: { organisationId: ctx.target.id, kind: "PROCESSOR", name: ctx.unique("Processor") } });
      const name = ctx.unique("Sub-processor");
      return {
        args: [{}, form({ kind: "SUB_PROCESSOR", name, parentId: processor.id })],
        // In any organisation: a link from the outsider's register into this one would be the breach.
        happened: async () => !!(await ctx.db.recipient.findFirst({ where: { name, parentId: processor.id } })),
      };
    },
  },
  {
    target: `${RECIPIENTS}#updateRecipientAction`,
    does: "Edit a recipient or processor",
    ...byRole({ min: "EDITOR", done: "redirect", foreign: "not-found" }),
    async build(ctx) {
      const { id } = await ctx.db.recipient.create({ data: { organisationId: ctx.target.id, kind: "INTERNAL", name: ctx.unique("Recipient") } });
      const name = ctx.unique("Edited recipient");
      return { args: [id, {}, form({ kind: "INTERNAL", name, version: "1" })], happened: async () => !!(await recipientNamed(ctx, name)) };
    },
  },
  {
    target: `${RECIPIENTS}#deleteRecipientAction`,
    does: "Delete (or replace everywhere) a recipient",
    ...byRole({ min: "DPO", done: "redirect", foreign: "not-found" }),
    async build(ctx) {
      const { id } = await ctx.db.recipient.create({ data: { organisationId: ctx.target.id, kind: "INTERNAL", name: ctx.unique("Recipient") } });
      return { args: [id, {}, form({})], happened: async () => !(await ctx.db.recipient.findUnique({ where: { id } })) };
    },
  },
];
