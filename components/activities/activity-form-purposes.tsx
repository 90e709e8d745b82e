"use client";

/**
 * (b) the purposes, each with its own legal basis or bases (Art. 30(1)(b),
 * 13(1)(c)). The legitimate interests are asked for only where a purpose
 * relies on Art. 6(1)(f) (Art. 13(1)(d)). Direct marketing is an answer per
 * purpose (Art. 21(2)), and how consent is withdrawn an answer of the activity
 * (Art. 7(3), 13(2)(c)): the privacy policy states both from here.
 */
import { useTranslations } from "next-intl";
import { isLegitimateInterests, type PurposeValues } from "@/lib/activities/schema";
import { Button } from "@/components/ui/button";
import { Combobox } from "@/components/ui/combobox";
import { Field } from "@/components/ui/field";
import { CheckboxField, FieldError, focusWhenRendered, move, newKey, RowButton, TextAreaField, TextField, type SectionProps } from "./activity-form-fields";

export function PurposesSection({ values, errors, update, options }: SectionProps) {
  const t = useTranslations("activityForm.purposes");
  const tr = useTranslations("activityForm.rows");
  const tl = useTranslations("labels");
  const purposes = values.purposes ?? [];
  const set = (next: PurposeValues[]) => update({ purposes: next });
  const change = (index: number, patch: Partial<PurposeValues>) => set(purposes.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  const bases = options.legalBases.filter((b) => b.article === "ART6" || b.article === "NATIONAL");
  const basisOptions = bases.map((b) => ({ value: b.id, label: `${b.citation} – ${b.name}`, group: tl(`legalBasisArticle.${b.article}`) }));
  const isInterests = (ids: string[]) => ids.some((id) => {
    const basis = options.legalBases.find((b) => b.id === id);
    return basis ? isLegitimateInterests(basis) : false;
  });
  const consentIds = new Set(options.legalBases.filter((b) => (b.article === "ART6" || b.article === "ART9") && b.letter === "a").map((b) => b.id));
  const usesConsent =
    purposes.some((p) => (p.legalBasisIds ?? []).some((id) => consentIds.has(id))) || (values.dataCategories ?? []).some((c) => c.art9ConditionId && consentIds.has(c.art9ConditionId));

  return (
    <>
      {purposes.length === 0 ? <p className="text-sm text-slate-600">{t("empty")}</p> : null}
      <ol className="space-y-3">
        {purposes.map((purpose, index) => {
          const at = (field: string) => `purposes.${index}.${field}`;
          const ids = purpose.legalBasisIds ?? [];
          const number = index + 1;
          return (
            <li key={purpose.key ?? index} className="rounded-md border border-slate-200 bg-slate-50/60 p-3">
              <div className="mb-2 flex items-center justify-between gap-2">
                <h3 className="text-sm font-semibold text-slate-800">{t("heading", { number })}</h3>
                <div className="flex gap-1">
                  <RowButton label={t("moveUp", { number })} onClick={() => set(move(purposes, index, -1))} disabled={index === 0}>
                    ↑
                  </RowButton>
                  <RowButton label={t("moveDown", { number })} onClick={() => set(move(purposes, index, 1))} disabled={index === purposes.length - 1}>
                    ↓
                  </RowButton>
                  <RowButton label={t("remove", { number })} onClick={() => set(purposes.filter((_, i) => i !== index))}>
                    {tr("remove")}
                  </RowButton>
                </div>
              </div>
              <div className="grid gap-3">
                <TextAreaField
                  id={at("description")}
                  label={t("description")}
                  rows={2}
                  required
                  value={purpose.description ?? ""}
                  onChange={(description) => change(index, { description })}
                  error={errors[at("description")]}
                />
                <Field id={at("legalBasisIds")} label={t("legalBasis")} hint={t("legalBasisHint")} error={errors[at("legalBasisIds")]}>
                  {(aria) => (
                    <Combobox
                      id={at("legalBasisIds")}
                      multiple
                      value={ids}
                      onChange={(legalBasisIds) => change(index, { legalBasisIds })}
                      options={basisOptions}
                      placeholder={t("legalBasisPlaceholder")}
                      {...aria}
                    />
                  )}
                </Field>
                {isInterests(ids) ? (
                  <div className="grid gap-3 rounded-md border border-blue-100 bg-white p-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
                    <TextAreaField
                      id={at("legitimateInterests")}
                      label={t("legitimateInterests")}
                      hint={t("legitimateInterestsHint")}
                      required
                      rows={2}
                      value={purpose.legitimateInterests ?? ""}
                      onChange={(legitimateInterests) => change(index, { legitimateInterests })}
                      error={errors[at("legitimateInterests")]}
                    />
                    <TextField
                      id={at("balancingTestReference")}
                      label={t("balancingTest")}
                      hint={t("balancingTestHint")}
                      value={purpose.balancingTestReference ?? ""}
                      onChange={(balancingTestReference) => change(index, { balancingTestReference })}
                      error={errors[at("balancingTestReference")]}
                    />
                  </div>
                ) : null}
                <div>
                  <CheckboxField
                    id={at("directMarketing")}
                    label={t("directMarketing")}
                    checked={purpose.directMarketing === true}
                    onChange={(directMarketing) => change(index, { directMarketing })}
                  />
                  <p className="mt-0.5 text-xs text-slate-500">{t("directMarketingHint")}</p>
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      <FieldError id="purposes-error" message={errors.purposes} />
      <Button
        size="sm"
        onClick={() => {
          set([...purposes, { key: newKey(), description: "", legalBasisIds: [], legitimateInterests: "", balancingTestReference: "", directMarketing: false }]);
          focusWhenRendered(`purposes.${purposes.length}.description`);
        }}
      >
        <span aria-hidden="true">+</span> {t("add")}
      </Button>
      <fieldset className="mt-4 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold text-slate-800">{t("consentLegend")}</legend>
        <p className="text-xs text-slate-600">
          {usesConsent ? t("consentUsed") : t("consentUnused")}
        </p>
        <div className="mt-2 grid gap-3 md:grid-cols-2">
          <TextField
            id="consentWithdrawalUrl"
            type="url"
            label={t("withdrawalUrl")}
            hint={t("withdrawalUrlHint")}
            maxLength={2000}
            placeholder={t("withdrawalUrlPlaceholder")}
            value={values.consentWithdrawalUrl ?? ""}
            onChange={(consentWithdrawalUrl) => update({ consentWithdrawalUrl })}
            error={errors.consentWithdrawalUrl}
          />
          <TextAreaField
            id="consentWithdrawalInstructions"
            label={t("withdrawalInstructions")}
            hint={t("withdrawalInstructionsHint")}
            rows={2}
            value={values.consentWithdrawalInstructions ?? ""}
            onChange={(consentWithdrawalInstructions) => update({ consentWithdrawalInstructions })}
            error={errors.consentWithdrawalInstructions}
          />
        </div>
      </fieldset>
    </>
  );
}
