/**
 * The API's own readers of request text, against generated input: the
 * Authorization header and the list cursor. Neither may throw, each accepts
 * exactly what it documents, and what the API writes it reads back.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nastyText } from "@/test/support/arbitraries";
import { parseBearer } from "./authorization";
import { decodeCursor, encodeCursor } from "./cursor";
import { parseIfMatch, etagOf } from "./etag";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 500);

const token68 = fc.stringMatching(/^[A-Za-z0-9\-._~+/]{1,200}=*$/);
const scheme = fc.constantFrom("Bearer", "bearer", "BEARER", "bEaReR");
const anyText = fc.oneof(fc.string({ maxLength: 600 }), nastyText, fc.string({ unit: "binary", maxLength: 300 }));

describe("parseBearer", () => {
  it("reads back every well-formed bearer credential", () => {
    fc.assert(
      fc.property(scheme, fc.integer({ min: 1, max: 3 }), token68, (name, spaces, token) => {
        expect(parseBearer(`${name}${" ".repeat(spaces)}${token}`)).toBe(token);
      }),
      { numRuns: RUNS },
    );
  });

  it("never throws, and what it returns is a token68 that the header contains", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.constant(null)), (header) => {
        const token = parseBearer(header);
        if (token !== null) {
          expect(token).toMatch(/^[A-Za-z0-9\-._~+/]+=*$/);
          expect(header).toContain(token);
          expect(header!.toLowerCase().startsWith("bearer ")).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("refuses other schemes, tokens with spaces, and overlong headers", () => {
    fc.assert(
      fc.property(token68, token68, (a, b) => {
        expect(parseBearer(`Basic ${a}`)).toBeNull();
        expect(parseBearer(`Bearer ${a} ${b}`)).toBeNull();
        expect(parseBearer(`Bearer${a}`)).toBeNull();
      }),
      { numRuns: RUNS },
    );
    expect(parseBearer(`Bearer ${"a".repeat(600)}`)).toBeNull();
  });
});

describe("cursor", () => {
  const part = fc.oneof(fc.string({ maxLength: 500 }), nastyText.filter((text) => text.length <= 500));

  it("decodes what it encodes", () => {
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 3 }), (parts) => {
        const cursor = encodeCursor(parts);
        if (cursor.length <= 1_000) expect(decodeCursor(cursor, parts.length)).toEqual(parts);
        expect(decodeCursor(cursor, parts.length + 1)).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });

  it("never throws on anything sent, and returns only strings of the asked arity", () => {
    const encodedJunk = fc.jsonValue().map((value) => Buffer.from(JSON.stringify(value) ?? "", "utf8").toString("base64url"));
    fc.assert(
      fc.property(fc.oneof(anyText, encodedJunk), fc.integer({ min: 1, max: 3 }), (cursor, arity) => {
        const parts = decodeCursor(cursor, arity);
        if (parts !== null) {
          expect(parts).toHaveLength(arity);
          for (const p of parts) expect(typeof p).toBe("string");
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe("parseIfMatch", () => {
  it("reads back the ETags the API gives out, alone or in a list", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 2_147_483_647 }), { minLength: 1, maxLength: 4 }), (versions) => {
        expect(parseIfMatch(versions.map(etagOf).join(", "))).toEqual({ kind: "versions", versions });
      }),
      { numRuns: RUNS },
    );
  });

  it("never throws, and weak or foreign tags match no version", () => {
    fc.assert(
      fc.property(anyText, (header) => {
        const parsed = parseIfMatch(header);
        if (parsed.kind === "versions") for (const v of parsed.versions) expect(Number.isInteger(v)).toBe(true);
      }),
      { numRuns: RUNS },
    );
    expect(parseIfMatch('W/"3"')).toEqual({ kind: "versions", versions: [] });
    expect(parseIfMatch(null)).toEqual({ kind: "missing" });
    expect(parseIfMatch(" * ")).toEqual({ kind: "any" });
  });
});
