import { describe, expect, it } from "vitest";
import { citeArticle } from "./article-citation";

describe("citeArticle", () => {
  it("keeps the English style in English and cites German style in German", () => {
    expect(citeArticle("Art. 13(1)(a), 14(1)(a)", "en")).toBe("Art. 13(1)(a), 14(1)(a)");
    expect(citeArticle("Art. 13(1)(a), 14(1)(a)", "de")).toBe("Art. 13 Abs. 1 lit. a, 14 Abs. 1 lit. a");
    expect(citeArticle("Art. 13(2)(b)-(d), 14(2)(c)-(e)", "de")).toBe("Art. 13 Abs. 2 lit. b–d, 14 Abs. 2 lit. c–e");
    expect(citeArticle("Art. 35(1), (3)", "de")).toBe("Art. 35 Abs. 1, Abs. 3");
    expect(citeArticle("Art. 10, 13(1)(c)", "de")).toBe("Art. 10, 13 Abs. 1 lit. c");
    expect(citeArticle("Art. 12(1)", "de")).toBe("Art. 12 Abs. 1");
  });
});
