/**
 * The composer: organisation profile + activities + the DPO's draft →
 * PolicyDocument, in the policy's language. Pure: everything it needs is in
 * its input, so the preview, the published version and the tests all get
 * exactly the same text from the same records.
 */
import { anchorAssigner, withAnchorAliases } from "./anchors";
import type { ComposeActivity, ComposeInput, ComposeOrganisation } from "./compose-input";
import { renderMarkdown } from "./markdown";
import { deriveRights, isDirectMarketingPurpose, type BasisRef } from "./rights";
import type { PolicyBlock, PolicyDocument, PolicyFacts, PolicyLanguage, PolicySectionRendered, PolicySectionSpec } from "./types";
import { citeLegalBasis, wordingFor, type Wording } from "./wording";

type ControllerSpec = Extract<PolicySectionSpec, { type: "controller" }>;

const lines = (...parts: string[]) => parts.map((part) => part.trim()).filter(Boolean).join("\n");
const sentence = (text: string) => (/[.!?:)]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

export function slugify(text: string): string {
  const slug = text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return slug || "section";
}

/** The controller's e-mail for this policy: the section's override, else the privacy contact, else the organisation's. */
export function contactEmail(organisation: ComposeOrganisation, spec?: ControllerSpec): string {
  return spec?.privacyContactEmail?.trim() || organisation.privacyContactEmail.trim() || organisation.email.trim();
}

export function dpoEmail(organisation: ComposeOrganisation, spec?: ControllerSpec): string {
  return spec?.dpoEmail?.trim() || organisation.dpoEmail.trim();
}

function contact(w: Wording, parts: { email?: string; phone?: string; website?: string }) {
  return [
    parts.email ? `${w.controller.email}: ${parts.email}` : "",
    parts.phone ? `${w.controller.phone}: ${parts.phone}` : "",
    parts.website ? `${w.controller.website}: ${parts.website}` : "",
  ];
}

// Art. 13(1)(a)/(b), 14(1)(a)/(b): identity and contact of the controller, its representative and the DPO.
function controllerBlocks(org: ComposeOrganisation, spec: ControllerSpec, w: Wording): PolicyBlock[] {
  const items: { term: string; description: string }[] = [];
  const email = spec.privacyContactEmail?.trim() || org.email;
  items.push({ term: w.controller.controller, description: lines(org.legalName, org.address, ...contact(w, { email, phone: org.phone, website: org.website })) });
  const privacyEmail = contactEmail(org, spec);
  if (org.privacyContactName || org.privacyContactAddress || (privacyEmail && privacyEmail !== email)) {
    items.push({ term: w.controller.privacyContact, description: lines(org.privacyContactName, org.privacyContactAddress, ...contact(w, { email: privacyEmail })) });
  }
  if (org.representativeName) {
    items.push({
      term: w.controller.representative,
      description: lines(org.representativeName, org.representativeAddress, ...contact(w, { email: org.representativeEmail, phone: org.representativePhone })),
    });
  }
  const dpo = dpoEmail(org, spec);
  if (org.dpoName || org.dpoOrganisation || dpo) {
    items.push({ term: w.controller.dpo, description: lines(org.dpoName, org.dpoOrganisation, org.dpoAddress, ...contact(w, { email: dpo, phone: org.dpoPhone })) });
  }
  return [{ kind: "paragraph", field: "intro", text: w.controller.intro }, { kind: "definitions", field: "controller", items }];
}

function retentionOf(category: ComposeActivity["dataCategories"][number]): string {
  return category.retention.trim() || category.defaultRetention.trim();
}

/** The destination of a transfer as people read it. */
function destinationOf(transfer: ComposeActivity["transfers"][number]): string {
  return transfer.country?.name ?? transfer.internationalOrganisation.trim();
}

/** Chapter V applies only to destinations outside the EU/EEA. */
function thirdCountryTransfers(activity: ComposeActivity) {
  return activity.transfers.filter((transfer) => !transfer.country?.eea && destinationOf(transfer));
}

