/**
 * The section of one processing activity: what it states, each statement with
 * the record fields it comes from (sources.ts). A statement is made only from
 * a recorded answer: an empty field produces no sentence (the checks report
 * it), never a negative claim. "We do not disclose…" and "We do not
 * transfer…" are written only where "none" was recorded as the answer.
 */
import { isWebAddress } from "@/lib/forms/field-rules";
import type { ComposeActivity } from "./compose-input";
import { textWithLinkHtml } from "./html";
import { activitySource, dataCategorySource, dataSubjectSource, purposeSource, recipientSource, transferSource } from "./sources";
import type { PolicyBlock, PolicyFacts, PolicyLanguage, StatementSource } from "./types";
import { citeLegalBasis, type Wording } from "./wording";

export const sentence = (text: string) => (/[.!?:)]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

type Category = ComposeActivity["dataCategories"][number];
type Transfer = ComposeActivity["transfers"][number];

export function activityTitle(activity: Pick<ComposeActivity, "publicTitle" | "name">): string {
  return activity.publicTitle.trim() || activity.name;
}

function retentionOf(category: Category): string {
  return category.retention.trim() || category.defaultRetention.trim();
}

function retentionSource(activity: ComposeActivity, index: number): StatementSource {
  return dataCategorySource(activity, index, activity.dataCategories[index].retention.trim() ? "retention" : "defaultRetention");
}

/** The destination of a transfer as people read it. */
function destinationOf(transfer: Transfer): string {
  return transfer.country?.name ?? transfer.internationalOrganisation.trim();
}

/** Chapter V applies only to destinations outside the EU/EEA. */
function thirdCountryTransfers(activity: ComposeActivity): Transfer[] {
  return activity.transfers.filter((transfer) => !transfer.country?.eea && destinationOf(transfer));
}

/** Art. 6(1)/13(1)(c): a purpose is stated only with its legal basis; one without any is an error of the checks, not a claim. */
function statedPurposes(activity: ComposeActivity) {
  return activity.purposes.flatMap((purpose, index) => (purpose.description.trim() && purpose.legalBases.length ? [{ purpose, index }] : []));
}

const isConsent = (basis: { article: string; letter: string }) => (basis.article === "ART6" || basis.article === "ART9") && basis.letter === "a";

/** The records that make consent the basis of some processing in the activity (Art. 6(1)(a), 9(2)(a)). */
function consentSources(activity: ComposeActivity): StatementSource[] {
  return [
    ...activity.purposes.flatMap((p, index) => (p.legalBases.some(isConsent) ? [purposeSource(activity, index, "legalBases")] : [])),
    ...activity.dataCategories.flatMap((c, index) => (c.art9Condition && isConsent(c.art9Condition) ? [dataCategorySource(activity, index, "art9Condition")] : [])),
  ];
}

type Item = { text: string; sources: StatementSource[] };

function list(field: NonNullable<PolicyBlock["field"]>, title: string, items: Item[]): PolicyBlock {
  return { kind: "list", field, title, items: items.map((item) => item.text), sources: items.map((item) => item.sources) };
}

