/**
 * The organisation's languages and its default (the language its records are
 * written in). Changing the default swaps, for every text, the record's own
 * column with its translation into the new default: the new default's
 * translation becomes the column, the old column becomes the translation into
 * the old default. Nothing is lost, so a text that lacks a translation into
 * the new default refuses the change. Removing a language keeps its rows:
 * adding it again brings them back.
 */
import { Prisma } from "@prisma/client";
import { z } from "zod";
import { isUniqueViolation } from "@/lib/db-errors";
import { versionSchema } from "@/lib/forms/field-rules";
import { refuseRole, type Actor } from "@/lib/mutations/actor";
import { RollBack, writeAudited } from "@/lib/mutations/audited";
import { echo, failure, type MutationResult } from "@/lib/mutations/result";
import { loadOrganisationRecords } from "@/lib/records/queries";
import { describeConflict } from "@/lib/records/versioning";
import { textKey, type TextRef, type TranslatableEntity } from "./fields";
import { sourceHash } from "./hash";
import { asLanguage, isLanguage, organisationLanguages, type Language } from "./languages";
import { localiseText, recordTexts, type SourceText } from "./localise";
import { loadTranslationSet } from "./queries";
import { writeTranslations, type TranslationRow } from "./store";
import { message } from "@/lib/i18n/message";

export const languageSettingsSchema = z
  .object({
    languages: z.array(z.string().refine(isLanguage, message("translationMessages.unsupportedLanguage"))).min(1, message("translationMessages.settings.chooseOne")),
    defaultLanguage: z.string().refine(isLanguage, message("translationMessages.settings.chooseDefault")),
  })
  .refine((value) => value.languages.includes(value.defaultLanguage), { path: ["defaultLanguage"], message: message("translationMessages.settings.defaultNotChosen") });

export type LanguageSettingsResult = MutationResult<{ swapped: number }, { lacking?: number; lackingLanguage?: Language }>;

/** Where each entity's column lives, and how its rows are tied to the organisation (the tenant in every `where`). */
const TABLES: Record<TranslatableEntity, { table: string; owner: "self" | "organisationId" | "activity"; version: boolean }> = {
  organisation: { table: "Organisation", owner: "self", version: false },
  activity: { table: "ProcessingActivity", owner: "organisationId", version: true },
  purpose: { table: "Purpose", owner: "activity", version: false },
  activityDataCategory: { table: "ActivityDataCategory", owner: "activity", version: false },
  activityRecipient: { table: "ActivityRecipient", owner: "activity", version: false },
  transfer: { table: "Transfer", owner: "activity", version: false },
  legalBasis: { table: "LegalBasis", owner: "organisationId", version: true },
  dataCategory: { table: "DataCategory", owner: "organisationId", version: true },
  dataSubjectCategory: { table: "DataSubjectCategory", owner: "organisationId", version: true },
  securityMeasure: { table: "SecurityMeasure", owner: "organisationId", version: true },
  recipient: { table: "Recipient", owner: "organisationId", version: true },
};

type ColumnChange = { text: SourceText; value: string };

/**
 * Writes new column values, one statement per entity and field. Table and
 * column names come from the registry (fields.ts), never from input. A record
 * with a version moves it, so a form opened before the change reports a
 * conflict instead of writing the old language back.
 */
async function writeColumns(tx: Prisma.TransactionClient, organisationId: string, changes: ColumnChange[]): Promise<void> {
  const groups = new Map<string, ColumnChange[]>();
  for (const change of changes) {
    const key = `${change.text.entity}.${change.text.field}`;
    groups.set(key, [...(groups.get(key) ?? []), change]);
  }
  const touchedActivities = new Set<string>();
  for (const group of groups.values()) {
    const { entity, field } = group[0].text;
    const { table, owner, version } = TABLES[entity];
    const values = group.map((c) => c.value);
    const olds = group.map((c) => c.text.source);
    if (entity === "activityRecipient") {
      // The id is `<activityId>:<recipientId>`; every role of the pair whose note is the old text takes the new one.
      const activityIds = group.map((c) => c.text.id.split(":")[0]);
      const recipientIds = group.map((c) => c.text.id.split(":").slice(1).join(":"));
      activityIds.forEach((id) => touchedActivities.add(id));
      await tx.$executeRawUnsafe(
        `UPDATE "ActivityRecipient" t SET "note" = v.val FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS v(a, r, val, old)
         WHERE t."activityId" = v.a AND t."recipientId" = v.r AND t."note" = v.old
           AND t."activityId" IN (SELECT "id" FROM "ProcessingActivity" WHERE "organisationId" = $5)`,
        activityIds,
        recipientIds,
        values,
        olds,
        organisationId,
      );
      continue;
    }
    const ids = group.map((c) => c.text.id);
    const tenant =
      owner === "self" ? `t."id" = $3` : owner === "organisationId" ? `t."organisationId" = $3` : `t."activityId" IN (SELECT "id" FROM "ProcessingActivity" WHERE "organisationId" = $3)`;
    const returning = owner === "activity" ? `RETURNING t."activityId"` : "";
    const result = await tx.$queryRawUnsafe<{ activityId?: string }[]>(
      `UPDATE "${table}" t SET "${field}" = v.val${version ? `, "version" = t."version" + 1` : ""}
       FROM unnest($1::text[], $2::text[]) AS v(i, val) WHERE t."id" = v.i AND ${tenant} ${returning || `RETURNING t."id"`}`,
      ids,
      values,
      organisationId,
    );
    if (owner === "activity") for (const row of result) if (row.activityId) touchedActivities.add(row.activityId);
  }
  if (touchedActivities.size) {
    await tx.processingActivity.updateMany({ where: { organisationId, id: { in: [...touchedActivities] } }, data: { version: { increment: 1 } } });
  }
}

