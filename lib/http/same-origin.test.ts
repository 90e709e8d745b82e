// Regression: the register export (a GET that writes an audit event) ran for a
// link on another site, recording an export in the signed-in victim's name.
import { describe, expect, it } from "vitest";
import { startedHere } from "./same-origin";

const request = (headers: Record<string, string>) => ({ url: "http://localhost:3000/register/export/csv", headers: new Headers({ host: "localhost:3000", ...headers }) });

describe("whether a request was started by this application", () => {
  it("trusts the browser's Sec-Fetch-Site: same-origin and typed addresses only", () => {
    expect(startedHere(request({ "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(startedHere(request({ "sec-fetch-site": "none" }))).toBe(true);
    expect(startedHere(request({ "sec-fetch-site": "same-site" }))).toBe(false);
    expect(startedHere(request({ "sec-fetch-site": "cross-site", referer: "http://localhost:3000/register" }))).toBe(false);
  });

  it("without it, refuses a Referer from another host and allows none", () => {
    expect(startedHere(request({ referer: "https://elsewhere.example/page" }))).toBe(false);
    expect(startedHere(request({ referer: "http://localhost:3000/register?status=ACTIVE" }))).toBe(true);
    expect(startedHere(request({ referer: "https://register.example.org/register", "x-forwarded-host": "register.example.org" }))).toBe(true);
    expect(startedHere(request({ referer: "not a url" }))).toBe(false);
    expect(startedHere(request({}))).toBe(true);
  });
});
