"use client";

/**
 * (e) transfers to a third country or an international organisation
 * (Art. 30(1)(e), 44-49), asked for only once the user says there are any.
 * The safeguard is required where the destination has no adequacy decision.
 */
import type { TransferSafeguard } from "@prisma/client";
import type { TransferValues } from "@/lib/activities/schema";
import { safeguardLabels } from "@/lib/labels";
import { Button } from "@/components/ui/button";
import { Combobox } from "@/components/ui/combobox";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { FieldError, newKey, RadioGroup, RowButton, TextField, type SectionProps } from "./activity-form-fields";

const safeguards = Object.keys(safeguardLabels) as TransferSafeguard[];

export function TransfersSection({ values, errors, update, options }: SectionProps) {
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
    hint: c.eea ? "EU/EEA" : c.adequacy ? "adequacy decision" : undefined,
  }));

  return (
    <>
      {/* Art. 30(1)(e): "no transfers" is an answer; not answering leaves the item open. The rows stay in
          the form's state when another answer is chosen, so switching back loses nothing typed. */}
      <RadioGroup
        name="hasTransfers"
        legend="Is personal data transferred outside the EU/EEA or to an international organisation?"
        value={values.hasTransfers ? "yes" : values.transfersNone ? "no" : "unrecorded"}
        onChange={(answer) =>
          update(
            answer === "yes"
              ? { hasTransfers: true, transfersNone: false, transfers: rows.length ? rows : [emptyRow()] }
              : { hasTransfers: false, transfersNone: answer === "no" },
          )
        }
        choices={[
          { value: "unrecorded", label: "Not recorded" },
          { value: "no", label: "No transfers" },
          { value: "yes", label: "There are transfers" },
        ]}
        error={errors.transfersNone}
      />
      {values.hasTransfers ? (
        <div>
          <ol className="space-y-3">
            {rows.map((row, index) => {
              const at = (field: string) => `transfers.${index}.${field}`;
              const country = options.countries.find((c) => c.code === row.countryCode);
              return (
                <li key={row.key ?? index} className="rounded-md border border-slate-200 bg-slate-50/60 p-3">
                  <div className="mb-2 flex items-center justify-between gap-2">
                    <h3 className="text-sm font-semibold text-slate-800">Transfer {index + 1}</h3>
                    <RowButton label={`Remove transfer ${index + 1}`} onClick={() => set(rows.filter((_, i) => i !== index))}>
                      Remove
                    </RowButton>
                  </div>
                  <div className="grid gap-3 md:grid-cols-3">
                    <Field
                      id={at("countryCode")}
                      label="Country"
                      hint={country ? (country.eea ? "In the EU/EEA: not a third country." : country.adequacy ? "Has an adequacy decision (Art. 45)." : "No adequacy decision.") : undefined}
                      error={errors[at("countryCode")]}
                    >
                      {(aria) => (
                        <Combobox
                          id={at("countryCode")}
                          value={row.countryCode ?? null}
                          onChange={(countryCode) => change(index, { countryCode })}
                          options={countryOptions}
                          placeholder="Type to search, e.g. United States"
                          {...aria}
                        />
                      )}
                    </Field>
                    <TextField
                      id={at("internationalOrganisation")}
                      label="or international organisation"
                      value={row.internationalOrganisation ?? ""}
                      onChange={(internationalOrganisation) => change(index, { internationalOrganisation })}
                      error={errors[at("internationalOrganisation")]}
                    />
                    <Field id={at("recipientId")} label="Recipient" error={errors[at("recipientId")]}>
                      {(aria) => (
                        <Combobox
                          id={at("recipientId")}
                          value={row.recipientId ?? null}
                          onChange={(recipientId) => change(index, { recipientId })}
                          options={options.recipients.map((r) => ({ value: r.id, label: r.name }))}
                          placeholder="Type to search"
                          {...aria}
                        />
                      )}
                    </Field>
                    <Field id={at("safeguard")} label="Safeguard" error={errors[at("safeguard")]}>
                      {(aria) => (
                        <Select
                          id={at("safeguard")}
                          value={row.safeguard ?? ""}
                          onChange={(event) => change(index, { safeguard: (event.target.value || null) as TransferSafeguard | null })}
                          {...aria}
                        >
                          <option value="">None recorded</option>
                          {safeguards.map((s) => (
                            <option key={s} value={s}>
                              {safeguardLabels[s]}
                            </option>
                          ))}
                        </Select>
                      )}
                    </Field>
                    <TextField
                      id={at("safeguardDetails")}
                      label={row.safeguard === "DEROGATION" ? "Point of Art. 49(1) relied on" : "Details"}
                      required={row.safeguard === "DEROGATION"}
                      maxLength={10_000}
                      value={row.safeguardDetails ?? ""}
                      onChange={(safeguardDetails) => change(index, { safeguardDetails })}
                      error={errors[at("safeguardDetails")]}
                    />
                    <TextField
                      id={at("safeguardReference")}
                      label="Reference"
                      hint="Where the document is; how to obtain a copy."
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
            <span aria-hidden="true">+</span> Add a transfer
          </Button>
        </div>
      ) : null}
    </>
  );
}
