/**
 * The access matrix of the Art. 30 register's exports and imports. Every
 * role may export; importing a spreadsheet needs an editor; restoring a JSON
 * register replaces the organisation's profile and catalogues, so it needs
 * the DPO or the owner. An upload belongs to the member who made it.
 */
import { NextRequest } from "next/server";
import { findHeaderRow, suggestMapping } from "@/lib/import/map";
import { parseUpload } from "@/lib/import/parse";
import { loadUpload, saveUpload } from "@/lib/import/store";
import { registerJson } from "@/lib/register/json";
import { loadRegisterSource } from "@/lib/register/queries";
import type { CaseContext, Entry } from "./matrix-types";
import { byRole } from "./matrix-types";
import { createOrganisation, form, uploadsOf } from "./world";

const IMPORT = "lib/import/actions.ts";

// The ICO register template's column headers (see docs/register-import.md).
const ICO_HEADERS = [
  "Reference",
  "Name of processing activity",
  "Business function",
  "Purpose of processing",
  "Article 6 lawful basis for processing personal data",
  "Categories of individuals",
  "Categories of personal data",
  "Retention schedule (if possible)",
];

function spreadsheet(reference: string): string {
  const row = [reference, "Matrix payroll", "HR", "Paying salaries", "Art. 6(1)(b)", "Employees", "Contact data", "6 years"];
  return [ICO_HEADERS, row].map((cells) => cells.join(",")).join("\r\n");
}

/** A spreadsheet upload waiting for confirmation, made by a member of the target organisation. */
async function spreadsheetUpload(ctx: CaseContext, reference: string) {
  const fileName = `${reference}.csv`;
  const parsed = await parseUpload(fileName, Buffer.from(spreadsheet(reference)));
  if (!parsed.ok || parsed.format === "json") throw new Error("The matrix's spreadsheet did not parse");
  const headerRow = findHeaderRow(parsed.table)!;
  const owner = { organisationId: ctx.target.id, userId: ctx.author.id };
  const id = await saveUpload({ ...owner, fileName, format: parsed.format, table: parsed.table, headerRow, mapping: suggestMapping(parsed.table[headerRow]) });
  return { id, owner };
}

const documents = new Map<string, unknown>();

/** Our own JSON export of a small organisation with one activity, as a DPO would restore it. */
async function registerDocument(ctx: CaseContext) {
  if (!documents.has(ctx.run)) {
    const source = await createOrganisation(ctx.db, ctx.unique("matrix-source"), `Source ${ctx.run} SE`);
    await ctx.db.processingActivity.create({ data: { organisationId: source.id, reference: "SRC-1", name: "Matrix newsletter" } });
    documents.set(ctx.run, JSON.parse(JSON.stringify(registerJson((await loadRegisterSource(source.id))!))));
  }
  return documents.get(ctx.run);
}

const activityCount = (ctx: CaseContext) => ctx.db.processingActivity.count({ where: { organisationId: ctx.target.id } });

