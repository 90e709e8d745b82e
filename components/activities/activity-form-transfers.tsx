"use client";

/**
 * (e) transfers to a third country or an international organisation
 * (Art. 30(1)(e), 44-49), asked for only once the user says there are any.
 * The safeguard is required where the destination has no adequacy decision.
 */
import type { TransferSafeguard } from "@prisma/client";
import { useTranslations } from "next-intl";
import type { TransferValues } from "@/lib/activities/schema";
import { safeguardLabels } from "@/lib/labels";
import { Button } from "@/components/ui/button";
import { Combobox } from "@/components/ui/combobox";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { FieldError, newKey, RadioGroup, RowButton, TextField, type SectionProps } from "./activity-form-fields";

const safeguards = Object.keys(safeguardLabels) as TransferSafeguard[];

export function TransfersSection({ values, errors, update, options }: SectionProps) {
  const t = useTranslations("activityForm.transfers");
  const tr = useTranslations("activityForm.rows");
  const tl = useTranslations("labels");
  const rows = values.transfers ?? [];
  const set = (next: TransferValues[]) => update({ transfers: next });
  const change = (index: number, patch: Partial<TransferValues>) => set(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const emptyRow = (): TransferValues => ({
    key: newKey(),
    countryCode: null,
    internationalOrganisation: "",
    recipientId: null,
    safeguard: null,
    safeguardDetails: "",
    safeguardReference: "",
  });
  const countryOptions = options.countries.map((c) => ({
    value: c.code,
    label: c.name,
    hint: c.eea ? t("eeaHint") : c.adequacy ? t("adequacyHint") : undefined,
  }));

  return (
    <>
      {/* Art. 30(1)(e): "no transfers" is an answer; not answering leaves the item open. The rows stay in
          the form's state when another answer is chosen, so switching back loses nothing typed. */}
      <RadioGroup
        name="hasTransfers"
        legend={t("question")}
        value={values.hasTransfers ? "yes" : values.transfersNone ? "no" : "unrecorded"}
        onChange={(answer) =>
          update(
            answer === "yes"
              ? { hasTransfers: true, transfersNone: false, transfers: rows.length ? rows : [emptyRow()] }
              : { hasTransfers: false, transfersNone: answer === "no" },
          )
        }
        choices={[
          { value: "unrecorded", label: t("unrecorded") },
          { value: "no", label: t("no") },
          { value: "yes", label: t("yes") },
        ]}
        error={errors.transfersNone}
      />
      {values.hasTransfers ? (
        <div>
          <ol className="space-y-3">
            {rows.map((row, index) => {
              const at = (field: string) => `transfers.${index}.${field}`;
              const country = options.countries.find((c) => c.code === row.countryCode);
              const number = index + 1;
              return (
                <li key={row.key ?? index} className="rounded-md border border-slate-200 bg-slate-50/60 p-3">
                  <div className="mb-2 flex items-center justify-between gap-2">
                    <h3 className="text-sm font-semibold text-slate-800">{t("heading", { number })}</h3>
                    <RowButton label={t("remove", { number })} onClick={() => set(rows.filter((_, i) => i !== index))}>
                      {tr("remove")}
                    </RowButton>
                  </div>
                  <div className="grid gap-3 md:grid-cols-3">
                    <Field
                      id={at("countryCode")}
                      label={t("country")}
                      hint={country ? (country.eea ? t("countryEea") : country.adequacy ? t("countryAdequacy") : t("countryNoAdequacy")) : undefined}
                      error={errors[at("countryCode")]}
                    >
                      {(aria) => (
                        <Combobox
                          id={at("countryCode")}
                          value={row.countryCode ?? null}
                          onChange={(countryCode) => change(index, { countryCode })}
                          options={countryOptions}
                          placeholder={t("countryPlaceholder")}
                          {...aria}
                        />
                      )}
                    </Field>
                    <TextField
                      id={at("internationalOrganisation")}
                      label={t("organisation")}
                      value={row.internationalOrganisation ?? ""}
                      onChange={(internationalOrganisation) => change(index, { internationalOrganisation })}
                      error={errors[at("internationalOrganisation")]}
                    />
                    <Field id={at("recipientId")} label={t("recipient")} error={errors[at("recipientId")]}>
                      {(aria) => (
                        <Combobox
                          id={at("recipientId")}
                          value={row.recipientId ?? null}
                          onChange={(recipientId) => change(index, { recipientId })}
                          options={options.recipients.map((r) => ({ value: r.id, label: r.name }))}
                          placeholder={t("recipientPlaceholder")}
                          {...aria}
                        />
                      )}
                    </Field>
                    <Field id={at("safeguard")} label={t("safeguard")} error={errors[at("safeguard")]}>
                      {(aria) => (
                        <Select
                          id={at("safeguard")}
                          value={row.safeguard ?? ""}
                          onChange={(event) => change(index, { safeguard: (event.target.value || null) as TransferSafeguard | null })}
                          {...aria}
                        >
                          <option value="">{t("noSafeguard")}</option>
                          {safeguards.map((s) => (
                            <option key={s} value={s}>
                              {tl(`safeguard.${s}`)}
                            </option>
                          ))}
                        </Select>
                      )}
                    </Field>
                    <TextField
                      id={at("safeguardDetails")}
                      label={row.safeguard === "DEROGATION" ? t("derogationPoint") : t("details")}
                      required={row.safeguard === "DEROGATION"}
                      maxLength={10_000}
                      value={row.safeguardDetails ?? ""}
                      onChange={(safeguardDetails) => change(index, { safeguardDetails })}
                      error={errors[at("safeguardDetails")]}
                    />
                    <TextField
                      id={at("safeguardReference")}
                      label={t("reference")}
                      hint={t("referenceHint")}
                      maxLength={10_000}
                      value={row.safeguardReference ?? ""}
                      onChange={(safeguardReference) => change(index, { safeguardReference })}
                      error={errors[at("safeguardReference")]}
                    />
                  </div>
                </li>
              );
            })}
          </ol>
          <FieldError id="transfers-error" message={errors.transfers} />
          <Button size="sm" className="mt-3" onClick={() => set([...rows, emptyRow()])}>
            <span aria-hidden="true">+</span> {t("add")}
          </Button>
        </div>
      ) : null}
    </>
  );
}
