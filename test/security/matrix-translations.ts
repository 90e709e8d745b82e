/**
 * The access matrix of translations: everyone may read and download the
 * texts and their translations; editors translate (in place, by marking a
 * text as kept as written, or by uploading an XLIFF file); the organisation's
 * languages are settings, for the DPO and the owner.
 */
import { NextRequest } from "next/server";
import { writeXliff } from "@/lib/translations/xliff";
import type { CaseContext, Entry } from "./matrix-types";
import { byRole } from "./matrix-types";
import { form } from "./world";

const ACTIONS = "lib/translations/actions.ts";

/** The target (and the outsider's own organisation) keep German beside English; a fresh category gives a text to translate. */
async function germanText(ctx: CaseContext) {
  for (const organisation of [ctx.target, ctx.callerOrganisation]) {
    if (organisation) await ctx.db.organisation.update({ where: { id: organisation.id }, data: { languages: ["en", "de"] } });
  }
  const category = await ctx.db.dataCategory.create({ data: { organisationId: ctx.target.id, name: ctx.unique("Matrix category") } });
  return { entity: "dataCategory", id: category.id, field: "name", source: category.name };
}

const translated = (ctx: CaseContext, id: string, value?: string) =>
  ctx.db.translation.findFirst({ where: { organisationId: ctx.target.id, entityId: id, language: "de", ...(value ? { value } : {}) } }).then(Boolean);

export const translationEntries: Entry[] = [
  {
    target: "app/(dashboard)/translations/export/route.ts#GET",
    does: "Download a language's texts as XLIFF",
    ...byRole({ min: "VIEWER", done: "ok", anonymous: "login", foreign: "ok" }),
    note: "Always the caller's current organisation: the outsider downloads their own texts.",
    async build(ctx) {
      await germanText(ctx);
      return { args: [new NextRequest("http://matrix.example/translations/export?lang=de&which=all")] };
    },
  },
  {
    target: `${ACTIONS}#saveTranslationAction`,
    does: "Translate a text in place",
    ...byRole({ min: "EDITOR", done: "ok", foreign: "not-found" }),
    async build(ctx) {
      const text = await germanText(ctx);
      const value = ctx.unique("Übersetzung");
      return { args: [{ entity: text.entity, id: text.id, field: text.field, language: "de", value, base: "" }], happened: () => translated(ctx, text.id, value) };
    },
  },
  {
    target: `${ACTIONS}#setVerbatimAction`,
    does: "Mark a text as kept as written",
    ...byRole({ min: "EDITOR", done: "ok", foreign: "not-found" }),
    async build(ctx) {
      const text = await germanText(ctx);
      return {
        args: [{ entity: text.entity, id: text.id, field: text.field, verbatim: true }],
        happened: async () => (await ctx.db.verbatimText.count({ where: { organisationId: ctx.target.id, entityId: text.id } })) > 0,
      };
    },
  },
  {
    target: `${ACTIONS}#importXliffAction`,
    does: "Import a translated XLIFF file",
    ...byRole({ min: "EDITOR", done: "ok", foreign: "invalid" }),
    note: "The file's units name the target's texts; in another organisation they are unknown, so the whole file is refused.",
    async build(ctx) {
      const text = await germanText(ctx);
      const value = ctx.unique("Importiert");
      const xml = await writeXliff("en", "de", [{ entity: "dataCategory", id: text.id, field: "name", source: text.source, target: value, note: "" }]);
      const file = new File([xml], "matrix.xlf", { type: "application/xliff+xml" });
      return { args: [{}, form({ language: "de", apply: "1", file })], happened: () => translated(ctx, text.id, value) };
    },
  },
  {
    target: `${ACTIONS}#updateLanguageSettingsAction`,
    does: "Choose the organisation's languages",
    ...byRole({ min: "DPO", done: "ok", foreign: "ok" }),
    note: "Takes no id: always the caller's current organisation, so the outsider changes their own.",
    async build(ctx) {
      const organisation = await ctx.db.organisation.findUniqueOrThrow({ where: { id: (ctx.callerOrganisation ?? ctx.target).id } });
      const target = await ctx.db.organisation.findUniqueOrThrow({ where: { id: ctx.target.id } });
      const data = form({ defaultLanguage: "en", version: String(organisation.version) });
      for (const language of ["en", "fr"]) data.append("languages", language);
      // The cases share the target: whether this call changed it shows in its version, not in its languages.
      return {
        args: [{}, data],
        happened: async () => (await ctx.db.organisation.findUniqueOrThrow({ where: { id: ctx.target.id } })).version > target.version,
      };
    },
  },
];
