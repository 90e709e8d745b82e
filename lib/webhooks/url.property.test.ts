/**
 * The webhook address check is a parser of user input that guards the server
 * against being sent to internal addresses (SSRF): whatever is typed, it must
 * answer with a message or an address, never throw; it must never accept a
 * loopback, private or link-local address (in any spelling) unless allowed,
 * nor plain http unless allowed.
 */
import fc from "fast-check";
import { inEnglish } from "@/lib/i18n/english";
import { describe, expect, it } from "vitest";
import { formString, ipv6Embedding, nonPublicIpv4, publicIpv4 } from "@/test/support/arbitraries";
import { checkWebhookUrl } from "./url";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);
const STRICT = { allowHttp: false, allowPrivate: false };
const OPEN = { allowHttp: true, allowPrivate: true };
const policy = fc.record({ allowHttp: fc.boolean(), allowPrivate: fc.boolean() });
const path = fc.constantFrom("", "/", "/hooks", "/a/b?x=1", ":8443/in");

describe("checkWebhookUrl", () => {
  it("answers anything typed with an address or a message for people, never an exception", () => {
    const typed = fc.oneof(formString(2500), fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.webUrl().map((u) => u.replace(/^https?/, "ftp")));
    fc.assert(
      fc.property(typed, policy, (input, rules) => {
        const result = checkWebhookUrl(input, rules);
        if (!result.ok) {
          expect(inEnglish(result.message)).toMatch(/^[A-Z].*\.$/);
          return;
        }
        const url = new URL(result.url);
        expect(["https:", ...(rules.allowHttp ? ["http:"] : [])]).toContain(url.protocol);
        expect(url.username + url.password + url.hash).toBe("");
        // Reading an accepted address again changes nothing.
        expect(checkWebhookUrl(result.url, rules)).toEqual(result);
      }),
      { numRuns: RUNS },
    );
  });

  it("refuses every non-public IPv4 address, in every spelling, unless private addresses are allowed", () => {
    const host = nonPublicIpv4.chain((ip) => fc.oneof(fc.constant(ip), ipv6Embedding(ip).map((v6) => `[${v6}]`)));
    fc.assert(
      fc.property(host, path, (literal, rest) => {
        const input = `https://${literal}${rest}`;
        expect(checkWebhookUrl(input, STRICT).ok, input).toBe(false);
        expect(checkWebhookUrl(input, { allowHttp: false, allowPrivate: true }).ok, input).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("refuses loopback, link-local and unique-local IPv6 and local names", () => {
    for (const host of ["[::1]", "[::]", "[fe80::1]", "[fd12:3456::1]", "[fc00::5]", "localhost", "api.localhost", "printer.local", "intranet", "LOCALHOST."]) {
      expect(checkWebhookUrl(`https://${host}/hook`, STRICT).ok, host).toBe(false);
      expect(checkWebhookUrl(`https://${host}/hook`, OPEN).ok, host).toBe(true);
    }
  });

  it("accepts public addresses, and plain http only where allowed", () => {
    fc.assert(
      fc.property(fc.oneof(publicIpv4, publicIpv4.chain((ip) => ipv6Embedding(ip).map((v6) => `[${v6}]`)), fc.domain()), path, (host, rest) => {
        fc.pre(!/\.(local|localhost|internal)$/i.test(host));
        expect(checkWebhookUrl(`https://${host}${rest}`, STRICT).ok).toBe(true);
        expect(checkWebhookUrl(`http://${host}${rest}`, STRICT).ok).toBe(false);
        expect(checkWebhookUrl(`http://${host}${rest}`, { allowHttp: true, allowPrivate: false }).ok).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("refuses addresses with credentials, whoever's host", () => {
    fc.assert(
      fc.property(fc.webUrl(), fc.stringMatching(/^[a-z0-9]{1,12}$/), (url, user) => {
        const withUser = url.replace("://", `://${user}:pw@`);
        expect(checkWebhookUrl(withUser, OPEN).ok).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });
});
