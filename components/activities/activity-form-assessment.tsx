"use client";

/**
 * The items privacy policies need beside Art. 30: the source of the data
 * (Art. 14(2)(f)), the DPIA (Art. 35), automated decisions (Art. 22,
 * 13(2)(f)), whether providing the data is required (Art. 13(2)(e)) and where
 * it is stored.
 */
import type { DataSource, DpiaStatus, ProvisionRequirement } from "@prisma/client";
import { useTranslations } from "next-intl";
import { dataSourceLabels, dpiaStatusLabels, provisionRequirementLabels } from "@/lib/labels";
import { CheckboxField, RadioGroup, SelectField, TextAreaField, TextField, type SectionProps } from "./activity-form-fields";

// The choices in the order of the English tables (lib/labels.ts), labelled in the reader's language.
const choicesOf = <V extends string>(labels: Record<V, string>, label: (value: V) => string) => (Object.keys(labels) as V[]).map((value) => ({ value, label: label(value) }));

export function SourceSection({ values, errors, update }: SectionProps) {
  const t = useTranslations("activityForm.assessment");
  const tl = useTranslations("labels");
  return (
    <div className="grid gap-4">
      <SelectField<DataSource>
        id="dataSource"
        label={t("source")}
        value={values.dataSource ?? "DATA_SUBJECT"}
        onChange={(dataSource) => update({ dataSource })}
        choices={choicesOf(dataSourceLabels, (value) => tl(`dataSource.${value}`))}
        error={errors.dataSource}
      />
      {values.dataSource && values.dataSource !== "DATA_SUBJECT" ? (
        <>
          <TextAreaField
            id="dataSourceDescription"
            label={t("otherSources")}
            hint={t("otherSourcesHint")}
            value={values.dataSourceDescription ?? ""}
            onChange={(dataSourceDescription) => update({ dataSourceDescription })}
            error={errors.dataSourceDescription}
          />
          <CheckboxField id="publicSources" label={t("publicSources")} checked={!!values.publicSources} onChange={(publicSources) => update({ publicSources })} />
        </>
      ) : null}
    </div>
  );
}

export function AssessmentSection({ values, errors, update }: SectionProps) {
  const t = useTranslations("activityForm.assessment");
  const tl = useTranslations("labels");
  const dpia = values.dpiaRequired === true ? "yes" : values.dpiaRequired === false ? "no" : "undecided";
  return (
    <div className="grid gap-5">
      <RadioGroup
        id="dpiaRequired"
        name="dpiaRequired"
        legend={t("dpiaQuestion")}
        value={dpia}
        onChange={(answer) => update({ dpiaRequired: answer === "yes" ? true : answer === "no" ? false : null })}
        choices={[
          { value: "undecided", label: t("undecided") },
          { value: "yes", label: t("yes") },
          { value: "no", label: t("no") },
        ]}
        error={errors.dpiaRequired}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField<DpiaStatus>
          id="dpiaStatus"
          label={t("dpiaStatus")}
          value={values.dpiaStatus ?? "NOT_ASSESSED"}
          onChange={(dpiaStatus) => update({ dpiaStatus })}
          choices={choicesOf(dpiaStatusLabels, (value) => tl(`dpiaStatus.${value}`))}
          error={errors.dpiaStatus}
        />
        <TextField id="dpiaReference" label={t("dpiaReference")} hint={t("dpiaReferenceHint")} value={values.dpiaReference ?? ""} onChange={(dpiaReference) => update({ dpiaReference })} error={errors.dpiaReference} />
      </div>
      <RadioGroup
        name="automatedDecisionMaking"
        legend={t("automatedQuestion")}
        // Three answers: "No" is recorded as the answer, "Not recorded" is a question still open.
        value={values.automatedDecisionMaking === true ? "yes" : values.automatedDecisionMaking === false ? "no" : "unrecorded"}
        onChange={(answer) => update({ automatedDecisionMaking: answer === "yes" ? true : answer === "no" ? false : null })}
        choices={[
          { value: "unrecorded", label: t("unrecorded") },
          { value: "no", label: t("no") },
          { value: "yes", label: t("yes") },
        ]}
        error={errors.automatedDecisionMaking}
      />
      {values.automatedDecisionMaking ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextAreaField
            id="automatedDecisionLogic"
            label={t("logic")}
            required
            hint={t("logicHint")}
            value={values.automatedDecisionLogic ?? ""}
            onChange={(automatedDecisionLogic) => update({ automatedDecisionLogic })}
            error={errors.automatedDecisionLogic}
          />
          <TextAreaField
            id="automatedDecisionConsequences"
            label={t("consequences")}
            value={values.automatedDecisionConsequences ?? ""}
            onChange={(automatedDecisionConsequences) => update({ automatedDecisionConsequences })}
            error={errors.automatedDecisionConsequences}
          />
        </div>
      ) : null}
    </div>
  );
}

export function ProvisionSection({ values, errors, update }: SectionProps) {
  const t = useTranslations("activityForm.assessment");
  const tl = useTranslations("labels");
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField<ProvisionRequirement>
        id="provisionRequirement"
        label={t("provision")}
        hint={t("provisionHint")}
        value={values.provisionRequirement ?? "NOT_SPECIFIED"}
        onChange={(provisionRequirement) => update({ provisionRequirement })}
        choices={choicesOf(provisionRequirementLabels, (value) => tl(`provisionRequirement.${value}`))}
        error={errors.provisionRequirement}
      />
      <TextAreaField
        id="provisionConsequences"
        label={t("provisionConsequences")}
        rows={2}
        value={values.provisionConsequences ?? ""}
        onChange={(provisionConsequences) => update({ provisionConsequences })}
        error={errors.provisionConsequences}
      />
      <TextAreaField
        id="storageLocation"
        label={t("storage")}
        hint={t("storageHint")}
        rows={2}
        className="sm:col-span-2"
        value={values.storageLocation ?? ""}
        onChange={(storageLocation) => update({ storageLocation })}
        error={errors.storageLocation}
      />
    </div>
  );
}
