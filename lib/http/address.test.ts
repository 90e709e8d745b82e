import { describe, expect, it } from "vitest";
import { validAddress } from "./address";

const check = (address: string) => {
  const url = new URL(address, "http://localhost");
  return validAddress(url.pathname, url.searchParams);
};

describe("validAddress", () => {
  // Regression: /p/<org>/<policy>%00 and /activities?q=%00 reached PostgreSQL, which refuses NUL
  // in text: a 500 and a stack trace in the log.
  it("refuses NUL and other control characters in the path and the query", () => {
    expect(check("/p/acme/privacy%00")).toBe(false);
    expect(check("/activities?q=%00")).toBe(false);
    expect(check("/activities?%01=x")).toBe(false);
    expect(check("/p/acme/privacy/compare?from=1&to=%7F")).toBe(false);
  });

  it("refuses percent-encoding that does not decode", () => {
    expect(check("/p/%E0%A4%A/x")).toBe(false);
  });

  it("lets every ordinary address through, including encoded spaces and non-Latin text", () => {
    expect(check("/p/acme/privacy/compare?from=1&to=2")).toBe(true);
    expect(check("/activities?q=Kunden%20daten&status=ACTIVE")).toBe(true);
    expect(check("/p/m%C3%BCller/datenschutz")).toBe(true);
  });
});
