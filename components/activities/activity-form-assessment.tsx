"use client";

/**
 * The items privacy policies need beside Art. 30: the source of the data
 * (Art. 14(2)(f)), the DPIA (Art. 35), automated decisions (Art. 22,
 * 13(2)(f)), whether providing the data is required (Art. 13(2)(e)) and where
 * it is stored.
 */
import type { DataSource, DpiaStatus, ProvisionRequirement } from "@prisma/client";
import { dataSourceLabels, dpiaStatusLabels, provisionRequirementLabels } from "@/lib/labels";
import { CheckboxField, RadioGroup, SelectField, TextAreaField, TextField, type SectionProps } from "./activity-form-fields";

const choicesOf = <V extends string>(labels: Record<V, string>) => (Object.keys(labels) as V[]).map((value) => ({ value, label: labels[value] }));

export function SourceSection({ values, errors, update }: SectionProps) {
  return (
    <div className="grid gap-4">
      <SelectField<DataSource>
        id="dataSource"
        label="Where the data comes from"
        value={values.dataSource ?? "DATA_SUBJECT"}
        onChange={(dataSource) => update({ dataSource })}
        choices={choicesOf(dataSourceLabels)}
        error={errors.dataSource}
      />
      {values.dataSource && values.dataSource !== "DATA_SUBJECT" ? (
        <>
          <TextAreaField
            id="dataSourceDescription"
            label="Other sources"
            hint="Art. 14(2)(f): the source the data originates from."
            value={values.dataSourceDescription ?? ""}
            onChange={(dataSourceDescription) => update({ dataSourceDescription })}
            error={errors.dataSourceDescription}
          />
          <CheckboxField id="publicSources" label="Some of it comes from publicly accessible sources" checked={!!values.publicSources} onChange={(publicSources) => update({ publicSources })} />
        </>
      ) : null}
    </div>
  );
}

export function AssessmentSection({ values, errors, update }: SectionProps) {
  const dpia = values.dpiaRequired === true ? "yes" : values.dpiaRequired === false ? "no" : "undecided";
  return (
    <div className="grid gap-5">
      <RadioGroup
        id="dpiaRequired"
        name="dpiaRequired"
        legend="Is a data protection impact assessment required? (Art. 35)"
        value={dpia}
        onChange={(answer) => update({ dpiaRequired: answer === "yes" ? true : answer === "no" ? false : null })}
        choices={[
          { value: "undecided", label: "Not yet decided" },
          { value: "yes", label: "Yes" },
          { value: "no", label: "No" },
        ]}
        error={errors.dpiaRequired}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField<DpiaStatus>
          id="dpiaStatus"
          label="DPIA status"
          value={values.dpiaStatus ?? "NOT_ASSESSED"}
          onChange={(dpiaStatus) => update({ dpiaStatus })}
          choices={choicesOf(dpiaStatusLabels)}
          error={errors.dpiaStatus}
        />
        <TextField id="dpiaReference" label="DPIA reference" hint="Where the assessment is kept." value={values.dpiaReference ?? ""} onChange={(dpiaReference) => update({ dpiaReference })} error={errors.dpiaReference} />
      </div>
      <RadioGroup
        name="automatedDecisionMaking"
        legend="Automated decision-making, including profiling (Art. 22)?"
        // Three answers: "No" is recorded as the answer, "Not recorded" is a question still open.
        value={values.automatedDecisionMaking === true ? "yes" : values.automatedDecisionMaking === false ? "no" : "unrecorded"}
        onChange={(answer) => update({ automatedDecisionMaking: answer === "yes" ? true : answer === "no" ? false : null })}
        choices={[
          { value: "unrecorded", label: "Not recorded" },
          { value: "no", label: "No" },
          { value: "yes", label: "Yes" },
        ]}
        error={errors.automatedDecisionMaking}
      />
      {values.automatedDecisionMaking ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextAreaField
            id="automatedDecisionLogic"
            label="The logic involved"
            required
            hint="Art. 13(2)(f): meaningful information about the logic."
            value={values.automatedDecisionLogic ?? ""}
            onChange={(automatedDecisionLogic) => update({ automatedDecisionLogic })}
            error={errors.automatedDecisionLogic}
          />
          <TextAreaField
            id="automatedDecisionConsequences"
            label="Significance and envisaged consequences"
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
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField<ProvisionRequirement>
        id="provisionRequirement"
        label="Is providing the data required?"
        hint="Art. 13(2)(e): statutory or contractual requirement."
        value={values.provisionRequirement ?? "NOT_SPECIFIED"}
        onChange={(provisionRequirement) => update({ provisionRequirement })}
        choices={choicesOf(provisionRequirementLabels)}
        error={errors.provisionRequirement}
      />
      <TextAreaField
        id="provisionConsequences"
        label="Consequences of not providing it"
        rows={2}
        value={values.provisionConsequences ?? ""}
        onChange={(provisionConsequences) => update({ provisionConsequences })}
        error={errors.provisionConsequences}
      />
      <TextAreaField
        id="storageLocation"
        label="Storage location"
        hint="Systems and places where the data is kept."
        rows={2}
        className="sm:col-span-2"
        value={values.storageLocation ?? ""}
        onChange={(storageLocation) => update({ storageLocation })}
        error={errors.storageLocation}
      />
    </div>
  );
}
