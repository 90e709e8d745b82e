import { describe, expect, it } from "vitest";
import { sectionAnchorsFrom } from "./anchors";
import { composePolicy } from "./compose";
import { renderPolicyHtml } from "./html";
import { completeActivity, composeInput } from "../../test/fixtures/sample-records";

const idsOf = (html: string) => [...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]);

describe("sectionAnchorsFrom", () => {
  it("keeps the newest version's anchor and every earlier one as an alias, newest first", () => {
    const anchors = sectionAnchorsFrom([
      { number: 1, position: 2, activityId: "act-1", anchor: "newsletter", aliases: [] },
      { number: 2, position: 2, activityId: "act-1", anchor: "news", aliases: [] },
      { number: 3, position: 2, activityId: "act-1", anchor: "our-newsletter", aliases: ["news"] },
    ]);
    expect(anchors).toEqual({ "act-1": { anchor: "our-newsletter", aliases: ["news", "newsletter"] } });
  });

  it("gives an anchor to the activity that held it last, never to one that held it before", () => {
    // act-old was "Cookies" in version 1, then removed; act-new became "Cookies" in version 2.
    const anchors = sectionAnchorsFrom([
      { number: 1, position: 1, activityId: "act-old", anchor: "cookies", aliases: [] },
      { number: 2, position: 1, activityId: "act-new", anchor: "cookies", aliases: [] },
    ]);
    expect(anchors).toEqual({ "act-new": { anchor: "cookies", aliases: [] } });
  });
});

describe("composePolicy: anchors across versions", () => {
  const renamed = completeActivity({ publicTitle: "Our monthly newsletter" });

  it("gives a new activity the slug of its title", () => {
    const doc = composePolicy(composeInput({ activities: [renamed] }));
    expect(doc.sections[1]).toMatchObject({ anchor: "our-monthly-newsletter" });
    expect(doc.sections[1].anchorAliases).toBeUndefined();
  });

  it("keeps the anchor of the published version when the public title is renamed", () => {
    const doc = composePolicy({ ...composeInput({ activities: [renamed] }), anchors: { "act-1": { anchor: "newsletter", aliases: [] } } });
    expect(doc.sections.map((s) => s.anchor)).toEqual(["controller", "newsletter", "rights"]);
    expect(doc.sections[1].heading).toBe("Our monthly newsletter");
    expect(doc.sections[1].anchorAliases).toBeUndefined();
  });

  it("keeps the earlier anchors as aliases, except those that are some section's anchor now", () => {
    const input = composeInput({ activities: [renamed], sections: [{ type: "controller" }, { type: "activity", activityId: "act-1" }, { type: "markdown", title: "News", body: "" }, { type: "rights" }] });
    const doc = composePolicy({ ...input, anchors: { "act-1": { anchor: "newsletter", aliases: ["news", "mailing"] } } });
    expect(doc.sections.map((s) => s.anchor)).toEqual(["controller", "newsletter", "news", "rights"]);
    expect(doc.sections[1].anchorAliases).toEqual(["mailing"]);
  });

  it("lets the activity keep its anchor when another section now wants the same slug", () => {
    const input = composeInput({ activities: [renamed], sections: [{ type: "markdown", title: "Newsletter", body: "" }, { type: "activity", activityId: "act-1" }] });
    const doc = composePolicy({ ...input, anchors: { "act-1": { anchor: "newsletter", aliases: [] } } });
    expect(doc.sections.map((s) => s.anchor)).toEqual(["newsletter-2", "newsletter"]);
  });
});

describe("renderPolicyHtml: earlier anchors", () => {
  it("renders each alias as an empty target inside its section, once, and the contents link the current anchor", () => {
    const doc = composePolicy({ ...composeInput({ activities: [completeActivity({ publicTitle: "Our monthly newsletter" })] }), anchors: { "act-1": { anchor: "newsletter", aliases: ["news"] } } });
    // An alias that is already some element's id (the rights section's heading here) is not repeated.
    doc.sections[1].anchorAliases = ["news", "rights-heading", "news"];
    const html = renderPolicyHtml(doc);
    expect(html).toContain('<a href="#newsletter">Our monthly newsletter</a>');
    expect(html).not.toContain('href="#news"');
    expect(html).toMatch(/<section id="newsletter"[^>]*><span id="news" class="policy-anchor"><\/span><h2 id="newsletter-heading">/);
    const ids = idsOf(html);
    expect(ids.length).toBe(new Set(ids).size);
  });
});
