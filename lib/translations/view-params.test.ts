import { describe, expect, it } from "vitest";
import { parseTranslationViewParams, serializeTranslationViewParams } from "./view-params";

describe("translations view parameters", () => {
  it("reads what it accepts and drops the rest, and writes it back", () => {
    const params = parseTranslationViewParams({ lang: "de", state: "open", kind: "activity", q: " news ", page: "2", size: "100" });
    expect(params).toEqual({ lang: "de", state: "open", kind: "activity", q: " news ", page: 2, pageSize: 100 });
    expect(serializeTranslationViewParams(params)).toBe("?lang=de&state=open&kind=activity&q=news&page=2&size=100");
    expect(parseTranslationViewParams({ lang: "xx", state: "done", kind: "Organisation", page: "-1", size: "7" })).toEqual({ lang: null, state: null, kind: null, q: "", page: 1, pageSize: 50 });
  });
});
