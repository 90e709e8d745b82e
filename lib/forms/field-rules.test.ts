import { describe, expect, it } from "vitest";
import { formObject, isIsoDate, optionalUrl, toDateOrNull, toIsoDate } from "./field-rules";

describe("field rules", () => {
  it("accepts only real calendar dates written YYYY-MM-DD", () => {
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2027-02-29")).toBe(false);
    expect(isIsoDate("2027-2-1")).toBe(false);
  });

  it("turns dates into SQL DATE values and back without shifting a day", () => {
    expect(toIsoDate(toDateOrNull("2026-12-31"))).toBe("2026-12-31");
    expect(toDateOrNull("")).toBeNull();
  });

  it("accepts web addresses with http(s) and a host name only", () => {
    const url = optionalUrl();
    expect(url.safeParse("https://example.com/privacy").success).toBe(true);
    expect(url.safeParse("").success).toBe(true);
    expect(url.safeParse("ftp://example.com").success).toBe(false);
    expect(url.safeParse("https://localhost").success).toBe(false);
  });

  it("reads a form's text entries and leaves files out", () => {
    const data = new FormData();
    data.append("name", "A");
    data.append("file", new Blob(["x"]), "x.txt");
    expect(formObject(data)).toEqual({ name: "A" });
  });
});
