/**
 * The composer: organisation profile + activities + the DPO's draft →
 * PolicyDocument, in the policy's language. Pure: everything it needs is in
 * its input, so the preview, the published version and the tests all get
 * exactly the same text from the same records.
 */
import { anchorAssigner, withAnchorAliases } from "./anchors";
import { activityBlocks, activityFacts, activityTitle } from "./compose-activity";
import type { ComposeInput, ComposeOrganisation } from "./compose-input";
import { contactEmail, contactEmailSource, rightsBlocks, rightsInputFor } from "./compose-rights";
import { renderMarkdown } from "./markdown";
import { deriveRights } from "./rights";
import { organisationSource, policySource } from "./sources";
import type { PolicyBlock, PolicyDocument, PolicyFacts, PolicySectionRendered, PolicySectionSpec, StatementSource } from "./types";
import { wordingFor, type DpoTitle, type Wording } from "./wording";

export { activityTitle, contactEmail };

type ControllerSpec = Extract<PolicySectionSpec, { type: "controller" }>;

const lines = (...parts: string[]) => parts.map((part) => part.trim()).filter(Boolean).join("\n");

function slugify(text: string): string {
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

export function dpoEmail(organisation: ComposeOrganisation, spec?: ControllerSpec): string {
  return spec?.dpoEmail?.trim() || organisation.dpoEmail.trim();
}

/**
 * The title follows the recorded person ("die Datenschutzbeauftragte", "le
 * délégué"); with no form of address recorded, or a firm without a named
 * person as DPO, the neutral form.
 */
export function dpoTitle(organisation: Pick<ComposeOrganisation, "dpoName" | "dpoForm">): DpoTitle {
  return organisation.dpoName.trim() && organisation.dpoForm ? organisation.dpoForm : "NEUTRAL";
}

type Contact = { email?: string; phone?: string; website?: string };

/** The contact lines that are recorded, each with where it is recorded. */
function contact(w: Wording, parts: Contact, sourceOf: (part: keyof Contact) => StatementSource | null) {
  const labels = { email: w.controller.email, phone: w.controller.phone, website: w.controller.website };
  return (Object.keys(labels) as (keyof Contact)[]).flatMap((part) => {
    const value = parts[part]?.trim();
    return value ? [{ text: `${labels[part]}: ${value}`, source: sourceOf(part) }] : [];
  });
}

/** Lines of a contact block, each with its source; empty fields add neither a line nor a source. */
function entry(term: string, parts: { text: string; source: StatementSource | null }[]) {
  const present = parts.filter((part) => part.text.trim());
  return {
    term,
    description: present.map((part) => part.text.trim()).join("\n"),
    sources: present.flatMap((part) => (part.source ? [part.source] : [])),
  };
}

type TextField = { [K in keyof ComposeOrganisation]: ComposeOrganisation[K] extends string ? K : never }[keyof ComposeOrganisation];

// Art. 13(1)(a)/(b), 14(1)(a)/(b): identity and contact of the controller, its representative and the DPO.
function controllerBlocks(input: ComposeInput, index: number, spec: ControllerSpec, w: Wording): PolicyBlock[] {
  const org = input.organisation;
  const field = (name: TextField) => ({ text: org[name], source: organisationSource(input, name) });
  const fromOrg = (names: Record<keyof Contact, keyof ComposeOrganisation>) => (part: keyof Contact) => organisationSource(input, names[part]);
  const items: ReturnType<typeof entry>[] = [];

  const override = spec.privacyContactEmail?.trim();
  const email = override || org.email;
  const emailSource = override ? policySource(input, index, "privacyContactEmail") : organisationSource(input, "email");
  items.push(
    entry(w.controller.controller, [
      field("legalName"),
      field("address"),
      ...contact(w, { email, phone: org.phone, website: org.website }, (part) => (part === "email" ? emailSource : organisationSource(input, part))),
    ]),
  );
  const privacyEmail = contactEmail(org, spec);
  if (org.privacyContactName || org.privacyContactAddress || (privacyEmail && privacyEmail !== email)) {
    items.push(
      entry(w.controller.privacyContact, [
        field("privacyContactName"),
        field("privacyContactAddress"),
        ...contact(w, { email: privacyEmail }, () => contactEmailSource(input, spec)),
      ]),
    );
  }
  if (org.representativeName) {
    items.push(
      entry(w.controller.representative, [
        field("representativeName"),
        field("representativeAddress"),
        ...contact(w, { email: org.representativeEmail, phone: org.representativePhone }, fromOrg({ email: "representativeEmail", phone: "representativePhone", website: "website" })),
      ]),
    );
  }
  const dpo = dpoEmail(org, spec);
  const dpoSource = spec.dpoEmail?.trim() ? policySource(input, index, "dpoEmail") : organisationSource(input, "dpoEmail");
  if (org.dpoName || org.dpoOrganisation || dpo) {
    items.push(
      entry(w.controller.dpo[dpoTitle(org)], [
        field("dpoName"),
        field("dpoOrganisation"),
        field("dpoAddress"),
        ...contact(w, { email: dpo, phone: org.dpoPhone }, (part) => (part === "email" ? dpoSource : organisationSource(input, "dpoPhone"))),
      ]),
    );
  }
  const stated = items.filter((item) => item.description);
  // The introduction names no one itself: it stands for the controller it introduces.
  const intro = stated[0]?.sources ?? [];
  return [
    ...(intro.length ? [{ kind: "paragraph" as const, field: "intro" as const, text: w.controller.intro, sources: intro }] : []),
    { kind: "definitions", field: "controller", items: stated },
  ];
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
  for (const [index, spec] of policy.sections.entries()) {
    switch (spec.type) {
      case "controller":
        sections.push({ anchor: anchor("controller"), heading: w.controller.heading, source: "controller", blocks: controllerBlocks(input, index, spec, w) });
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
        sections.push({ anchor: anchor("rights"), heading: w.rights.heading, source: "rights", blocks: rightsBlocks(input, index, controllerSpec, included, w) });
        break;
      case "markdown": {
        // A body that cannot be rendered fails its own section, not the policy: every page that composes the draft stays usable.
        const rendered = renderMarkdown(spec.body);
        const section = { anchor: anchor(slugify(spec.title)), heading: spec.title.trim(), source: "markdown" as const };
        const body = [policySource(input, index, "body")];
        if (rendered.ok) sections.push({ ...section, blocks: rendered.html ? [{ kind: "html", field: "markdown", html: rendered.html, sources: body }] : [] });
        else sections.push({ ...section, blocks: [{ kind: "paragraph", text: w.markdownUnavailable, sources: body }], renderError: rendered.message });
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
