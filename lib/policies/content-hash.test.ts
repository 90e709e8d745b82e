import { describe, expect, it } from "vitest";
import { canonicalJson, contentHash } from "./content-hash";

describe("canonicalJson", () => {
  it("sorts keys at every level and drops undefined members", () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[{"y":2,"z":1}]},"b":1}');
  });

  it("keeps array order, which is meaningful (sections, lists)", () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });
});

describe("contentHash", () => {
  it("is the same for the same content built in another key order", () => {
    expect(contentHash({ title: "T", sections: [{ heading: "H", anchor: "h" }] })).toBe(contentHash({ sections: [{ anchor: "h", heading: "H" }], title: "T" }));
  });

  it("changes when one word changes, and is a SHA-256 in hex", () => {
    const hash = contentHash({ text: "kept for 7 days" });
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash({ text: "kept for 14 days" })).not.toBe(hash);
  });
});
