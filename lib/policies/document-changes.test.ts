import { describe, expect, it } from "vitest";
import { composePolicy } from "./compose";
import type { ComposeActivity } from "./compose-input";
import { compareDocuments, describeDocumentChange, suggestChangeSummary } from "./document-changes";
import { completeActivity, composeInput, type ComposeInputOptions } from "../../test/fixtures/sample-records";
import type { PolicyBlock, PolicyDocument } from "./types";

const compose = (options: ComposeInputOptions = {}) => composePolicy(composeInput(options));
const withActivity = (overrides: Partial<ComposeActivity>) => compose({ activities: [completeActivity(overrides)] });
const descriptions = (from: PolicyDocument, to: PolicyDocument) => compareDocuments(from, to).map(describeDocumentChange);

/** Every block and definition item with sources, as the composer is about to give them. */
function withSources(document: PolicyDocument, id: string): PolicyDocument {
  const source = { entity: "activity" as const, id, field: "provisionRequirement", href: `/activities/${id}/edit` };
  const annotate = (block: PolicyBlock): PolicyBlock => {
    switch (block.kind) {
      case "list":
        return { ...block, sources: block.items.map(() => [source]) };
      case "definitions":
        return { ...block, items: block.items.map((item) => ({ ...item, sources: [source] })) };
      default:
        return { ...block, sources: [source] };
    }
  };
  return { ...document, sections: document.sections.map((section) => ({ ...section, blocks: section.blocks.map(annotate) })) };
}

describe("compareDocuments", () => {
  it("finds nothing between two compositions of the same records", () => {
    expect(compareDocuments(compose(), compose())).toEqual([]);
  });

  it("ignores sources, anchors, anchor aliases, fields' metadata and facts", () => {
    const published = compose();
    const draft = withSources(compose(), "act-1");
    draft.sections = draft.sections.map((section) => ({ ...section, anchor: `${section.anchor}-2`, anchorAliases: [section.anchor] }));
    draft.facts = { ...draft.facts, activities: [], rights: [] };
    expect(compareDocuments(published, draft)).toEqual([]);
    expect(compareDocuments(withSources(published, "act-1"), withSources(compose(), "other"))).toEqual([]);
  });

  it("names the activity and the field: the statutory or contractual requirement", () => {
    const changes = compareDocuments(withActivity({}), withActivity({ provisionRequirement: "STATUTORY" }));
    expect(changes).toEqual([{ kind: "changed", scope: "activity", activityId: "act-1", heading: "Newsletter", fields: ["provision"] }]);
    expect(describeDocumentChange(changes[0])).toBe("“Newsletter”: statutory or contractual requirement changed");
  });

  it("names a data category's details and several fields in the section's order", () => {
    const before = completeActivity();
    const after = completeActivity({
      dataCategories: [{ ...before.dataCategories[0], details: "E-mail address and name", retention: "30 days" }, before.dataCategories[1]],
      purposes: [before.purposes[0], { ...before.purposes[1], legitimateInterests: "Learning what readers want." }],
    });
    expect(descriptions(withActivity(before), withActivity(after))).toEqual(["“Newsletter”: data categories, purposes and legal bases, retention changed"]);
  });

  it("sees a field that appears or disappears", () => {
    const changes = compareDocuments(withActivity({ provisionRequirement: "NOT_SPECIFIED" }), withActivity({}));
    expect(changes).toMatchObject([{ kind: "changed", fields: ["provision"] }]);
  });

  it("keeps a renamed activity as one section, naming the old title", () => {
    // The Art. 21 box names the activities it concerns, so it changes with the title: that is text the reader sees.
    expect(descriptions(withActivity({}), withActivity({ publicTitle: "Our newsletter" }))).toEqual(["“Our newsletter”: renamed from “Newsletter”", "“Your rights”: right to object changed"]);
  });

  it("reports sections added and removed, and a change of order", () => {
    const other = completeActivity({ id: "act-2", publicTitle: "Webinars" });
    const one = compose({ activities: [completeActivity()] });
    const both = compose({ activities: [completeActivity(), other] });
    // Webinars rely on Art. 6(1)(f) too, so the right to object now names them as well.
    expect(descriptions(one, both)).toEqual(["Activity “Webinars” added", "“Your rights”: right to object changed"]);
    expect(descriptions(both, one)).toEqual(["“Your rights”: right to object changed", "Activity “Webinars” removed"]);
    const reversed = compose({ activities: [other, completeActivity()] });
    expect(descriptions(both, reversed)).toEqual(["“Your rights”: right to object changed", "The order of the sections changed"]);
    const cookies = compose({ sections: [{ type: "controller" }, { type: "activity", activityId: "act-1" }, { type: "markdown", title: "Cookies", body: "We set none." }] });
    const withoutCookies = compose({ sections: [{ type: "controller" }, { type: "activity", activityId: "act-1" }] });
    expect(descriptions(withoutCookies, cookies)).toEqual(["Section “Cookies” added"]);
  });

  it("sees the DPO's own text, the controller's contact and the title", () => {
    const text = (body: string) => compose({ sections: [{ type: "markdown", title: "Cookies", body }] });
    expect(descriptions(text("We set none."), text("We set one."))).toEqual(["“Cookies”: text changed"]);
    const org = compose();
    const moved = compose({ organisation: { ...composeInput().organisation, address: "Neumarkt 2, 50667 Köln" } });
    expect(compareDocuments(org, moved)).toMatchObject([{ scope: "controller", fields: ["controller"] }]);
    expect(descriptions(org, { ...org, title: "Privacy notice" })).toEqual(["Title changed from “Privacy policy” to “Privacy notice”"]);
  });

  it("compares versions published before blocks named their field, block by block", () => {
    const strip = (document: PolicyDocument): PolicyDocument => ({
      ...document,
      sections: document.sections.map((section) => ({ ...section, blocks: section.blocks.map((block) => ({ ...block, field: undefined }) as PolicyBlock) })),
    });
    const old = strip(withActivity({}));
    expect(compareDocuments(old, withActivity({}))).toEqual([]);
    expect(compareDocuments(old, withActivity({ provisionRequirement: "STATUTORY" }))).toMatchObject([{ activityId: "act-1", fields: ["provision"] }]);
    // A block gone from an old version cannot say what it was: the change is found, unnamed.
    expect(descriptions(old, withActivity({ provisionRequirement: "NOT_SPECIFIED" }))).toEqual(["“Newsletter”: text changed"]);
    // Neither side names a field: the change is still found.
    expect(descriptions(old, strip(withActivity({ publicDescription: "Changed." })))).toEqual(["“Newsletter”: text changed"]);
  });

  it("suggests a change summary, one change per line", () => {
    const other = completeActivity({ id: "act-2", publicTitle: "Webinars" });
    const summary = suggestChangeSummary(compareDocuments(compose({ activities: [completeActivity()] }), compose({ activities: [completeActivity({ provisionRequirement: "STATUTORY" }), other] })));
    expect(summary).toBe("“Newsletter”: statutory or contractual requirement changed.\nActivity “Webinars” added.\n“Your rights”: right to object changed.");
  });
});
