/**
 * The Art. 13/14 check of a policy draft: one finding per item of the law's
 * information duties that is missing or inconsistent in the records the
 * policy draws on, each citing its article, saying what to do and linking to
 * the field that fixes it.
 *
 * Severity decides what publishing does (publish-gate.ts):
 * - error: the policy would state something false or leave out what the law
 *   requires without exception. Publishing is refused, for every role.
 * - warning: something is missing or weak that may, on reflection, be right.
 *   Publishing needs the publisher to acknowledge each warning.
 * - info: a note; never blocks.
 */
import type { ComposeActivity, ComposeInput } from "./compose-input";
import { activityTitle, contactEmail, dpoEmail } from "./compose";
import { disclosureWordsIn } from "./disclosure-words";
import { isRecipientCategory } from "./recipient-categories";
import { vagueRetention } from "./retention-phrases";

export type FindingSeverity = "error" | "warning" | "info";

export type Finding = {
  /** Stable per item and record, e.g. "legitimate-interests:<activityId>:1". */
  id: string;
  severity: FindingSeverity;
  /** The provision, e.g. "Art. 13(1)(d), 14(2)(b)". */
  article: string;
  message: string;
  /** Where to fix it: a field of the organisation profile or of an activity. */
  href: string;
  /** The activity the finding is about, for grouping. */
  activityId?: string;
};

const settings = (field: string) => `/settings#org-${field}`;
const edit = (activity: ComposeActivity, anchor: string) => `/activities/${activity.id}/edit#${anchor}`;

function checkOrganisation({ organisation: org, policy }: ComposeInput, policyHref: string): Finding[] {
  const findings: Finding[] = [];
  const controller = policy.sections.find((s) => s.type === "controller");
  if (!controller) {
    findings.push({ id: "controller-section", severity: "error", article: "Art. 13(1)(a), 14(1)(a)", message: "Add the “Controller and contact” section: the policy must say who the controller is and how to reach them.", href: policyHref });
  }
  if (!org.legalName.trim()) {
    findings.push({ id: "controller-name", severity: "error", article: "Art. 13(1)(a), 14(1)(a)", message: "Record the controller's name in the organisation profile: the policy must say who is responsible.", href: settings("legalName") });
  }
  if (!org.address.trim()) {
    findings.push({ id: "controller-address", severity: "error", article: "Art. 13(1)(a), 14(1)(a)", message: "Record the controller's postal address in the organisation profile.", href: settings("address") });
  }
  if (!contactEmail(org, controller?.type === "controller" ? controller : undefined) && !org.phone.trim()) {
    findings.push({ id: "controller-contact", severity: "error", article: "Art. 13(1)(a), 14(1)(a)", message: "Record an e-mail address or phone number where people can reach the controller.", href: settings("email") });
  }
  // Art. 37: a DPO is not always required, but where one is designated the contact must be given.
  if (!dpoEmail(org, controller?.type === "controller" ? controller : undefined) && !org.dpoPhone.trim() && !org.dpoAddress.trim()) {
    findings.push({ id: "dpo-contact", severity: "warning", article: "Art. 13(1)(b), 14(1)(b)", message: "No contact details of the data protection officer are recorded. If you have designated a DPO, record their contact details.", href: settings("dpoEmail") });
  }
  if (!policy.sections.some((s) => s.type === "rights")) {
    findings.push({ id: "rights-section", severity: "error", article: "Art. 13(2)(b)-(d), 14(2)(c)-(e)", message: "Add the “Your rights” section: people must be told their rights, including the right to complain.", href: policyHref });
  }
  if (!org.supervisoryAuthorityName.trim()) {
    findings.push({ id: "supervisory-authority", severity: "warning", article: "Art. 13(2)(d), 77", message: "Name the supervisory authority competent for you, so the right to complain can point to it.", href: settings("supervisoryAuthorityName") });
  }
  if (!policy.sections.some((s) => s.type === "activity")) {
    findings.push({ id: "no-activities", severity: "warning", article: "Art. 13(1)(c), 14(1)(c)", message: "The policy describes no processing activity. Add the activities this audience is affected by.", href: policyHref });
  }
  return findings;
}

