import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddress, resolveClientAddress, UNKNOWN_ADDRESS, withClientAddress } from "./client-address";

let server: http.Server | undefined;

afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

/** A real HTTP server wrapped like scripts/server.ts, answering with the address the sign-in limits would count. */
async function serve(trustedHops: number): Promise<number> {
  server = http.createServer(
    withClientAddress((request, response) => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) if (typeof value === "string") headers.set(name, value);
      response.end(clientAddress(headers, true));
    }, trustedHops),
  );
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

const counted = async (port: number, headers: Record<string, string>) => (await fetch(`http://127.0.0.1:${port}/`, { headers })).text();

describe("the client address the sign-in limits count", () => {
  // Regression: the limit counted the first entry of X-Forwarded-For, which the
  // client writes itself: rotating it bypassed the limit, naming someone else's address locked them out.
  it("is the socket's peer, whatever the client writes into X-Forwarded-For or the server's own header", async () => {
    const port = await serve(0);
    expect(await counted(port, {})).toBe("127.0.0.1");
    expect(await counted(port, { "X-Forwarded-For": "203.0.113.7" })).toBe("127.0.0.1");
    expect(await counted(port, { "X-Forwarded-For": "203.0.113.7, 198.51.100.2", "X-Real-IP": "203.0.113.8" })).toBe("127.0.0.1");
    expect(await counted(port, { [CLIENT_ADDRESS_HEADER]: "203.0.113.9" })).toBe("127.0.0.1");
  });

  it("behind trusted proxies, is the entry the outermost trusted proxy appended, counted from the right", async () => {
    const port = await serve(1);
    expect(await counted(port, { "X-Forwarded-For": "203.0.113.7, 198.51.100.2" })).toBe("198.51.100.2");
    expect(await counted(port, {})).toBe("127.0.0.1");
  });

  it("counts hops from the right and stops at the leftmost entry", () => {
    expect(resolveClientAddress("10.0.0.2", "203.0.113.7, 198.51.100.2, 10.0.0.1", 0)).toBe("10.0.0.2");
    expect(resolveClientAddress("10.0.0.2", "203.0.113.7, 198.51.100.2, 10.0.0.1", 1)).toBe("10.0.0.1");
    expect(resolveClientAddress("10.0.0.2", "203.0.113.7, 198.51.100.2, 10.0.0.1", 2)).toBe("198.51.100.2");
    expect(resolveClientAddress("10.0.0.2", ["203.0.113.7", "198.51.100.2"], 5)).toBe("203.0.113.7");
    expect(resolveClientAddress("::ffff:192.0.2.1", undefined, 0)).toBe("192.0.2.1");
    expect(resolveClientAddress(undefined, undefined, 0)).toBe(UNKNOWN_ADDRESS);
  });

  it("reads no header the client could have written when the server does not derive the address", () => {
    const headers = new Headers({ [CLIENT_ADDRESS_HEADER]: "203.0.113.9", "x-forwarded-for": "203.0.113.7" });
    expect(clientAddress(headers, false)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.7" }), true)).toBe(UNKNOWN_ADDRESS);
  });
});