function activityBlocks(activity: ComposeActivity, w: Wording, language: PolicyLanguage): PolicyBlock[] {
  const a = w.activity;
  const blocks: PolicyBlock[] = [];
  if (activity.publicDescription.trim()) blocks.push({ kind: "paragraph", field: "description", text: activity.publicDescription.trim() });
  if (activity.dataSubjects.length) blocks.push({ kind: "paragraph", field: "dataSubjects", text: a.dataSubjects(activity.dataSubjects.join(", ")) });

  // Art. 14(1)(d): the categories of personal data.
  if (activity.dataCategories.length) {
    blocks.push({
      kind: "list",
      field: "dataCategories",
      title: a.dataConcerned,
      items: activity.dataCategories.map((c) => (c.details.trim() ? `${c.name}: ${c.details.trim()}` : c.name)),
    });
  }

  // Art. 13(1)(c)/(d): each purpose with its legal basis, and the legitimate interests for 6(1)(f).
  if (activity.purposes.length) {
    blocks.push({
      kind: "list",
      field: "purposes",
      title: a.purposes,
      items: activity.purposes.map((purpose) => {
        const description = purpose.description.trim().replace(/[.]$/, "");
        const citations = purpose.legalBases.map((basis) => citeLegalBasis(basis, language)).join(", ");
        const text = citations ? a.purpose(description, citations) : a.purposeWithoutBasis(description);
        const needsInterests = purpose.legalBases.some((basis) => basis.article === "ART6" && basis.letter === "f");
        return needsInterests && purpose.legitimateInterests.trim() ? `${text} ${sentence(a.legitimateInterests(purpose.legitimateInterests.trim()))}` : text;
      }),
    });
  }

  // Art. 13(1)(e): recipients by name, with their kind; Art. 26(2): joint controllers.
  const parties = activity.recipients.filter((r) => r.role !== "CLIENT_CONTROLLER");
  blocks.push(
    parties.length
      ? {
          kind: "list",
          field: "recipients",
          title: a.recipients,
          items: parties.map((r) =>
            r.role === "JOINT_CONTROLLER" ? a.jointController(r.name, r.note.trim()) : a.recipient(r.name, w.recipientKinds[r.kind], r.note.trim()),
          ),
        }
      : { kind: "paragraph", field: "recipients", text: a.noRecipients },
  );

  // Art. 13(1)(f): the destination, the safeguard and where to obtain a copy.
  const transfers = thirdCountryTransfers(activity);
  if (transfers.length) {
    blocks.push({
      kind: "list",
      field: "transfers",
      title: a.transfers,
      items: transfers.map((t) => {
        const parts = [a.transferTo(destinationOf(t), t.recipientName ?? "")];
        // An adequacy decision is stated only when recorded: several cover only some recipients in the country.
        parts.push(t.safeguard ? a.safeguard(w.safeguards[t.safeguard], t.safeguardDetails.trim()) : a.noSafeguard);
        if (t.safeguardReference.trim()) parts.push(sentence(a.copy(t.safeguardReference.trim())));
        return parts.join(" ");
      }),
    });
  }

  // Art. 13(2)(a): the period, or the criteria, per category.
  if (activity.dataCategories.some((c) => retentionOf(c))) {
    blocks.push({
      kind: "definitions",
      field: "retention",
      title: a.retention,
      items: activity.dataCategories.map((c) => ({ term: c.name, description: retentionOf(c) || a.noRetention })),
    });
  }

  // Art. 14(2)(f): the source, where the data does not come from the person.
  if (activity.dataSource !== "DATA_SUBJECT") {
    const source = activity.dataSourceDescription.trim() ? sentence(a.source(activity.dataSourceDescription.trim())) : a.sourceUnstated;
    blocks.push({ kind: "paragraph", field: "source", text: activity.publicSources ? `${source} ${a.publicSources}` : source });
  }

  // Art. 13(2)(e): whether providing the data is required, and the consequences of not providing it.
  if (activity.provisionRequirement !== "NOT_SPECIFIED") {
    const consequences = activity.provisionConsequences.trim();
    const text = a.provision[activity.provisionRequirement];
    blocks.push({ kind: "paragraph", field: "provision", text: consequences ? `${text} ${sentence(a.consequences(consequences))}` : text });
  }

  // Art. 13(2)(f): automated decisions, with meaningful information about the logic and consequences.
  if (activity.automatedDecisionMaking) {
    const parts = [a.automated];
    if (activity.automatedDecisionLogic.trim()) parts.push(sentence(a.automatedLogic(activity.automatedDecisionLogic.trim())));
    if (activity.automatedDecisionConsequences.trim()) parts.push(sentence(a.automatedConsequences(activity.automatedDecisionConsequences.trim())));
    blocks.push({ kind: "paragraph", field: "automatedDecisions", text: parts.join(" ") });
  }
  return blocks;
}