function checkActivity(activity: ComposeActivity): Finding[] {
  const findings: Finding[] = [];
  const title = `“${activityTitle(activity)}”`;
  const add = (key: string, severity: FindingSeverity, article: string, message: string, anchor: string) =>
    findings.push({ id: `${key}:${activity.id}`, severity, article, message, href: edit(activity, anchor), activityId: activity.id });

  if (activity.status === "RETIRED") add("retired", "warning", "Art. 13(1)(c)", `${title} is retired. Remove it from the policy, or make it active again if the processing continues.`, "general");
  if (activity.role === "PROCESSOR") add("processor", "warning", "Art. 13, 28", `In ${title} you act as a processor: the controller informs the people concerned, not you. Remove it from this policy.`, "responsible");
  if (!activity.publicDescription.trim()) add("public-description", "warning", "Art. 12(1)", `${title} has no description for privacy policies. Write one in plain language.`, "policy-text");
  if (!activity.publicTitle.trim()) add("public-title", "info", "Art. 12(1)", `${title} has no public title; the policy uses its internal name.`, "policy-text");

  if (activity.purposes.length === 0) add("purposes", "error", "Art. 13(1)(c), 14(1)(c)", `Record the purposes of ${title}, each with its legal basis.`, "purposes");
  activity.purposes.forEach((purpose, index) => {
    const which = `Purpose ${index + 1} of ${title}`;
    if (purpose.legalBases.length === 0) add(`legal-basis:${index}`, "error", "Art. 13(1)(c), 14(1)(c)", `${which} has no legal basis. Choose one.`, `purposes.${index}.legalBasisIds`);
    // Art. 13(1)(d), 14(2)(b): the legitimate interests pursued, where the basis is 6(1)(f).
    const usesF = purpose.legalBases.some((b) => b.article === "ART6" && b.letter === "f");
    if (usesF && !purpose.legitimateInterests.trim()) {
      add(`legitimate-interests:${index}`, "error", "Art. 13(1)(d), 14(2)(b)", `${which} relies on Art. 6(1)(f) GDPR. State the legitimate interests pursued.`, `purposes.${index}.legitimateInterests`);
    }
  });

  // Art. 13(1)(e), 14(1)(e): a purpose that discloses data has recipients; the policy must name them or say there are none.
  if (activity.recipients.length === 0 && !activity.recipientsNone) {
    const disclosing = activity.purposes.flatMap((purpose, index) => {
      const word = disclosureWordsIn(purpose.description)[0];
      return word ? [`purpose ${index + 1} (“${word.word}”)`] : [];
    });
    if (disclosing.length) {
      const says = `${disclosing.join(", ")} ${disclosing.length === 1 ? "says" : "say"}`;
      add("disclosure-recipients", "error", "Art. 13(1)(e), 14(1)(e)", `In ${title}, ${says} that personal data goes to others, but no recipients are recorded. Add the recipients, or record that there are none.`, "recipients-picker");
    }
  }
  activity.recipients.forEach((recipient) => {
    if (recipient.role !== "RECIPIENT" || !isRecipientCategory(recipient.name)) return;
    add(`recipient-category:${recipient.id}`, "warning", "Art. 13(1)(e), 14(1)(e)", `“${recipient.name}” in ${title} is a category of recipients, not a recipient. Name the recipients, or keep the category only if you can justify it and make it as specific as you can.`, "recipients-picker");
  });

  // Art. 7(3), 13(2)(c), 14(2)(d): where processing rests on consent, people must be told how to withdraw it.
  const consent =
    activity.purposes.some((purpose) => purpose.legalBases.some(isConsent)) || activity.dataCategories.some((category) => category.art9Condition && isConsent(category.art9Condition));
  if (consent && !activity.consentWithdrawalUrl.trim() && !activity.consentWithdrawalInstructions.trim()) {
    add("consent-withdrawal", "warning", "Art. 7(3), 13(2)(c), 14(2)(d)", `${title} relies on consent, but no way to withdraw it is recorded. Give the address or the instructions for withdrawing consent.`, "consentWithdrawalUrl");
  }

  // Art. 35(1), (3): special categories, criminal data and automated decisions call for the DPIA question to be answered.
  if (activity.dpiaRequired === null) {
    const reasons = [
      activity.dataCategories.some((category) => category.special) ? "special categories of data" : "",
      activity.dataCategories.some((category) => category.criminal) ? "data on criminal offences" : "",
      activity.automatedDecisionMaking ? "automated decisions with legal or similarly significant effects" : "",
    ].filter(Boolean);
    if (reasons.length) {
      add("dpia", "warning", "Art. 35(1), (3)", `${title} involves ${reasons.join(" and ")}, and whether a data protection impact assessment is required is not decided. Record the decision.`, "dpiaRequired");
    }
  }

  if (activity.dataCategories.length === 0) add("data-categories", "warning", "Art. 14(1)(d)", `Record the categories of personal data ${title} processes.`, "data");
  activity.dataCategories.forEach((category, index) => {
    const name = `“${category.name}” in ${title}`;
    // Art. 13(2)(a), 14(2)(a): the period, or the criteria used to determine it.
    const retention = category.retention.trim() || category.defaultRetention.trim();
    const vague = retention ? vagueRetention(retention) : null;
    if (!retention) {
      add(`retention:${index}`, "warning", "Art. 13(2)(a), 14(2)(a)", `No retention period for ${name}. Record the period or the criteria for it.`, `dataCategories.${index}.retention`);
    } else if (vague) {
      add(`retention-vague:${index}`, "warning", "Art. 13(2)(a), 14(2)(a)", `The retention of ${name} (“${vague.phrase}”) states neither a period nor the criteria for it. Say how long, or what ends the storage (e.g. “until you unsubscribe”, “10 years under § 147 AO”).`, `dataCategories.${index}.retention`);
    }
    const anchor = `dataCategories.${index}.art9ConditionId`;
    const condition = category.art9Condition;
    if (category.special && (!condition || condition.article === "ART6" || (condition.article === "ART10" && !category.criminal))) {
      // Art. 9(1) prohibits the processing; only a condition of Art. 9(2) (or the national law implementing it) lifts that.
      add(`art9:${index}`, "error", "Art. 9(2), 13(1)(c)", `${name} is a special category of data. Record the condition of Art. 9(2) that permits processing it.`, anchor);
    } else if (category.criminal && !category.special && (!condition || condition.article === "ART6" || condition.article === "ART9")) {
      // Art. 10: only under official authority, or where Union or Member State law authorises it.
      add(`art10:${index}`, "error", "Art. 10, 13(1)(c)", `${name} is data on criminal convictions and offences. Record the basis under Art. 10 (official authority, or the law that authorises it).`, anchor);
    }
  });

  activity.transfers.forEach((transfer, index) => {
    if (transfer.country?.eea) return;
    const place = transfer.country?.name ?? (transfer.internationalOrganisation.trim() || "an unnamed destination");
    // Several transfers may go to one country: the recipient tells them apart.
    const destination = transfer.recipientName ? `${place} (${transfer.recipientName})` : place;
    const anchor = `transfers.${index}.safeguard`;
    // Art. 13(1)(f), 14(1)(f): the adequacy decision or the safeguards, and how to obtain a copy.
    if (!transfer.safeguard && transfer.country?.adequacy) {
      // Several decisions cover only some recipients (e.g. the EU-US Data Privacy Framework), so adequacy is never presumed.
      const note = transfer.country.adequacyNote?.trim() ? ` ${transfer.country.adequacyNote.trim()}` : "";
      add(`transfer-safeguard:${index}`, "warning", "Art. 13(1)(f), 45", `No safeguard is recorded for the transfer to ${destination} in ${title}. If the adequacy decision covers this recipient, record it as the safeguard; otherwise record the Art. 46 safeguard.${note}`, anchor);
    } else if (!transfer.safeguard) {
      add(`transfer-safeguard:${index}`, "error", "Art. 13(1)(f), 14(1)(f)", `The transfer to ${destination} in ${title} has no safeguard and no adequacy decision. Record the safeguard (e.g. standard contractual clauses).`, anchor);
    } else if (transfer.safeguard === "ADEQUACY" && transfer.country && !transfer.country.adequacy) {
      add(`transfer-adequacy:${index}`, "error", "Art. 45", `An adequacy decision is named for ${destination} in ${title}, but none exists for that country. Record the actual safeguard.`, anchor);
    } else if (transfer.safeguard && transfer.safeguard !== "ADEQUACY" && transfer.safeguard !== "DEROGATION" && !transfer.safeguardReference.trim()) {
      add(`transfer-copy:${index}`, "warning", "Art. 13(1)(f), 14(1)(f)", `Say how people can obtain a copy of the safeguard for the transfer to ${destination} in ${title}.`, `transfers.${index}.safeguardReference`);
    }
    if (transfer.safeguard === "DEROGATION" && !transfer.safeguardDetails.trim()) {
      add(`transfer-derogation:${index}`, "warning", "Art. 49(1)", `Name the point of Art. 49(1) relied on for the transfer to ${destination} in ${title}.`, `transfers.${index}.safeguardDetails`);
    }
  });

  // Art. 14(2)(f): the source, and whether it is publicly accessible.
  if (activity.dataSource !== "DATA_SUBJECT" && !activity.dataSourceDescription.trim()) {
    add("source", "error", "Art. 14(2)(f)", `${title} uses data obtained from other sources. Describe the source.`, "dataSourceDescription");
  }
  // Art. 13(2)(e): only for data collected from the person.
  if (activity.dataSource !== "OTHER") {
    if (activity.provisionRequirement === "NOT_SPECIFIED") {
      add("provision", "warning", "Art. 13(2)(e)", `State whether people must provide the data for ${title}, and what happens if they do not.`, "provisionRequirement");
    } else if (activity.provisionRequirement !== "VOLUNTARY" && !activity.provisionConsequences.trim()) {
      add("provision-consequences", "warning", "Art. 13(2)(e)", `Providing the data for ${title} is required. Describe the consequences of not providing it.`, "provisionConsequences");
    }
  }
  // Art. 13(2)(f), 14(2)(g): meaningful information about the logic and the consequences.
  if (activity.automatedDecisionMaking) {
    if (!activity.automatedDecisionLogic.trim()) add("automated-logic", "error", "Art. 13(2)(f), 14(2)(g)", `${title} makes automated decisions. Explain the logic involved.`, "automatedDecisionLogic");
    if (!activity.automatedDecisionConsequences.trim()) add("automated-consequences", "error", "Art. 13(2)(f), 14(2)(g)", `${title} makes automated decisions. Explain their significance and consequences for the person.`, "automatedDecisionConsequences");
  }
  return findings;
}

/** Consent (Art. 6(1)(a)) and explicit consent (Art. 9(2)(a)). */
const isConsent = (basis: { article: string; letter: string }) => (basis.article === "ART6" || basis.article === "ART9") && basis.letter === "a";

const order: Record<FindingSeverity, number> = { error: 0, warning: 1, info: 2 };

/** Every missing or inconsistent Art. 13/14 item of the draft, most serious first. `policyHref` is where the draft is edited. */
export function checkPolicy(input: ComposeInput, policyHref: string): Finding[] {
  const findings = checkOrganisation(input, policyHref);
  const seen = new Set<string>();
  for (const spec of input.policy.sections) {
    if (spec.type !== "activity" || seen.has(spec.activityId)) continue;
    seen.add(spec.activityId);
    const activity = input.activities[spec.activityId];
    if (!activity) {
      findings.push({ id: `missing-activity:${spec.activityId}`, severity: "error", article: "Art. 13(1)(c)", message: "An activity in this policy no longer exists. Remove its section.", href: policyHref });
      continue;
    }
    findings.push(...checkActivity(activity));
  }
  return findings.sort((a, b) => order[a.severity] - order[b.severity]);
}
