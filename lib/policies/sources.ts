/**
 * Where each composed statement comes from (StatementSource): the record, the
 * field and the place in the app where the DPO edits it. The hrefs use the ids
 * of the activity form's inputs (the same anchors the checks point at) and of
 * the organisation settings (`org-<field>`); a policy's own fields open its
 * editor. Pure, so the composer stays pure.
 */
import type { ComposeActivity, ComposeInput } from "./compose-input";
import type { StatementSource } from "./types";

type Activity = Pick<ComposeActivity, "id">;

const edit = (activity: Activity, anchor: string) => `/activities/${activity.id}/edit#${anchor}`;

/** A field of the activity itself; `anchor` is the form input's id when it is not the field's name. */
export function activitySource(activity: Activity, field: string, anchor = field): StatementSource {
  return { entity: "activity", id: activity.id, field, href: edit(activity, anchor) };
}

export function purposeSource(activity: ComposeActivity, index: number, field: "description" | "legalBases" | "legitimateInterests" | "directMarketing"): StatementSource {
  const anchor = field === "legalBases" ? "legalBasisIds" : field;
  return { entity: "purpose", id: activity.purposes[index].id, field, href: edit(activity, `purposes.${index}.${anchor}`) };
}

export function dataSubjectSource(activity: ComposeActivity, index: number): StatementSource {
  return { entity: "dataSubjectCategory", id: activity.dataSubjectIds[index] ?? "", field: "name", href: edit(activity, "dataSubjectCategoryIds") };
}

/** The catalogue entry's name, or the activity's own row (details, retention, Art. 9 condition). */
export function dataCategorySource(activity: ComposeActivity, index: number, field: "name" | "defaultRetention" | "details" | "retention" | "art9Condition"): StatementSource {
  const category = activity.dataCategories[index];
  if (field === "name" || field === "defaultRetention") {
    return { entity: "dataCategory", id: category.dataCategoryId, field, href: edit(activity, `dataCategories.${index}.${field === "name" ? "dataCategoryId" : "retention"}`) };
  }
  const anchor = field === "art9Condition" ? "art9ConditionId" : field;
  return { entity: "activityDataCategory", id: category.id, field, href: edit(activity, `dataCategories.${index}.${anchor}`) };
}

/** A recipient's name (the shared record) or its note (the activity's link to it). */
export function recipientSource(activity: ComposeActivity, recipient: ComposeActivity["recipients"][number], field: "name" | "note"): StatementSource {
  return field === "name"
    ? { entity: "recipient", id: recipient.id, field, href: edit(activity, "recipients") }
    : { entity: "activityRecipient", id: `${activity.id}:${recipient.id}`, field, href: edit(activity, "recipients") };
}

export function transferSource(
  activity: ComposeActivity,
  transfer: ComposeActivity["transfers"][number],
  field: "countryCode" | "internationalOrganisation" | "recipientName" | "safeguard" | "safeguardDetails" | "safeguardReference",
): StatementSource {
  const index = activity.transfers.indexOf(transfer);
  const anchor = field === "recipientName" ? "recipientId" : field;
  return { entity: "transfer", id: transfer.id, field, href: edit(activity, `transfers.${index}.${anchor}`) };
}

export function organisationSource(input: Pick<ComposeInput, "organisation">, field: string): StatementSource {
  return { entity: "organisation", id: input.organisation.id, field, href: `/settings#org-${field}` };
}

/** A field of one of the policy's own sections (`sections.<i>` is the section itself). */
export function policySource(input: Pick<ComposeInput, "policy">, index: number, field?: string): StatementSource {
  const name = field ? `sections.${index}.${field}` : `sections.${index}`;
  const id = input.policy.id ?? "";
  return { entity: "policy", id, field: name, href: `${id ? `/policies/${id}` : ""}#${name}` };
}