function activityFacts(activity: ComposeActivity, language: PolicyLanguage): PolicyFacts["activities"][number] {
  return {
    id: activity.id,
    reference: activity.reference,
    title: activityTitle(activity),
    purposes: activity.purposes.map((p) => ({
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

export function activityTitle(activity: Pick<ComposeActivity, "publicTitle" | "name">): string {
  return activity.publicTitle.trim() || activity.name;
}

/** The legal bases and Art. 9(2) conditions the included activities use, and whether any purpose is direct marketing. */
export function rightsInputFor(activities: ComposeActivity[]) {
  const legalBases: BasisRef[] = activities.flatMap((a) => [
    ...a.purposes.flatMap((p) => p.legalBases),
    ...a.dataCategories.flatMap((c) => (c.art9Condition ? [c.art9Condition] : [])),
  ]);
  const directMarketing = activities.some((a) => a.purposes.some((p) => isDirectMarketingPurpose(p.description)));
  return { legalBases, directMarketing };
}

function rightsBlocks(org: ComposeOrganisation, controller: ControllerSpec | undefined, included: ComposeActivity[], w: Wording): PolicyBlock[] {
  const derived = deriveRights(rightsInputFor(included));
  const r = w.rights;
  const items = derived.rights.map((key) => {
    let description: string;
    if (key === "objection") {
      description = [derived.objectionToProcessing ? r.objectionProcessing : "", derived.objectionToMarketing ? r.objectionMarketing : ""].filter(Boolean).join(" ");
    } else if (key === "complaint") {
      // Art. 13(2)(d): the right to complain, naming the competent authority where recorded.
      const authority = org.supervisoryAuthorityName.trim();
      description = authority ? r.complaintNamed(authority) : r.complaint;
      if (authority && org.supervisoryAuthorityWebsite.trim()) description += ` ${sentence(r.complaintWebsite(org.supervisoryAuthorityWebsite.trim()))}`;
    } else {
      description = r.sentences[key];
    }
    return { term: r.names[key], description };
  });
  const email = contactEmail(org, controller);
  return [{ kind: "paragraph", field: "intro", text: email ? r.intro(email) : r.introNoContact }, { kind: "definitions", field: "rights", items }];
}

export function composePolicy(input: ComposeInput): PolicyDocument {
  const { organisation: org, activities, policy } = input;
  const language = policy.language;
  const w = wordingFor(language);
  const controllerSpec = policy.sections.find((s): s is ControllerSpec => s.type === "controller");
  const included = policy.sections.flatMap((s) => (s.type === "activity" && activities[s.activityId] ? [activities[s.activityId]] : []));

  // Activities keep the anchors of the published versions (anchors.ts), so renames do not break links.
  const anchors = anchorAssigner(included.map((a) => a.id), input.anchors);
  const anchor = anchors.section;

  const sections: PolicySectionRendered[] = [];
  for (const spec of policy.sections) {
    switch (spec.type) {
      case "controller":
        sections.push({ anchor: anchor("controller"), heading: w.controller.heading, source: "controller", blocks: controllerBlocks(org, spec, w) });
        break;
      case "activity": {
        // An activity deleted since it was added drops out; the checks report it.
        const activity = activities[spec.activityId];
        if (!activity) break;
        const heading = activityTitle(activity);
        sections.push({ anchor: anchors.activity(activity.id, slugify(heading)), heading, source: "activity", activityId: activity.id, blocks: activityBlocks(activity, w, language) });
        break;
      }
      case "rights":
        sections.push({ anchor: anchor("rights"), heading: w.rights.heading, source: "rights", blocks: rightsBlocks(org, controllerSpec, included, w) });
        break;
      case "markdown": {
        // A body that cannot be rendered fails its own section, not the policy: every page that composes the draft stays usable.
        const rendered = renderMarkdown(spec.body);
        const section = { anchor: anchor(slugify(spec.title)), heading: spec.title.trim(), source: "markdown" as const };
        if (rendered.ok) sections.push({ ...section, blocks: rendered.html ? [{ kind: "html", field: "markdown", html: rendered.html }] : [] });
        else sections.push({ ...section, blocks: [{ kind: "paragraph", text: w.markdownUnavailable }], renderError: rendered.message });
        break;
      }
    }
  }

  const facts: PolicyFacts = {
    controller: {
      name: org.legalName,
      address: org.address,
      email: contactEmail(org, controllerSpec),
      dpo: lines(org.dpoName, org.dpoOrganisation, dpoEmail(org, controllerSpec)).replaceAll("\n", ", "),
      representative: org.representativeName,
      supervisoryAuthority: org.supervisoryAuthorityName,
    },
    activities: included.map((a) => activityFacts(a, language)),
    rights: policy.sections.some((s) => s.type === "rights") ? deriveRights(rightsInputFor(included)).rights : [],
  };

  return {
    schemaVersion: 1,
    title: policy.title,
    language,
    organisation: { slug: org.slug, legalName: org.legalName },
    sections: withAnchorAliases(sections, input.anchors),
    facts,
  };
}
