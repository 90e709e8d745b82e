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
import { message, type MessageValues } from "@/lib/i18n/message";
import type { Messages } from "@/messages";
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
  /** What to do: a reference into the catalogue (lib/i18n/message.ts), shown in the reader's language; inEnglish() for the API. */
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
    findings.push({ id: "controller-section", severity: "error", article: "Art. 13(1)(a), 14(1)(a)", message: message("policyEditor.findings.checks.controllerSection"), href: policyHref });
  }
  if (!org.legalName.trim()) {
    findings.push({ id: "controller-name", severity: "error", article: "Art. 13(1)(a), 14(1)(a)", message: message("policyEditor.findings.checks.controllerName"), href: settings("legalName") });
  }
  if (!org.address.trim()) {
    findings.push({ id: "controller-address", severity: "error", article: "Art. 13(1)(a), 14(1)(a)", message: message("policyEditor.findings.checks.controllerAddress"), href: settings("address") });
  }
  if (!contactEmail(org, controller?.type === "controller" ? controller : undefined) && !org.phone.trim()) {
    findings.push({ id: "controller-contact", severity: "error", article: "Art. 13(1)(a), 14(1)(a)", message: message("policyEditor.findings.checks.controllerContact"), href: settings("email") });
  }
  // Art. 37: a DPO is not always required, but where one is designated the contact must be given.
  if (!dpoEmail(org, controller?.type === "controller" ? controller : undefined) && !org.dpoPhone.trim() && !org.dpoAddress.trim()) {
    findings.push({ id: "dpo-contact", severity: "warning", article: "Art. 13(1)(b), 14(1)(b)", message: message("policyEditor.findings.checks.dpoContact"), href: settings("dpoEmail") });
  }
  if (!policy.sections.some((s) => s.type === "rights")) {
    findings.push({ id: "rights-section", severity: "error", article: "Art. 13(2)(b)-(d), 14(2)(c)-(e)", message: message("policyEditor.findings.checks.rightsSection"), href: policyHref });
  }
  if (!org.supervisoryAuthorityName.trim()) {
    findings.push({ id: "supervisory-authority", severity: "warning", article: "Art. 13(2)(d), 77", message: message("policyEditor.findings.checks.supervisoryAuthority"), href: settings("supervisoryAuthorityName") });
  }
  if (!policy.sections.some((s) => s.type === "activity")) {
    findings.push({ id: "no-activities", severity: "warning", article: "Art. 13(1)(c), 14(1)(c)", message: message("policyEditor.findings.checks.noActivities"), href: policyHref });
  }
  return findings;
}

type CheckCode = keyof Messages["policyEditor"]["findings"]["checks"];