export function activityBlocks(activity: ComposeActivity, w: Wording, language: PolicyLanguage): PolicyBlock[] {
  const a = w.activity;
  const blocks: PolicyBlock[] = [];
  const own = (field: string, anchor?: string) => activitySource(activity, field, anchor);

  if (activity.publicDescription.trim()) {
    blocks.push({ kind: "paragraph", field: "description", text: activity.publicDescription.trim(), sources: [own("publicDescription")] });
  }

  const subjects = activity.dataSubjects.flatMap((name, index) => (name.trim() ? [{ name: name.trim(), index }] : []));
  if (subjects.length) {
    blocks.push({
      kind: "paragraph",
      field: "dataSubjects",
      text: a.dataSubjects(subjects.map((s) => s.name).join(", ")),
      sources: subjects.map((s) => dataSubjectSource(activity, s.index)),
    });
  }

  // Art. 14(1)(d): the categories of personal data.
  const named = activity.dataCategories.flatMap((c, index) => (c.name.trim() ? [{ c, index }] : []));
  if (named.length) {
    blocks.push(
      list(
        "dataCategories",
        a.dataConcerned,
        named.map(({ c, index }) => {
          const details = c.details.trim();
          const sources = [dataCategorySource(activity, index, "name")];
          if (details) sources.push(dataCategorySource(activity, index, "details"));
          return { text: details ? `${c.name}: ${details}` : c.name, sources };
        }),
      ),
    );
  }

  // Art. 13(1)(c)/(d): each purpose with its legal basis, and the legitimate interests for 6(1)(f).
  const purposes = statedPurposes(activity);
  if (purposes.length) {
    blocks.push(
      list(
        "purposes",
        a.purposes,
        purposes.map(({ purpose, index }) => {
          const description = purpose.description.trim().replace(/[.]$/, "");
          const citations = purpose.legalBases.map((basis) => citeLegalBasis(basis, language)).join(", ");
          const sources = [purposeSource(activity, index, "description"), purposeSource(activity, index, "legalBases")];
          let text = a.purpose(description, citations);
          const needsInterests = purpose.legalBases.some((basis) => basis.article === "ART6" && basis.letter === "f");
          if (needsInterests && purpose.legitimateInterests.trim()) {
            text = `${text} ${sentence(a.legitimateInterests(purpose.legitimateInterests.trim()))}`;
            sources.push(purposeSource(activity, index, "legitimateInterests"));
          }
          return { text, sources };
        }),
      ),
    );
  }

  // Art. 7(3), 13(2)(c): how to withdraw consent, where consent is a basis and a way to withdraw is recorded.
  const consent = consentSources(activity);
  const withdrawalUrl = activity.consentWithdrawalUrl.trim();
  const withdrawalInstructions = activity.consentWithdrawalInstructions.trim();
  const linkable = isWebAddress(withdrawalUrl);
  if (consent.length && (linkable || withdrawalInstructions)) {
    const sources = [...consent];
    if (linkable) sources.push(own("consentWithdrawalUrl"));
    if (withdrawalInstructions) sources.push(own("consentWithdrawalInstructions"));
    blocks.push({
      kind: "html",
      field: "withdrawal",
      html: textWithLinkHtml([
        ...(linkable ? [{ text: a.withdrawalLink, href: withdrawalUrl }] : []),
        ...(withdrawalInstructions ? [{ text: sentence(a.withdrawalInstructions(withdrawalInstructions)) }] : []),
      ]),
      sources,
    });
  }

  // Art. 13(1)(e): recipients by name, with their kind; Art. 26(2): joint controllers. "None" only as the recorded answer.
  const parties = activity.recipients.filter((r) => r.role !== "CLIENT_CONTROLLER" && r.name.trim());
  if (parties.length) {
    blocks.push(
      list(
        "recipients",
        a.recipients,
        parties.map((r) => {
          const note = r.note.trim();
          const sources = [recipientSource(activity, r, "name")];
          if (note) sources.push(recipientSource(activity, r, "note"));
          return { text: r.role === "JOINT_CONTROLLER" ? a.jointController(r.name, note) : a.recipient(r.name, w.recipientKinds[r.kind], note), sources };
        }),
      ),
    );
  } else if (activity.recipientsNone) {
    blocks.push({ kind: "paragraph", field: "recipients", text: a.noRecipients, sources: [own("recipientsNone")] });
  }

  // Art. 13(1)(f): the destination, the safeguard and where to obtain a copy, each only as recorded.
  const transfers = thirdCountryTransfers(activity);
  if (transfers.length) {
    blocks.push(
      list(
        "transfers",
        a.transfers,
        transfers.map((t) => {
          const recipientName = t.recipientName?.trim() ?? "";
          const sources = [transferSource(activity, t, t.country ? "countryCode" : "internationalOrganisation")];
          if (recipientName) sources.push(transferSource(activity, t, "recipientName"));
          const parts = [a.transferTo(destinationOf(t), recipientName)];
          // An adequacy decision is stated only when recorded as the safeguard: several cover only some recipients in the country.
          if (t.safeguard) {
            parts.push(a.safeguard(w.safeguards[t.safeguard], t.safeguardDetails.trim()));
            sources.push(transferSource(activity, t, "safeguard"));
            if (t.safeguardDetails.trim()) sources.push(transferSource(activity, t, "safeguardDetails"));
          }
          if (t.safeguardReference.trim()) {
            parts.push(sentence(a.copy(t.safeguardReference.trim())));
            sources.push(transferSource(activity, t, "safeguardReference"));
          }
          return { text: parts.join(" "), sources };
        }),
      ),
    );
  } else if (activity.transfersNone) {
    blocks.push({ kind: "paragraph", field: "transfers", text: a.noTransfers, sources: [own("transfersNone", "hasTransfers")] });
  }

  // Art. 13(2)(a): the period, or the criteria, for each category that has one.
  const kept = named.filter(({ c }) => retentionOf(c));
  if (kept.length) {
    blocks.push({
      kind: "definitions",
      field: "retention",
      title: a.retention,
      items: kept.map(({ c, index }) => ({ term: c.name, description: retentionOf(c), sources: [dataCategorySource(activity, index, "name"), retentionSource(activity, index)] })),
    });
  }

  // Art. 14(2)(f): the source, where the data does not come from the person (the recorded answer, and its description).
  if (activity.dataSource !== "DATA_SUBJECT") {
    const description = activity.dataSourceDescription.trim();
    const sources = [own("dataSource"), ...(description ? [own("dataSourceDescription")] : [])];
    let text = description ? sentence(a.source(description)) : a.sourceElsewhere;
    if (activity.publicSources) {
      text = `${text} ${a.publicSources}`;
      sources.push(own("publicSources"));
    }
    blocks.push({ kind: "paragraph", field: "source", text, sources });
  }

  // Art. 13(2)(e): whether providing the data is required, and the consequences of not providing it.
  if (activity.provisionRequirement !== "NOT_SPECIFIED") {
    const consequences = activity.provisionConsequences.trim();
    const text = a.provision[activity.provisionRequirement];
    blocks.push({
      kind: "paragraph",
      field: "provision",
      text: consequences ? `${text} ${sentence(a.consequences(consequences))}` : text,
      sources: [own("provisionRequirement"), ...(consequences ? [own("provisionConsequences")] : [])],
    });
  }

  // Art. 13(2)(f): automated decisions, with meaningful information about the logic and consequences.
  if (activity.automatedDecisionMaking) {
    const parts = [a.automated];
    const sources = [own("automatedDecisionMaking")];
    if (activity.automatedDecisionLogic.trim()) {
      parts.push(sentence(a.automatedLogic(activity.automatedDecisionLogic.trim())));
      sources.push(own("automatedDecisionLogic"));
    }
    if (activity.automatedDecisionConsequences.trim()) {
      parts.push(sentence(a.automatedConsequences(activity.automatedDecisionConsequences.trim())));
      sources.push(own("automatedDecisionConsequences"));
    }
    blocks.push({ kind: "paragraph", field: "automatedDecisions", text: parts.join(" "), sources });
  }
  return blocks;
}

/** The facts of what the section states (no purpose without a basis, as in the text). */
export function activityFacts(activity: ComposeActivity, language: PolicyLanguage): PolicyFacts["activities"][number] {
  return {
    id: activity.id,
    reference: activity.reference,
    title: activityTitle(activity),
    purposes: statedPurposes(activity).map(({ purpose: p }) => ({
      description: p.description,
      legalBases: p.legalBases.map((b) => citeLegalBasis(b, language)),
      legitimateInterests: p.legitimateInterests,
    })),
    dataCategories: activity.dataCategories.map((c) => ({ name: c.name, retention: retentionOf(c) })),
    recipients: activity.recipients.filter((r) => r.role !== "CLIENT_CONTROLLER").map((r) => r.name),
    transfers: thirdCountryTransfers(activity).map((t) => ({
      destination: destinationOf(t),
      safeguard: t.safeguard ?? "",
    })),
    source: activity.dataSource === "DATA_SUBJECT" ? "" : activity.dataSourceDescription,
    automatedDecisionMaking: activity.automatedDecisionMaking === true,
  };
}
