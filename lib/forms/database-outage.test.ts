import { Prisma } from "@prisma/client";
import { describe, expect, it } from "vitest";
import {
  DATABASE_UNAVAILABLE_MESSAGE,
  DatabaseUnavailableError,
  isDatabaseUnavailable,
  isDatabaseUnavailableDigest,
  rethrowDatabaseUnavailable,
} from "./database-outage";
import { keepFormOnOutage } from "./database-outage-action";

// The shapes as Prisma 6.19 with @prisma/adapter-pg reported them against a
// server that was stopped or whose backend was terminated.
const known = (code: string, cause: Record<string, unknown>, message = "Invalid invocation") =>
  new Prisma.PrismaClientKnownRequestError(message, {
    code,
    clientVersion: "6.19.3",
    meta: { driverAdapterError: Object.assign(new Error(String(cause.kind)), { name: "DriverAdapterError", cause }) },
  });

describe("isDatabaseUnavailable", () => {
  it("recognises a refused connection, a terminated backend and a lost socket", () => {
    expect(isDatabaseUnavailable(known("P1001", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 }))).toBe(true);
    // Raw queries report P2010; the adapter's cause says what happened.
    expect(isDatabaseUnavailable(known("P2010", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 }))).toBe(true);
    expect(isDatabaseUnavailable(known("P2010", { kind: "postgres", code: "57P01", originalCode: "57P01", message: "terminating connection due to administrator command" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("terminating connection"), { name: "DriverAdapterError", cause: { kind: "postgres", code: "57P03" } }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED", syscall: "connect", errno: -111 }))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([Object.assign(new Error("refused"), { code: "ECONNREFUSED" })], ""))).toBe(true);
    expect(isDatabaseUnavailable(new Prisma.PrismaClientInitializationError("Can't reach database server at db:5432", "6.19.3", "P1001"))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("connection failure"), { code: "08006" }))).toBe(true);
  });

  it("leaves ordinary errors alone", () => {
    expect(isDatabaseUnavailable(known("P2002", { kind: "UniqueConstraintViolation" }))).toBe(false);
    expect(isDatabaseUnavailable(known("P2010", { kind: "postgres", code: "42P01", message: 'relation "x" does not exist' }))).toBe(false);
    expect(isDatabaseUnavailable(new Error("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
    expect(isDatabaseUnavailable("Connection terminated unexpectedly")).toBe(false);
  });

  it("survives an error whose cause points back at itself", () => {
    const error: Error & { cause?: unknown } = new Error("loop");
    error.cause = error;
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe("marking an outage for the error page", () => {
  it("wraps an outage in an error whose digest error.tsx recognises, and rethrows anything else unchanged", () => {
    const outage = known("P1001", { kind: "DatabaseNotReachable" });
    let thrown: unknown;
    try {
      rethrowDatabaseUnavailable(outage);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DatabaseUnavailableError);
    expect((thrown as DatabaseUnavailableError).cause).toBe(outage);
    expect(isDatabaseUnavailableDigest((thrown as DatabaseUnavailableError).digest)).toBe(true);
    expect(isDatabaseUnavailable(thrown)).toBe(true);

    const bug = new TypeError("a bug");
    expect(() => rethrowDatabaseUnavailable(bug)).toThrow(bug);
    expect(isDatabaseUnavailableDigest("1234567890")).toBe(false);
    expect(isDatabaseUnavailableDigest(undefined)).toBe(false);
  });
});

type State = { ok?: boolean; formError?: string };

describe("keepFormOnOutage", () => {
  const values = { name: "Payroll", purposes: [{ description: "Pay salaries" }] };

  it("answers an outage with the message and the values the user sent", async () => {
    const save = keepFormOnOutage<[id: string, submitted: typeof values], State>(async () => {
      throw known("P1001", { kind: "DatabaseNotReachable" });
    });
    expect(await save("a1", values)).toEqual({ ok: false, kind: "unavailable", formError: DATABASE_UNAVAILABLE_MESSAGE, values });

    const form = new FormData();
    form.set("name", "Typed");
    form.set("version", "3");
    const submit = keepFormOnOutage<[previous: unknown, form: FormData], State>(async () => {
      throw new Error("Connection terminated unexpectedly");
    });
    expect(await submit({}, form)).toEqual({ ok: false, kind: "unavailable", formError: DATABASE_UNAVAILABLE_MESSAGE, values: { name: "Typed", version: "3" } });

    const retire = keepFormOnOutage<[id: string, version: number], State>(async () => {
      throw new DatabaseUnavailableError(new Error("Connection terminated unexpectedly"));
    });
    expect(await retire("a1", 2)).toEqual({ ok: false, kind: "unavailable", formError: DATABASE_UNAVAILABLE_MESSAGE });
  });

  it("passes results through and rethrows everything else, including Next.js redirects", async () => {
    const ok = keepFormOnOutage(async () => ({ ok: true, message: "Saved" }));
    expect(await ok()).toEqual({ ok: true, message: "Saved" });

    const redirect = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/activities/a1;307;" });
    await expect(keepFormOnOutage(async (): Promise<{ ok?: boolean }> => Promise.reject(redirect))()).rejects.toBe(redirect);
    const unique = known("P2002", { kind: "UniqueConstraintViolation" });
    await expect(keepFormOnOutage(async (): Promise<{ ok?: boolean }> => Promise.reject(unique))()).rejects.toBe(unique);
  });
});