function checkActivity(activity: ComposeActivity): Finding[] {
  const findings: Finding[] = [];
  const title = activityTitle(activity);
  const add = (key: string, severity: FindingSeverity, article: string, code: CheckCode, values: MessageValues, anchor: string) =>
    findings.push({ id: `${key}:${activity.id}`, severity, article, message: message(`policyEditor.findings.checks.${code}`, { title, ...values }), href: edit(activity, anchor), activityId: activity.id });

  if (activity.status === "RETIRED") add("retired", "warning", "Art. 13(1)(c)", "retired", {}, "general");
  if (activity.role === "PROCESSOR") add("processor", "warning", "Art. 13, 28", "processor", {}, "responsible");
  if (!activity.publicDescription.trim()) add("public-description", "warning", "Art. 12(1)", "publicDescription", {}, "policy-text");
  if (!activity.publicTitle.trim()) add("public-title", "info", "Art. 12(1)", "publicTitle", {}, "policy-text");

  if (activity.purposes.length === 0) add("purposes", "error", "Art. 13(1)(c), 14(1)(c)", "purposes", {}, "purposes");
  activity.purposes.forEach((purpose, index) => {
    const number = index + 1;
    if (purpose.legalBases.length === 0) add(`legal-basis:${index}`, "error", "Art. 13(1)(c), 14(1)(c)", "legalBasis", { number }, `purposes.${index}.legalBasisIds`);
    // Art. 13(1)(d), 14(2)(b): the legitimate interests pursued, where the basis is 6(1)(f).
    const usesF = purpose.legalBases.some((b) => b.article === "ART6" && b.letter === "f");
    if (usesF && !purpose.legitimateInterests.trim()) {
      add(`legitimate-interests:${index}`, "error", "Art. 13(1)(d), 14(2)(b)", "legitimateInterests", { number }, `purposes.${index}.legitimateInterests`);
    }
  });

  // Art. 13(1)(e), 14(1)(e): a purpose that discloses data has recipients; the policy must name them or say there are none.
  if (activity.recipients.length === 0 && !activity.recipientsNone) {
    const disclosing = activity.purposes.flatMap((purpose, index) => {
      const word = disclosureWordsIn(purpose.description)[0];
      return word ? [`${index + 1} (“${word.word}”)`] : [];
    });
    if (disclosing.length) {
      add("disclosure-recipients", "error", "Art. 13(1)(e), 14(1)(e)", "disclosureRecipients", { count: disclosing.length, purposes: disclosing.join(", ") }, "recipients-picker");
    }
  }
  activity.recipients.forEach((recipient) => {
    if (recipient.role !== "RECIPIENT" || !isRecipientCategory(recipient.name)) return;
    add(`recipient-category:${recipient.id}`, "warning", "Art. 13(1)(e), 14(1)(e)", "recipientCategory", { name: recipient.name }, "recipients-picker");
  });

  // Art. 7(3), 13(2)(c), 14(2)(d): where processing rests on consent, people must be told how to withdraw it.
  const consent =
    activity.purposes.some((purpose) => purpose.legalBases.some(isConsent)) || activity.dataCategories.some((category) => category.art9Condition && isConsent(category.art9Condition));
  if (consent && !activity.consentWithdrawalUrl.trim() && !activity.consentWithdrawalInstructions.trim()) {
    add("consent-withdrawal", "warning", "Art. 7(3), 13(2)(c), 14(2)(d)", "consentWithdrawal", {}, "consentWithdrawalUrl");
  }

  // Art. 35(1), (3): special categories, criminal data and automated decisions call for the DPIA question to be answered.
  if (activity.dpiaRequired === null) {
    // One letter per reason, in this order: the message names them (s: special categories, c: criminal offences, a: automated decisions).
    const reasons = [
      activity.dataCategories.some((category) => category.special) ? "s" : "",
      activity.dataCategories.some((category) => category.criminal) ? "c" : "",
      activity.automatedDecisionMaking ? "a" : "",
    ].join("");
    if (reasons) {
      add("dpia", "warning", "Art. 35(1), (3)", "dpia", { reasons }, "dpiaRequired");
    }
  }

  if (activity.dataCategories.length === 0) add("data-categories", "warning", "Art. 14(1)(d)", "dataCategories", {}, "data");
  activity.dataCategories.forEach((category, index) => {
    const named = { category: category.name };
    // Art. 13(2)(a), 14(2)(a): the period, or the criteria used to determine it.
    const retention = category.retention.trim() || category.defaultRetention.trim();
    const vague = retention ? vagueRetention(retention) : null;
    if (!retention) {
      add(`retention:${index}`, "warning", "Art. 13(2)(a), 14(2)(a)", "retention", named, `dataCategories.${index}.retention`);
    } else if (vague) {
      add(`retention-vague:${index}`, "warning", "Art. 13(2)(a), 14(2)(a)", "retentionVague", { ...named, phrase: vague.phrase }, `dataCategories.${index}.retention`);
    }
    const anchor = `dataCategories.${index}.art9ConditionId`;
    const condition = category.art9Condition;
    if (category.special && (!condition || condition.article === "ART6" || (condition.article === "ART10" && !category.criminal))) {
      // Art. 9(1) prohibits the processing; only a condition of Art. 9(2) (or the national law implementing it) lifts that.
      add(`art9:${index}`, "error", "Art. 9(2), 13(1)(c)", "art9", named, anchor);
    } else if (category.criminal && !category.special && (!condition || condition.article === "ART6" || condition.article === "ART9")) {
      // Art. 10: only under official authority, or where Union or Member State law authorises it.
      add(`art10:${index}`, "error", "Art. 10, 13(1)(c)", "art10", named, anchor);
    }
  });

  activity.transfers.forEach((transfer, index) => {
    if (transfer.country?.eea) return;
    // "unnamed" where neither a country nor an international organisation is recorded (the message says so in words).
    const place = transfer.country?.name ?? (transfer.internationalOrganisation.trim() || "");
    // Several transfers may go to one country: the recipient tells them apart.
    const destination = !place ? "unnamed" : transfer.recipientName ? `${place} (${transfer.recipientName})` : place;
    const anchor = `transfers.${index}.safeguard`;
    // Art. 13(1)(f), 14(1)(f): the adequacy decision or the safeguards, and how to obtain a copy.
    if (!transfer.safeguard && transfer.country?.adequacy) {
      // Several decisions cover only some recipients (e.g. the EU-US Data Privacy Framework), so adequacy is never presumed.
      const note = transfer.country.adequacyNote?.trim() ? ` ${transfer.country.adequacyNote.trim()}` : "";
      add(`transfer-safeguard:${index}`, "warning", "Art. 13(1)(f), 45", "transferSafeguardAdequacy", { destination, note }, anchor);
    } else if (!transfer.safeguard) {
      add(`transfer-safeguard:${index}`, "error", "Art. 13(1)(f), 14(1)(f)", "transferSafeguard", { destination }, anchor);
    } else if (transfer.safeguard === "ADEQUACY" && transfer.country && !transfer.country.adequacy) {
      add(`transfer-adequacy:${index}`, "error", "Art. 45", "transferAdequacy", { destination }, anchor);
    } else if (transfer.safeguard && transfer.safeguard !== "ADEQUACY" && transfer.safeguard !== "DEROGATION" && !transfer.safeguardReference.trim()) {
      add(`transfer-copy:${index}`, "warning", "Art. 13(1)(f), 14(1)(f)", "transferCopy", { destination }, `transfers.${index}.safeguardReference`);
    }
    if (transfer.safeguard === "DEROGATION" && !transfer.safeguardDetails.trim()) {
      add(`transfer-derogation:${index}`, "warning", "Art. 49(1)", "transferDerogation", { destination }, `transfers.${index}.safeguardDetails`);
    }
  });

  // Art. 14(2)(f): the source, and whether it is publicly accessible.
  if (activity.dataSource !== "DATA_SUBJECT" && !activity.dataSourceDescription.trim()) {
    add("source", "error", "Art. 14(2)(f)", "source", {}, "dataSourceDescription");
  }
  // Art. 13(2)(e): only for data collected from the person.
  if (activity.dataSource !== "OTHER") {
    if (activity.provisionRequirement === "NOT_SPECIFIED") {
      add("provision", "warning", "Art. 13(2)(e)", "provision", {}, "provisionRequirement");
    } else if (activity.provisionRequirement !== "VOLUNTARY" && !activity.provisionConsequences.trim()) {
      add("provision-consequences", "warning", "Art. 13(2)(e)", "provisionConsequences", {}, "provisionConsequences");
    }
  }
  // Art. 13(2)(f), 14(2)(g): meaningful information about the logic and the consequences.
  if (activity.automatedDecisionMaking) {
    if (!activity.automatedDecisionLogic.trim()) add("automated-logic", "error", "Art. 13(2)(f), 14(2)(g)", "automatedLogic", {}, "automatedDecisionLogic");
    if (!activity.automatedDecisionConsequences.trim()) add("automated-consequences", "error", "Art. 13(2)(f), 14(2)(g)", "automatedConsequences", {}, "automatedDecisionConsequences");
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
      findings.push({ id: `missing-activity:${spec.activityId}`, severity: "error", article: "Art. 13(1)(c)", message: message("policyEditor.findings.checks.missingActivity"), href: policyHref });
      continue;
    }
    findings.push(...checkActivity(activity));
  }
  return findings.sort((a, b) => order[a.severity] - order[b.severity]);
}
