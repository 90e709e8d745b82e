import { Prisma } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { databaseErrorKind, isGone, isNotFound, isUniqueViolation } from "./db-errors";

const known = (code: string) => new Prisma.PrismaClientKnownRequestError("failed", { code, clientVersion: "test" });

describe("reading Prisma's errors", () => {
  it("names the unique, foreign-key and not-found errors, and nothing else", () => {
    expect(databaseErrorKind(known("P2002"))).toBe("unique");
    expect(databaseErrorKind(known("P2003"))).toBe("foreign-key");
    expect(databaseErrorKind(known("P2025"))).toBe("not-found");
    expect(databaseErrorKind(known("P2034"))).toBeNull();
    expect(databaseErrorKind(new Error("P2002"))).toBeNull();
    expect(databaseErrorKind({ code: "P2002" })).toBeNull();
  });

  it("answers the questions the mutations ask", () => {
    expect(isUniqueViolation(known("P2002"))).toBe(true);
    expect(isUniqueViolation(known("P2025"))).toBe(false);
    expect(isNotFound(known("P2025"))).toBe(true);
    expect(isNotFound(known("P2003"))).toBe(false);
    expect(isGone(known("P2003"))).toBe(true);
    expect(isGone(known("P2025"))).toBe(true);
    expect(isGone(known("P2002"))).toBe(false);
  });
});
