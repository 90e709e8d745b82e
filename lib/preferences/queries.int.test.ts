import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { getColumnVisibility, getLocalePreference, saveColumnVisibility, saveLocalePreference } from "./queries";

const db = createDb(process.env.DATABASE_URL!);
let userA: string;
let userB: string;

beforeAll(async () => {
  const make = async () =>
    (await db.user.create({ data: { email: `pref-${crypto.randomUUID()}@test.example`, name: "Pref", passwordHash: "x" }, select: { id: true } })).id;
  [userA, userB] = await Promise.all([make(), make()]);
});

afterAll(async () => {
  await db.user.deleteMany({ where: { id: { in: [userA, userB] } } });
  await db.$disconnect();
});

describe("column visibility preferences", () => {
  it("remembers one user's choice per table, and only theirs", async () => {
    expect(await getColumnVisibility(userA, "activities")).toEqual({});
    expect(await saveColumnVisibility(userA, { table: "activities", columnVisibility: { role: false, owner: true } })).toBe(true);
    expect(await saveColumnVisibility(userA, { table: "activities", columnVisibility: { role: false, department: false } })).toBe(true);
    expect(await getColumnVisibility(userA, "activities")).toEqual({ role: false, department: false });
    expect(await getColumnVisibility(userB, "activities")).toEqual({});
    const stored = await db.userPreference.findUniqueOrThrow({ where: { userId_key: { userId: userA, key: "table:activities" } } });
    expect(stored.value).toEqual({ columnVisibility: { role: false, department: false } });
  });

  it("refuses a malformed request without storing it", async () => {
    expect(await saveColumnVisibility(userB, { table: "activities", columnVisibility: { role: "hidden" } })).toBe(false);
    expect(await saveColumnVisibility(userB, { table: "../secrets", columnVisibility: {} })).toBe(false);
    expect(await db.userPreference.count({ where: { userId: userB } })).toBe(0);
  });
});

describe("the dashboard language", () => {
  it("is remembered per user, and forgotten when the user goes back to the browser's", async () => {
    expect(await getLocalePreference(userA)).toBeNull();
    expect(await saveLocalePreference(userA, { locale: "de" })).toBe(true);
    expect(await getLocalePreference(userA)).toBe("de");
    expect(await getLocalePreference(userB)).toBeNull();
    expect(await saveLocalePreference(userA, { locale: "" })).toBe(true);
    expect(await getLocalePreference(userA)).toBeNull();
    expect(await db.userPreference.count({ where: { userId: userA, key: "locale" } })).toBe(0);
  });

  it("refuses languages the dashboard does not have", async () => {
    expect(await saveLocalePreference(userB, { locale: "fr" })).toBe(false);
    expect(await saveLocalePreference(userB, { locale: null })).toBe(false);
    expect(await db.userPreference.count({ where: { userId: userB, key: "locale" } })).toBe(0);
  });

  it("reads a stored language that is no longer offered as no choice", async () => {
    await db.userPreference.create({ data: { userId: userB, key: "locale", value: { locale: "fr" } } });
    expect(await getLocalePreference(userB)).toBeNull();
  });
});
