// Regression: absolute addresses (canonical link, JSON-LD, redirects) always
// named the server's own http://localhost:<port>, whatever address people used.
import { describe, expect, it } from "vitest";
import { originFrom } from "./public-origin";

const request = "http://localhost:3000/p/acme/privacy?x=1";

describe("the public origin", () => {
  it("is APP_URL when set, without its path", () => {
    expect(originFrom({ APP_URL: "https://register.example.org/", AUTH_URL: "https://auth.example.org" }, request)).toBe("https://register.example.org");
    expect(originFrom({ APP_URL: "https://register.example.org:8443/app" }, request)).toBe("https://register.example.org:8443");
  });

  it("falls back to AUTH_URL, then to the request's own origin", () => {
    expect(originFrom({ AUTH_URL: "https://auth.example.org/api/auth" }, request)).toBe("https://auth.example.org");
    expect(originFrom({}, request)).toBe("http://localhost:3000");
  });
});
