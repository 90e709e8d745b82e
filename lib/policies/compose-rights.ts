/**
 * The "Your rights" section. The rights that apply to every processing
 * (Art. 15-18, 77) come from the policy's rights section itself; the others
 * from the records that make them apply: portability and withdrawal from the
 * purposes on consent or contract, the objection from the purposes on
 * 6(1)(e)/(f) or recorded as direct marketing. Art. 21(4): the right to object
 * is presented first, clearly and separately from the other rights.
 */
import type { ComposeActivity, ComposeInput, ComposeOrganisation } from "./compose-input";
import { activityTitle, sentence } from "./compose-activity";
import { deriveRights, type BasisRef } from "./rights";
import { dataCategorySource, organisationSource, policySource, purposeSource } from "./sources";
import type { PolicyBlock, PolicySectionSpec, StatementSource } from "./types";
import type { RightKey, Wording } from "./wording";

type ControllerSpec = Extract<PolicySectionSpec, { type: "controller" }>;

/** The legal bases and Art. 9(2) conditions the included activities use, and whether any purpose is recorded as direct marketing. */
export function rightsInputFor(activities: ComposeActivity[]) {
  const legalBases: BasisRef[] = activities.flatMap((a) => [
    ...a.purposes.flatMap((p) => p.legalBases),
    ...a.dataCategories.flatMap((c) => (c.art9Condition ? [c.art9Condition] : [])),
  ]);
  const directMarketing = activities.some((a) => a.purposes.some((p) => p.directMarketing));
  return { legalBases, directMarketing };
}

type BasisTest = (basis: BasisRef) => boolean;
const basisIs = (article: BasisRef["article"], ...letters: string[]): BasisTest => (basis) => basis.article === article && letters.includes(basis.letter);

/** The purposes (and Art. 9 conditions) of the included activities that use a basis matching `test`. */
function usesOf(activities: ComposeActivity[], test: BasisTest): { sources: StatementSource[]; titles: string[] } {
  const sources: StatementSource[] = [];
  const titles: string[] = [];
  for (const activity of activities) {
    const before = sources.length;
    activity.purposes.forEach((p, index) => {
      if (p.legalBases.some(test)) sources.push(purposeSource(activity, index, "legalBases"));
    });
    activity.dataCategories.forEach((c, index) => {
      if (c.art9Condition && test(c.art9Condition)) sources.push(dataCategorySource(activity, index, "art9Condition"));
    });
    if (sources.length > before) titles.push(activityTitle(activity));
  }
  return { sources, titles };
}

function marketingOf(activities: ComposeActivity[]): { sources: StatementSource[]; titles: string[] } {
  const sources: StatementSource[] = [];
  const titles: string[] = [];
  for (const activity of activities) {
    const before = sources.length;
    activity.purposes.forEach((p, index) => {
      if (p.directMarketing) sources.push(purposeSource(activity, index, "directMarketing"));
    });
    if (sources.length > before) titles.push(activityTitle(activity));
  }
  return { sources, titles };
}

/** The controller's e-mail for this policy: the section's override, else the privacy contact, else the organisation's. */
export function contactEmail(organisation: ComposeOrganisation, spec?: ControllerSpec): string {
  return spec?.privacyContactEmail?.trim() || organisation.privacyContactEmail.trim() || organisation.email.trim();
}

/** Where the contact e-mail of `contactEmail` is recorded. */
export function contactEmailSource(input: ComposeInput, spec?: ControllerSpec): StatementSource | null {
  const index = spec ? input.policy.sections.indexOf(spec) : -1;
  if (index >= 0 && spec?.privacyContactEmail?.trim()) return policySource(input, index, "privacyContactEmail");
  if (input.organisation.privacyContactEmail.trim()) return organisationSource(input, "privacyContactEmail");
  if (input.organisation.email.trim()) return organisationSource(input, "email");
  return null;
}

export function rightsBlocks(input: ComposeInput, sectionIndex: number, controller: ControllerSpec | undefined, included: ComposeActivity[], w: Wording): PolicyBlock[] {
  const org = input.organisation;
  const derived = deriveRights(rightsInputFor(included));
  const r = w.rights;
  const section = policySource(input, sectionIndex);
  const blocks: PolicyBlock[] = [];

  const email = contactEmail(org, controller);
  const emailSource = contactEmailSource(input, controller);
  blocks.push({ kind: "paragraph", field: "intro", text: email ? r.intro(email) : r.introNoContact, sources: email && emailSource ? [section, emailSource] : [section] });

  // Art. 21(4): the objection "explicitly brought to the attention", "clearly and separately from any other information".
  if (derived.objectionToProcessing || derived.objectionToMarketing) {
    const items: string[] = [];
    const sources: StatementSource[][] = [];
    if (derived.objectionToProcessing) {
      const uses = usesOf(included, basisIs("ART6", "e", "f"));
      items.push(`${r.objectionProcessing} ${r.objectionConcerns(uses.titles.join(", "))}`);
      sources.push(uses.sources);
    }
    if (derived.objectionToMarketing) {
      const marketing = marketingOf(included);
      items.push(`${r.objectionMarketing} ${r.objectionConcerns(marketing.titles.join(", "))}`);
      sources.push(marketing.sources);
    }
    blocks.push({ kind: "list", field: "objection", title: r.objectionHeading, items, sources });
  }

  const triggers: Partial<Record<RightKey, StatementSource[]>> = {
    portability: usesOf(included, (b) => basisIs("ART6", "a", "b")(b) || basisIs("ART9", "a")(b)).sources,
    withdrawConsent: usesOf(included, (b) => basisIs("ART6", "a")(b) || basisIs("ART9", "a")(b)).sources,
  };
  const items = derived.rights
    .filter((key) => key !== "objection")
    .map((key) => {
      let description: string;
      let sources = triggers[key] ?? [section];
      if (key === "complaint") {
        // Art. 13(2)(d): the right to complain, naming the competent authority where recorded.
        const authority = org.supervisoryAuthorityName.trim();
        description = authority ? r.complaintNamed(authority) : r.complaint;
        if (authority) sources = [section, organisationSource(input, "supervisoryAuthorityName")];
        if (authority && org.supervisoryAuthorityWebsite.trim()) {
          description += ` ${sentence(r.complaintWebsite(org.supervisoryAuthorityWebsite.trim()))}`;
          sources.push(organisationSource(input, "supervisoryAuthorityWebsite"));
        }
      } else {
        description = r.sentences[key as Exclude<RightKey, "objection" | "complaint">];
      }
      return { term: r.names[key], description, sources };
    });
  blocks.push({ kind: "definitions", field: "rights", items });
  return blocks;
}
