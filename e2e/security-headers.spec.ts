import { test, expect } from "./fixtures";

test.describe("security headers", () => {
  test("every page forbids framing and sniffing and keeps referrers to the origin", async ({ request }) => {
    for (const path of ["/login", "/p/open-xchange/coi-website"]) {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const headers = response.headers();
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(headers["strict-transport-security"]).toBeUndefined();
    }
  });

  test("HSTS is sent only when the request came over HTTPS", async ({ request }) => {
    const response = await request.get("/login", { headers: { "x-forwarded-proto": "https" } });
    expect(response.headers()["strict-transport-security"]).toContain("max-age=31536000");
  });
});
