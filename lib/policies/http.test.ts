import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { renderShell } from "@/lib/policies/public-page/shell";
import { cachedResponse, CACHE_IMMUTABLE, isNotModified, notFoundResponse, parseVersionNumber, PUBLIC_CSP } from "./http";

const created = new Date("2026-11-27T10:15:30.250Z");
const content = { etag: "abc", lastModified: created, cacheControl: CACHE_IMMUTABLE, contentType: "text/html; charset=utf-8", body: () => "<p>policy</p>" };

describe("isNotModified", () => {
  it("matches the ETag, also weak and in a list, and not another one", () => {
    expect(isNotModified(new Headers({ "if-none-match": '"abc"' }), "abc", created)).toBe(true);
    expect(isNotModified(new Headers({ "if-none-match": 'W/"x", W/"abc"' }), "abc", created)).toBe(true);
    expect(isNotModified(new Headers({ "if-none-match": '"other"' }), "abc", created)).toBe(false);
  });

  it("compares If-Modified-Since in whole seconds, and lets If-None-Match win", () => {
    expect(isNotModified(new Headers({ "if-modified-since": created.toUTCString() }), "abc", created)).toBe(true);
    expect(isNotModified(new Headers({ "if-modified-since": new Date(created.getTime() - 1000).toUTCString() }), "abc", created)).toBe(false);
    expect(isNotModified(new Headers({ "if-none-match": '"old"', "if-modified-since": created.toUTCString() }), "abc", created)).toBe(false);
  });
});

describe("cachedResponse", () => {
  it("answers 200 with the body and caching headers, and 304 without a body on revalidation", async () => {
    const first = cachedResponse(new Request("http://x/p/a/b"), content);
    expect(first.status).toBe(200);
    expect(first.headers.get("etag")).toBe('"abc"');
    expect(first.headers.get("last-modified")).toBe("Fri, 27 Nov 2026 10:15:30 GMT");
    expect(first.headers.get("cache-control")).toBe(CACHE_IMMUTABLE);
    expect(await first.text()).toBe("<p>policy</p>");
    const again = cachedResponse(new Request("http://x/p/a/b", { headers: { "if-none-match": '"abc"' } }), content);
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });
});

describe("parseVersionNumber", () => {
  it("accepts positive whole numbers only", () => {
    expect(parseVersionNumber("12")).toBe(12);
    for (const value of ["0", "-1", "1.5", "01", "abc", "", null, "9999999999"]) expect(parseVersionNumber(value)).toBeNull();
  });
});

describe("the public pages' Content-Security-Policy", () => {
  it("allows exactly the stylesheet the pages inline, and no script", async () => {
    const html = renderShell({ language: "en", title: "Policy", organisation: "Org", main: "<p>x</p>" });
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]);
    expect(styles).toHaveLength(1);
    expect(PUBLIC_CSP).toContain(`style-src 'sha256-${createHash("sha256").update(styles[0]).digest("base64")}'`);
    expect(PUBLIC_CSP).toContain("default-src 'none'");
    expect(PUBLIC_CSP).not.toMatch(/script-src|unsafe-inline/);
    for (const response of [cachedResponse(new Request("http://x/p/a/b"), content), notFoundResponse()]) {
      expect(response.headers.get("content-security-policy")).toBe(PUBLIC_CSP);
    }
  });
});
