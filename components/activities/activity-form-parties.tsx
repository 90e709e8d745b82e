"use client";

/**
 * (a) who is responsible: the role of the organisation, joint controllers with
 * their arrangement (Art. 26) or the controllers on whose behalf it processes
 * (Art. 30(2)(a)); and (d) the recipients (Art. 30(1)(d)), each with a note.
 */
import type { RecipientKind } from "@prisma/client";
import { useTranslations } from "next-intl";
import { processorsWithoutAgreement, type PartyValues } from "@/lib/activities/schema";
import type { RecipientOption } from "@/lib/activities/form-options";
import { Badge } from "@/components/ui/badge";
import { Callout } from "@/components/ui/callout";
import { Combobox } from "@/components/ui/combobox";
import { Input } from "@/components/ui/input";
import { FieldError, newKey, NoneAnswer, RadioGroup, RowButton, TextAreaField, type QuickCreateRequest, type SectionProps } from "./activity-form-fields";

function PartyList({
  field,
  label,
  hint,
  rows,
  onChange,
  candidates,
  errors,
  createKind,
  requestCreate,
  noun,
  pickerPlaceholder,
  readOnly = false,
}: {
  field: "jointControllers" | "clientControllers" | "recipients";
  label: string;
  hint?: string;
  rows: PartyValues[];
  onChange: (rows: PartyValues[]) => void;
  candidates: RecipientOption[];
  errors: SectionProps["errors"];
  createKind: RecipientKind;
  requestCreate: QuickCreateRequest;
  noun: string;
  pickerPlaceholder: string;
  /** No picker: "none" is the answer. */
  readOnly?: boolean;
}) {
  const t = useTranslations("activityForm");
  const tl = useTranslations("labels");
  const chosen = new Set(rows.map((row) => row.recipientId));
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const add = (recipientId: string | null) => {
    if (recipientId && !chosen.has(recipientId)) onChange([...rows, { key: newKey(), recipientId, note: "" }]);
  };
  const pickerId = `${field}-picker`;
  const groupError = errors[field];
  return (
    <div>
      <label htmlFor={pickerId} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint ? <p className="mt-0.5 text-xs text-slate-500">{hint}</p> : null}
      {rows.length > 0 ? (
        <ul className="mt-2 divide-y divide-slate-100 rounded-md border border-slate-200">
          {rows.map((row, index) => {
            const recipient = byId.get(row.recipientId);
            const name = recipient?.name ?? t("parties.unknown");
            const noteId = `${field}.${index}.note`;
            const rowError = errors[`${field}.${index}.recipientId`];
            return (
              <li key={row.key ?? row.recipientId} className="grid gap-2 px-3 py-2 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)_auto] sm:items-center">
                <div className="min-w-0">
                  <p className="truncate text-sm font-medium text-slate-900">{name}</p>
                  {recipient ? <Badge>{tl(`recipientKind.${recipient.kind}`)}</Badge> : null}
                  <FieldError id={`${field}.${index}.recipientId-error`} message={rowError} />
                </div>
                <div>
                  <label htmlFor={noteId} className="sr-only">
                    {t("parties.noteLabel", { name })}
                  </label>
                  <Input
                    id={noteId}
                    value={row.note ?? ""}
                    maxLength={10_000}
                    placeholder={t("parties.notePlaceholder")}
                    onChange={(event) => onChange(rows.map((r, i) => (i === index ? { ...r, note: event.target.value } : r)))}
                  />
                </div>
                <RowButton label={t("parties.remove", { name })} onClick={() => onChange(rows.filter((_, i) => i !== index))}>
                  {t("rows.remove")}
                </RowButton>
              </li>
            );
          })}
        </ul>
      ) : null}
      <div className="mt-2 max-w-md" hidden={readOnly}>
        <Combobox
          id={pickerId}
          value={null}
          onChange={add}
          placeholder={pickerPlaceholder}
          options={candidates.filter((c) => !chosen.has(c.id)).map((c) => ({ value: c.id, label: c.name, group: tl(`recipientKind.${c.kind}`) }))}
          createNoun={noun}
          onCreate={(text) => requestCreate("recipient", text, (id) => add(id), { kind: createKind })}
          aria-describedby={groupError ? `${field}-error` : undefined}
          aria-invalid={groupError ? true : undefined}
        />
      </div>
      <FieldError id={`${field}-error`} message={groupError} />
    </div>
  );
}

