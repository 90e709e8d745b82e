"use client";

/** What the activity is called and who looks after it; its review dates and the text privacy policies use. */
import type { ActivityStatus } from "@prisma/client";
import { REFERENCE_MAX } from "@/lib/activities/schema";
import { activityStatusLabels } from "@/lib/labels";
import { SelectField, TextAreaField, TextField, type SectionProps } from "./activity-form-fields";

export function GeneralSection({ values, errors, update }: SectionProps) {
  return (
    <div className="grid gap-4 md:grid-cols-6">
      <TextField
        id="name"
        label="Name"
        required
        className="md:col-span-4"
        value={values.name ?? ""}
        onChange={(name) => update({ name })}
        error={errors.name}
      />
      <TextField
        id="reference"
        label="Reference code"
        placeholder="e.g. HR-01"
        required
        maxLength={REFERENCE_MAX}
        className="md:col-span-2"
        value={values.reference ?? ""}
        onChange={(reference) => update({ reference })}
        error={errors.reference}
      />
      <TextAreaField
        id="description"
        label="Description"
        className="md:col-span-6"
        value={values.description ?? ""}
        onChange={(description) => update({ description })}
        error={errors.description}
      />
      <TextField
        id="department"
        label="Department"
        className="md:col-span-2"
        value={values.department ?? ""}
        onChange={(department) => update({ department })}
        error={errors.department}
      />
      <TextField id="owner" label="Owner" placeholder="The person responsible" className="md:col-span-2" value={values.owner ?? ""} onChange={(owner) => update({ owner })} error={errors.owner} />
      <SelectField<ActivityStatus>
        id="status"
        label="Status"
        className="md:col-span-2"
        value={values.status ?? "DRAFT"}
        onChange={(status) => update({ status })}
        choices={(["DRAFT", "ACTIVE", "RETIRED"] as const).map((value) => ({ value, label: activityStatusLabels[value] }))}
        error={errors.status}
      />
    </div>
  );
}

export function ReviewSection({ values, errors, update }: SectionProps) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField
        id="lastReviewedOn"
        type="date"
        label="Last reviewed on"
        value={values.lastReviewedOn ?? ""}
        onChange={(lastReviewedOn) => update({ lastReviewedOn })}
        error={errors.lastReviewedOn}
      />
      <TextField
        id="nextReviewOn"
        type="date"
        label="Next review on"
        value={values.nextReviewOn ?? ""}
        onChange={(nextReviewOn) => update({ nextReviewOn })}
        error={errors.nextReviewOn}
      />
    </div>
  );
}

export function PolicyTextSection({ values, errors, update }: SectionProps) {
  return (
    <div className="grid gap-4">
      <TextField
        id="publicTitle"
        label="Title in privacy policies"
        hint="How the people concerned would name this processing; the name above is used when empty."
        value={values.publicTitle ?? ""}
        onChange={(publicTitle) => update({ publicTitle })}
        error={errors.publicTitle}
      />
      <TextAreaField
        id="publicDescription"
        label="Description in privacy policies"
        rows={4}
        value={values.publicDescription ?? ""}
        onChange={(publicDescription) => update({ publicDescription })}
        error={errors.publicDescription}
      />
    </div>
  );
}
