"use client";

/**
 * (a) who is responsible: the role of the organisation, joint controllers with
 * their arrangement (Art. 26) or the controllers on whose behalf it processes
 * (Art. 30(2)(a)); and (d) the recipients (Art. 30(1)(d)), each with a note.
 */
import type { RecipientKind } from "@prisma/client";
import { processorsWithoutAgreement, type PartyValues } from "@/lib/activities/schema";
import type { RecipientOption } from "@/lib/activities/form-options";
import { processingRoleLabels, recipientKindLabels } from "@/lib/labels";
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
  /** No picker: "none" is the answer. */
  readOnly?: boolean;
}) {
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
            const name = recipient?.name ?? "Unknown entry";
            const noteId = `${field}.${index}.note`;
            const rowError = errors[`${field}.${index}.recipientId`];
            return (
              <li key={row.key ?? row.recipientId} className="grid gap-2 px-3 py-2 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)_auto] sm:items-center">
                <div className="min-w-0">
                  <p className="truncate text-sm font-medium text-slate-900">{name}</p>
                  {recipient ? <Badge>{recipientKindLabels[recipient.kind]}</Badge> : null}
                  <FieldError id={`${field}.${index}.recipientId-error`} message={rowError} />
                </div>
                <div>
                  <label htmlFor={noteId} className="sr-only">
                    Note on {name}
                  </label>
                  <Input
                    id={noteId}
                    value={row.note ?? ""}
                    maxLength={10_000}
                    placeholder="Note: why, or in which case, they receive the data"
                    onChange={(event) => onChange(rows.map((r, i) => (i === index ? { ...r, note: event.target.value } : r)))}
                  />
                </div>
                <RowButton label={`Remove ${name}`} onClick={() => onChange(rows.filter((_, i) => i !== index))}>
                  Remove
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
          placeholder={`Add a ${noun}: type to search…`}
          options={candidates.filter((c) => !chosen.has(c.id)).map((c) => ({ value: c.id, label: c.name, group: recipientKindLabels[c.kind] }))}
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
  const role = values.role ?? "CONTROLLER";
  return (
    <>
      <RadioGroup
        name="role"
        legend="The organisation acts as"
        value={role}
        onChange={(value) => update({ role: value })}
        choices={(["CONTROLLER", "JOINT_CONTROLLER", "PROCESSOR"] as const).map((value) => ({ value, label: processingRoleLabels[value] }))}
        hint="A processor processes on behalf of a controller (Art. 28); its record follows Art. 30(2)."
        error={errors.role}
      />
      {role === "JOINT_CONTROLLER" ? (
        <>
          <PartyList
            field="jointControllers"
            label="Joint controllers (Art. 26)"
            rows={values.jointControllers ?? []}
            onChange={(rows) => update({ jointControllers: rows })}
            candidates={options.recipients.filter((r) => r.kind === "JOINT_CONTROLLER")}
            errors={errors}
            createKind="JOINT_CONTROLLER"
            requestCreate={requestCreate}
            noun="joint controller"
          />
          <TextAreaField
            id="jointControllerArrangement"
            label="Essence of the arrangement"
            hint="Art. 26(2): who fulfils which obligation, in particular towards the data subjects."
            value={values.jointControllerArrangement ?? ""}
            onChange={(value) => update({ jointControllerArrangement: value })}
            error={errors.jointControllerArrangement}
          />
        </>
      ) : null}
      {role === "PROCESSOR" ? (
        <PartyList
          field="clientControllers"
          label="Controllers on whose behalf the organisation processes"
          hint="Art. 30(2)(a): name each controller. Required once the activity is active."
          rows={values.clientControllers ?? []}
          onChange={(rows) => update({ clientControllers: rows })}
          candidates={options.recipients.filter((r) => r.kind === "CLIENT_CONTROLLER" || r.kind === "JOINT_CONTROLLER")}
          errors={errors}
          createKind="CLIENT_CONTROLLER"
          requestCreate={requestCreate}
          noun="controller"
        />
      ) : null}
    </>
  );
}

export function RecipientsSection({ values, errors, update, options, requestCreate }: SectionProps) {
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
        label="Recipients and processors"
        hint="Internal departments, processors, other controllers and authorities that receive the data."
        rows={rows}
        onChange={(next) => update({ recipients: next })}
        candidates={options.recipients.filter((r) => r.kind !== "CLIENT_CONTROLLER")}
        errors={errors}
        createKind="PROCESSOR"
        requestCreate={requestCreate}
        noun="recipient"
        readOnly={none && rows.length === 0}
      />
      {/* Art. 30(1)(d): "no recipients" is an answer; an empty list alone is a gap in the record. */}
      <NoneAnswer
        id="recipientsNone"
        label="This activity has no recipients"
        checked={none}
        onChange={(recipientsNone) => update({ recipientsNone })}
        entries={rows.length}
        error={errors.recipientsNone}
      />
      {missing.length > 0 ? (
        <Callout tone="warning" title="Processing agreement missing">
          {missing.map((r) => r.name).join(", ")} {missing.length === 1 ? "is a processor" : "are processors"} whose data processing agreement is
          recorded as missing (Art. 28(3)). You can save the activity; record the agreement on the recipient.
        </Callout>
      ) : null}
    </>
  );
}
