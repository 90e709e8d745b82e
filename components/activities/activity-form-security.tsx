"use client";

/** (g) the technical and organisational security measures (Art. 30(1)(g), 32(1)). */
import { useTranslations } from "next-intl";
import { Combobox } from "@/components/ui/combobox";
import { Field } from "@/components/ui/field";
import { NoneAnswer, TextAreaField, type SectionProps } from "./activity-form-fields";

export function SecuritySection({ values, errors, update, options, requestCreate }: SectionProps) {
  const t = useTranslations("activityForm.security");
  const tl = useTranslations("labels");
  const chosen = values.securityMeasureIds ?? [];
  const none = !!values.securityMeasuresNone;
  const entries = chosen.length + (values.securityDescription?.trim() ? 1 : 0);
  return (
    <>
      <div hidden={none && entries === 0} className="space-y-4">
      <Field id="securityMeasureIds" label={t("measures")} hint={t("measuresHint")} error={errors.securityMeasureIds}>
        {(aria) => (
          <Combobox
            id="securityMeasureIds"
            multiple
            value={chosen}
            onChange={(ids) => update({ securityMeasureIds: ids })}
            options={options.securityMeasures.map((m) => ({ value: m.id, label: m.name, group: tl(`securityGroup.${m.group}`) }))}
            placeholder={t("measuresPlaceholder")}
            createNoun={t("measureNoun")}
            onCreate={(text) => requestCreate("securityMeasure", text, (id) => update({ securityMeasureIds: [...chosen, id] }))}
            {...aria}
          />
        )}
      </Field>
      <TextAreaField
        id="securityDescription"
        label={t("description")}
        hint={t("descriptionHint")}
        value={values.securityDescription ?? ""}
        onChange={(securityDescription) => update({ securityDescription })}
        error={errors.securityDescription}
      />
      </div>
      {/* Art. 30(1)(g): "where possible"; that there are none is an answer, an empty field is not. */}
      <NoneAnswer
        id="securityMeasuresNone"
        label={t("none")}
        checked={none}
        onChange={(securityMeasuresNone) => update({ securityMeasuresNone })}
        entries={entries}
        error={errors.securityMeasuresNone}
      />
    </>
  );
}