export const registerEntries: Entry[] = [
  {
    target: "app/(dashboard)/register/export/[format]/route.ts#GET",
    does: "Export the register (XLSX, CSV, PDF, JSON)",
    ...byRole({ min: "VIEWER", done: "ok", anonymous: "login", foreign: "ok" }),
    note: "The export is always of the caller's current organisation: the outsider gets their own register.",
    async build(ctx) {
      const exports = () => ctx.db.auditEvent.count({ where: { organisationId: ctx.target.id, action: "EXPORT" } });
      const before = await exports();
      const request = new NextRequest("http://matrix.example/register/export/csv");
      return { args: [request, { params: Promise.resolve({ format: "csv" }) }], happened: async () => (await exports()) > before };
    },
  },
  {
    target: "app/(dashboard)/register/export/[format]/route.ts#GET",
    scenario: "in another language",
    does: "Export the register in another of the organisation's languages (?language=de)",
    ...byRole({ min: "VIEWER", done: "ok", anonymous: "login", foreign: "ok" }),
    note: "Both organisations keep German here; the outsider gets their own register, in German.",
    async build(ctx) {
      for (const organisation of [ctx.target, ctx.callerOrganisation]) {
        if (organisation) await ctx.db.organisation.update({ where: { id: organisation.id }, data: { languages: ["en", "de"] } });
      }
      const exports = () => ctx.db.auditEvent.count({ where: { organisationId: ctx.target.id, action: "EXPORT", after: { path: ["language"], equals: "de" } } });
      const before = await exports();
      const request = new NextRequest("http://matrix.example/register/export/xlsx-cnil?language=de");
      return { args: [request, { params: Promise.resolve({ format: "xlsx-cnil" }) }], happened: async () => (await exports()) > before };
    },
  },
  {
    target: "app/(dashboard)/register/export/[format]/route.ts#GET",
    scenario: "started from another site",
    does: "Export the register from a link on another site",
    ...byRole({ min: "VIEWER", done: "forbidden", anonymous: "login", foreign: "forbidden" }),
    note: "The export writes an audit event, so a request the browser marks as started elsewhere (Sec-Fetch-Site) is refused with 403 and writes none (e2e/request-origin.spec.ts covers the browser).",
    async build(ctx) {
      const exports = () => ctx.db.auditEvent.count({ where: { organisationId: ctx.target.id, action: "EXPORT" } });
      const before = await exports();
      const request = new NextRequest("http://matrix.example/register/export/csv", { headers: { "sec-fetch-site": "cross-site" } });
      return { args: [request, { params: Promise.resolve({ format: "csv" }) }], happened: async () => (await exports()) > before };
    },
  },
  {
    target: `${IMPORT}#uploadRegisterAction`,
    scenario: "spreadsheet",
    does: "Upload a spreadsheet to import",
    ...byRole({ min: "EDITOR", done: "redirect", foreign: "redirect" }),
    note: "Takes no id: the outsider's upload belongs to their own organisation.",
    async build(ctx) {
      const reference = ctx.unique("UP");
      const file = new File([spreadsheet(reference)], `${reference}.csv`, { type: "text/csv" });
      return { args: [{}, form({ file })], happened: async () => (await uploadsOf(ctx.target.id)).some((u) => u.fileName === file.name) };
    },
  },
  {
    target: `${IMPORT}#uploadRegisterAction`,
    scenario: "JSON register",
    does: "Upload a JSON register to restore",
    minRole: "DPO",
    expect: { anonymous: "forbidden", VIEWER: "forbidden", EDITOR: "refused", DPO: "redirect", OWNER: "redirect", foreign: "redirect" },
    note: "Editors pass the guard and are refused with a message when the file turns out to be a JSON register. Takes no id: the outsider's upload is their own organisation's.",
    async build(ctx) {
      const fileName = `${ctx.unique("restore")}.json`;
      const file = new File([JSON.stringify(await registerDocument(ctx))], fileName, { type: "application/json" });
      return { args: [{}, form({ file })], happened: async () => (await uploadsOf(ctx.target.id)).some((u) => u.fileName === fileName) };
    },
  },
  {
    target: `${IMPORT}#saveMappingAction`,
    does: "Correct the column mapping of an upload",
    ...byRole({ min: "EDITOR", done: "redirect", foreign: "redirect" }),
    note: "The outsider is sent to the upload's page, which answers not found; nothing is saved.",
    async build(ctx) {
      const { id, owner } = await spreadsheetUpload(ctx, ctx.unique("MAP"));
      // No column chosen: every column is left out, unlike the suggested mapping.
      return {
        args: [form({ uploadId: id })],
        happened: async () => {
          const upload = await loadUpload(id, owner);
          return !!upload && upload.format !== "json" && upload.mapping.every((column) => column === null);
        },
      };
    },
  },
  {
    target: `${IMPORT}#confirmImportAction`,
    scenario: "spreadsheet",
    does: "Import a previewed spreadsheet",
    ...byRole({ min: "EDITOR", done: "redirect", foreign: "not-found" }),
    async build(ctx) {
      const reference = ctx.unique("IMP");
      const { id } = await spreadsheetUpload(ctx, reference);
      return {
        args: [{}, form({ uploadId: id, createMissing: "on" })],
        happened: async () => !!(await ctx.db.processingActivity.findFirst({ where: { organisationId: ctx.target.id, reference } })),
      };
    },
  },
  {
    target: `${IMPORT}#confirmImportAction`,
    scenario: "JSON register",
    does: "Restore a previewed JSON register",
    minRole: "DPO",
    expect: { anonymous: "forbidden", VIEWER: "forbidden", EDITOR: "refused", DPO: "redirect", OWNER: "redirect", foreign: "not-found" },
    note: "A restore goes only into an organisation without activities and recipients, so each case gets a new one.",
    freshOrganisation: true,
    async build(ctx) {
      const document = await registerDocument(ctx);
      const id = await saveUpload({ organisationId: ctx.target.id, userId: ctx.author.id, fileName: "restore.json", format: "json", document });
      return { args: [{}, form({ uploadId: id })], happened: async () => (await activityCount(ctx)) > 0 };
    },
  },
  {
    target: `${IMPORT}#cancelImportAction`,
    does: "Discard an upload",
    ...byRole({ min: "EDITOR", done: "redirect", foreign: "redirect" }),
    note: "The outsider is sent back to the import page; the upload stays.",
    async build(ctx) {
      const { id, owner } = await spreadsheetUpload(ctx, ctx.unique("CAN"));
      return { args: [form({ uploadId: id })], happened: async () => !(await loadUpload(id, owner)) };
    },
  },
];
