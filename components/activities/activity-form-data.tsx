"use client";

/**
 * (c) the categories of data subjects and of personal data, and (f) the time
 * limit for erasure of each data category (Art. 30(1)(c), (f)). Special
 * categories ask for their Art. 9(2) condition, criminal data for its Art. 10
 * basis; nothing of that is shown for ordinary data.
 */
import { useTranslations } from "next-intl";
import type { ActivityDataCategoryValues } from "@/lib/activities/schema";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Combobox } from "@/components/ui/combobox";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { FieldError, focusWhenRendered, move, newKey, NoneAnswer, RowButton, TextField, type SectionProps } from "./activity-form-fields";

export function DataSection({ values, errors, update, options, requestCreate }: SectionProps) {
  const t = useTranslations("activityForm.data");
  const tr = useTranslations("activityForm.rows");
  const tl = useTranslations("labels");
  const subjects = values.dataSubjectCategoryIds ?? [];
  const rows = values.dataCategories ?? [];
  const set = (next: ActivityDataCategoryValues[]) => update({ dataCategories: next });
  const change = (index: number, patch: Partial<ActivityDataCategoryValues>) => set(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const used = new Set(rows.map((r) => r.dataCategoryId));
  const sensitiveRows = rows.filter((row) => {
    const category = options.dataCategories.find((c) => c.id === row.dataCategoryId);
    return !!category && (category.special || category.criminal);
  }).length;

  // Choosing a category prefills the retention with the catalogue's default, unless one is already written.
  const chooseCategory = (index: number, dataCategoryId: string | null, defaultRetention?: string) => {
    const category = options.dataCategories.find((c) => c.id === dataCategoryId);
    const row = rows[index];
    change(index, { dataCategoryId: dataCategoryId ?? "", retention: row.retention || (category?.defaultRetention ?? defaultRetention) || "" });
  };

  return (
    <>
      <Field id="dataSubjectCategoryIds" label={t("subjects")} hint={t("subjectsHint")} error={errors.dataSubjectCategoryIds}>
        {(aria) => (
          <Combobox
            id="dataSubjectCategoryIds"
            multiple
            value={subjects}
            onChange={(ids) => update({ dataSubjectCategoryIds: ids })}
            options={options.dataSubjectCategories.map((s) => ({ value: s.id, label: s.name }))}
            placeholder={t("subjectsPlaceholder")}
            createNoun={t("subjectNoun")}
            onCreate={(text) => requestCreate("dataSubjectCategory", text, (id) => update({ dataSubjectCategoryIds: [...subjects, id] }))}
            {...aria}
          />
        )}
      </Field>

      <div>
        <h3 className="text-sm font-medium text-slate-800">{t("categoriesHeading")}</h3>
        <p className="mt-0.5 text-xs text-slate-500">{t("categoriesHint")}</p>
        <ol className="mt-2 space-y-3">
          {rows.map((row, index) => {
            const at = (field: string) => `dataCategories.${index}.${field}`;
            const category = options.dataCategories.find((c) => c.id === row.dataCategoryId);
            const sensitive = category && (category.special || category.criminal);
            const number = index + 1;
            const conditions = options.legalBases.filter((b) =>
              category?.special ? b.article === "ART9" || b.article === "NATIONAL" : b.article === "ART10" || b.article === "NATIONAL",
            );
            return (
              <li key={row.key ?? index} className="rounded-md border border-slate-200 bg-slate-50/60 p-3">
                <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
                  <div className="flex items-center gap-2">
                    <h4 className="text-sm font-semibold text-slate-800">{t("heading", { number })}</h4>
                    {category?.special ? <Badge tone="violet">{t("specialBadge")}</Badge> : null}
                    {category?.criminal ? <Badge tone="red">{t("criminalBadge")}</Badge> : null}
                  </div>
                  <div className="flex gap-1">
                    <RowButton label={t("moveUp", { number })} onClick={() => set(move(rows, index, -1))} disabled={index === 0}>
                      ↑
                    </RowButton>
                    <RowButton label={t("moveDown", { number })} onClick={() => set(move(rows, index, 1))} disabled={index === rows.length - 1}>
                      ↓
                    </RowButton>
                    <RowButton label={t("remove", { number })} onClick={() => set(rows.filter((_, i) => i !== index))}>
                      {tr("remove")}
                    </RowButton>
                  </div>
                </div>
                <div className="grid gap-3 md:grid-cols-2">
                  <Field id={at("dataCategoryId")} label={t("category")} required error={errors[at("dataCategoryId")]}>
                    {(aria) => (
                      <Combobox
                        id={at("dataCategoryId")}
                        value={row.dataCategoryId || null}
                        onChange={(id) => chooseCategory(index, id)}
                        options={options.dataCategories
                          .filter((c) => c.id === row.dataCategoryId || !used.has(c.id))
                          .map((c) => ({ value: c.id, label: c.name, hint: c.special ? t("specialHint") : c.criminal ? t("criminalHint") : undefined }))}
                        placeholder={t("categoryPlaceholder")}
                        createNoun={t("categoryNoun")}
                        onCreate={(text) => requestCreate("dataCategory", text, (id, created) => chooseCategory(index, id, created.defaultRetention))}
                        {...aria}
                      />
                    )}
                  </Field>
                  <TextField
                    id={at("details")}
                    label={t("details")}
                    hint={t("detailsHint")}
                    maxLength={10_000}
                    value={row.details ?? ""}
                    onChange={(details) => change(index, { details })}
                    error={errors[at("details")]}
                  />
                  <TextField
                    id={at("retention")}
                    label={t("retention")}
                    hint={category?.defaultRetention ? t("retentionDefault", { retention: category.defaultRetention }) : t("retentionHint")}
                    maxLength={10_000}
                    value={row.retention ?? ""}
                    onChange={(retention) => change(index, { retention })}
                    error={errors[at("retention")]}
                  />
                  {sensitive ? (
                    <Field
                      id={at("art9ConditionId")}
                      label={category.special ? t("art9Condition") : t("art10Basis")}
                      required
                      error={errors[at("art9ConditionId")]}
                    >
                      {(aria) => (
                        <Select id={at("art9ConditionId")} value={row.art9ConditionId ?? ""} onChange={(event) => change(index, { art9ConditionId: event.target.value || null })} {...aria}>
                          <option value="">{t("choose")}</option>
                          {conditions.map((b) => (
                            <option key={b.id} value={b.id}>
                              {b.citation} – {b.name}
                              {b.article === "NATIONAL" ? ` (${tl("legalBasisArticle.NATIONAL")})` : ""}
                            </option>
                          ))}
                        </Select>
                      )}
                    </Field>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ol>
        <FieldError id="dataCategories-error" message={errors.dataCategories} />
        <Button
          size="sm"
          className="mt-3"
          onClick={() => {
            set([...rows, { key: newKey(), dataCategoryId: "", details: "", retention: "", art9ConditionId: null }]);
            focusWhenRendered(`dataCategories.${rows.length}.dataCategoryId`);
          }}
        >
          <span aria-hidden="true">+</span> {t("add")}
        </Button>
      </div>
      {/* Art. 9(1), 10: that no such data is processed is an answer of its own, not the absence of a flag. */}
      <NoneAnswer
        id="specialCategoriesNone"
        label={t("specialNone")}
        checked={!!values.specialCategoriesNone}
        onChange={(specialCategoriesNone) => update({ specialCategoriesNone })}
        entries={sensitiveRows}
        error={errors.specialCategoriesNone}
        blockedHint={t("specialNoneBlocked")}
      />
    </>
  );
}
