"use client";

/** What the activity is called and who looks after it; its review dates and the text privacy policies use. */
import type { ActivityStatus } from "@prisma/client";
import { useTranslations } from "next-intl";
import { REFERENCE_MAX } from "@/lib/activities/schema";
import { SelectField, TextAreaField, TextField, type SectionProps } from "./activity-form-fields";

export function GeneralSection({ values, errors, update }: SectionProps) {
  const t = useTranslations("activityForm.general");
  const tl = useTranslations("labels");
  return (
    <div className="grid gap-4 md:grid-cols-6">
      <TextField
        id="name"
        label={t("name")}
        required
        className="md:col-span-4"
        value={values.name ?? ""}
        onChange={(name) => update({ name })}
        error={errors.name}
      />
      <TextField
        id="reference"
        label={t("reference")}
        placeholder={t("referencePlaceholder")}
        required
        maxLength={REFERENCE_MAX}
        className="md:col-span-2"
        value={values.reference ?? ""}
        onChange={(reference) => update({ reference })}
        error={errors.reference}
      />
      <TextAreaField
        id="description"
        label={t("description")}
        className="md:col-span-6"
        value={values.description ?? ""}
        onChange={(description) => update({ description })}
        error={errors.description}
      />
      <TextField
        id="department"
        label={t("department")}
        className="md:col-span-2"
        value={values.department ?? ""}
        onChange={(department) => update({ department })}
        error={errors.department}
      />
      <TextField id="owner" label={t("owner")} placeholder={t("ownerPlaceholder")} className="md:col-span-2" value={values.owner ?? ""} onChange={(owner) => update({ owner })} error={errors.owner} />
      <SelectField<ActivityStatus>
        id="status"
        label={t("status")}
        className="md:col-span-2"
        value={values.status ?? "DRAFT"}
        onChange={(status) => update({ status })}
        choices={(["DRAFT", "ACTIVE", "RETIRED"] as const).map((value) => ({ value, label: tl(`activityStatus.${value}`) }))}
        error={errors.status}
      />
    </div>
  );
}

export function ReviewSection({ values, errors, update }: SectionProps) {
  const t = useTranslations("activityForm.general");
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField
        id="lastReviewedOn"
        type="date"
        label={t("lastReviewedOn")}
        value={values.lastReviewedOn ?? ""}
        onChange={(lastReviewedOn) => update({ lastReviewedOn })}
        error={errors.lastReviewedOn}
      />
      <TextField
        id="nextReviewOn"
        type="date"
        label={t("nextReviewOn")}
        value={values.nextReviewOn ?? ""}
        onChange={(nextReviewOn) => update({ nextReviewOn })}
        error={errors.nextReviewOn}
      />
    </div>
  );
}

export function PolicyTextSection({ values, errors, update }: SectionProps) {
  const t = useTranslations("activityForm.general");
  return (
    <div className="grid gap-4">
      <TextField
        id="publicTitle"
        label={t("publicTitle")}
        hint={t("publicTitleHint")}
        value={values.publicTitle ?? ""}
        onChange={(publicTitle) => update({ publicTitle })}
        error={errors.publicTitle}
      />
      <TextAreaField
        id="publicDescription"
        label={t("publicDescription")}
        rows={4}
        value={values.publicDescription ?? ""}
        onChange={(publicDescription) => update({ publicDescription })}
        error={errors.publicDescription}
      />
    </div>
  );
}