/**
 * Makes `next` the language the records are written in. Returns how many
 * texts were swapped, or throws a RollBack naming how many texts lack a
 * translation into `next`.
 */
async function switchDefault(tx: Prisma.TransactionClient, actor: Actor, previous: Language, next: Language): Promise<number> {
  const organisationId = actor.organisation.id;
  const records = await loadOrganisationRecords(organisationId, {}, tx);
  if (!records) throw new RollBack(failure("not-found", { formError: message("translationMessages.organisationGone") }));
  const seen = new Set<string>();
  const texts = recordTexts(records).filter((text) => !seen.has(textKey(text)) && seen.add(textKey(text)));
  const target = await loadTranslationSet(organisationId, next, tx);
  const lacking = texts.filter((text) => localiseText(text, target, previous).state === "missing");
  if (lacking.length) {
    throw new RollBack(
      failure("invalid", {
        formError: message("translationMessages.settings.lacking", { count: lacking.length }),
        lacking: lacking.length,
        lackingLanguage: next,
      }),
    );
  }
  const changes: ColumnChange[] = [];
  const rows: TranslationRow[] = [];
  const newSource = new Map<string, string>();
  for (const text of texts) {
    const translated = target.values.get(textKey(text))?.value.trim();
    if (!translated) continue; // a name or a text kept as written: the same in every language
    changes.push({ text, value: translated });
    newSource.set(textKey(text), translated);
    const ref: TextRef = { entity: text.entity, id: text.id, field: text.field };
    rows.push({ ...ref, language: previous, value: text.source, source: translated });
    rows.push({ ...ref, language: next, value: "", source: translated });
  }
  // Translations into the other languages that matched the old source still match: they follow the new source's hash.
  const others = await tx.translation.findMany({
    where: { organisationId, language: { notIn: [previous, next] } },
    select: { entityType: true, entityId: true, field: true, language: true, value: true, sourceHash: true },
  });
  const oldSource = new Map(texts.map((text) => [textKey(text), text.source]));
  for (const row of others) {
    const ref = { entity: row.entityType as TranslatableEntity, id: row.entityId, field: row.field };
    const key = textKey(ref);
    const source = newSource.get(key);
    const old = oldSource.get(key);
    if (source !== undefined && old !== undefined && row.sourceHash === sourceHash(old) && isLanguage(row.language)) {
      rows.push({ ...ref, language: row.language, value: row.value, source });
    }
  }
  await writeColumns(tx, organisationId, changes);
  await writeTranslations(tx, organisationId, rows, actor.user.id);
  return changes.length;
}

/** A unique index violated inside a raw statement (SQLSTATE 23505), which Prisma reports as P2010 rather than P2002. */
function isRawUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2010" && /23505|unique constraint/i.test(`${JSON.stringify(error.meta ?? {})} ${error.message}`);
}

/** Saves the organisation's languages and default (DPO and owner, like the other organisation settings). */
export async function updateLanguageSettings(actor: Actor, input: unknown): Promise<LanguageSettingsResult> {
  const refused = refuseRole(actor, "DPO");
  if (refused) return refused;
  const parsed = languageSettingsSchema.safeParse(input);
  const version = versionSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return failure("invalid", { fieldErrors: { [String(issue?.path[0] ?? "languages")]: issue?.message ?? message("translationMessages.settings.check") }, values: echo(input) });
  }
  if (!version.success) return failure("invalid", { formError: version.error.issues[0].message, values: echo(input) });
  const next = asLanguage(parsed.data.defaultLanguage);
  const languages = organisationLanguages(next, parsed.data.languages);
  const organisationId = actor.organisation.id;
  try {
    return await writeAudited(
      actor,
      async (tx, audit): Promise<LanguageSettingsResult> => {
        const before = await tx.organisation.findUnique({ where: { id: organisationId }, select: { defaultLanguage: true, languages: true, version: true } });
        if (!before) return failure("not-found", { formError: message("translationMessages.organisationGone") });
        const { count } = await tx.organisation.updateMany({
          where: { id: organisationId, version: version.data.version },
          data: { defaultLanguage: next, languages, version: { increment: 1 } },
        });
        if (count === 0) {
          const conflict = await describeConflict(tx, { organisationId, entityType: "Organisation", entityId: organisationId }, version.data.version, before.version);
          return failure("conflict", { conflict, values: echo(input) });
        }
        const previous = asLanguage(before.defaultLanguage);
        const swapped = previous === next ? 0 : await switchDefault(tx, actor, previous, next);
        await audit({
          action: "UPDATE",
          entityType: "Organisation",
          entityId: organisationId,
          before: { defaultLanguage: before.defaultLanguage, languages: before.languages },
          after: { defaultLanguage: next, languages, ...(swapped ? { textsMovedToNewDefault: swapped } : {}) },
        });
        return { ok: true, swapped, message: message("translationMessages.settings.saved") };
      },
      { timeout: 120_000 },
    );
  } catch (error) {
    // Two records' names swapped into one another (a category named in German as another is in English): a unique name would repeat.
    if (isUniqueViolation(error) || isRawUniqueViolation(error)) {
      return failure("invalid", { formError: message("translationMessages.settings.sameName"), values: echo(input) });
    }
    throw error;
  }
}