export function ResponsibleSection({ values, errors, update, options, requestCreate }: SectionProps) {
  const t = useTranslations("activityForm.parties");
  const tl = useTranslations("labels");
  const role = values.role ?? "CONTROLLER";
  return (
    <>
      <RadioGroup
        name="role"
        legend={t("roleLegend")}
        value={role}
        onChange={(value) => update({ role: value })}
        choices={(["CONTROLLER", "JOINT_CONTROLLER", "PROCESSOR"] as const).map((value) => ({ value, label: tl(`processingRole.${value}`) }))}
        hint={t("roleHint")}
        error={errors.role}
      />
      {role === "JOINT_CONTROLLER" ? (
        <>
          <PartyList
            field="jointControllers"
            label={t("jointControllers")}
            rows={values.jointControllers ?? []}
            onChange={(rows) => update({ jointControllers: rows })}
            candidates={options.recipients.filter((r) => r.kind === "JOINT_CONTROLLER")}
            errors={errors}
            createKind="JOINT_CONTROLLER"
            requestCreate={requestCreate}
            noun={t("jointControllerNoun")}
            pickerPlaceholder={t("jointControllersPicker")}
          />
          <TextAreaField
            id="jointControllerArrangement"
            label={t("arrangement")}
            hint={t("arrangementHint")}
            value={values.jointControllerArrangement ?? ""}
            onChange={(value) => update({ jointControllerArrangement: value })}
            error={errors.jointControllerArrangement}
          />
        </>
      ) : null}
      {role === "PROCESSOR" ? (
        <PartyList
          field="clientControllers"
          label={t("clientControllers")}
          hint={t("clientControllersHint")}
          rows={values.clientControllers ?? []}
          onChange={(rows) => update({ clientControllers: rows })}
          candidates={options.recipients.filter((r) => r.kind === "CLIENT_CONTROLLER" || r.kind === "JOINT_CONTROLLER")}
          errors={errors}
          createKind="CLIENT_CONTROLLER"
          requestCreate={requestCreate}
          noun={t("clientControllerNoun")}
          pickerPlaceholder={t("clientControllersPicker")}
        />
      ) : null}
    </>
  );
}

export function RecipientsSection({ values, errors, update, options, requestCreate }: SectionProps) {
  const t = useTranslations("activityForm.parties");
  const rows = values.recipients ?? [];
  const none = !!values.recipientsNone;
  const missing = processorsWithoutAgreement(
    rows.map((r) => r.recipientId),
    options.recipients,
  );
  return (
    <>
      <PartyList
        field="recipients"
        label={t("recipients")}
        hint={t("recipientsHint")}
        rows={rows}
        onChange={(next) => update({ recipients: next })}
        candidates={options.recipients.filter((r) => r.kind !== "CLIENT_CONTROLLER")}
        errors={errors}
        createKind="PROCESSOR"
        requestCreate={requestCreate}
        noun={t("recipientNoun")}
        pickerPlaceholder={t("recipientsPicker")}
        readOnly={none && rows.length === 0}
      />
      {/* Art. 30(1)(d): "no recipients" is an answer; an empty list alone is a gap in the record. */}
      <NoneAnswer
        id="recipientsNone"
        label={t("recipientsNone")}
        checked={none}
        onChange={(recipientsNone) => update({ recipientsNone })}
        entries={rows.length}
        error={errors.recipientsNone}
      />
      {missing.length > 0 ? (
        <Callout tone="warning" title={t("agreementMissingTitle")}>
          {t("agreementMissing", { names: missing.map((r) => r.name).join(", "), count: missing.length })}
        </Callout>
      ) : null}
    </>
  );
}
