// Prisma 7 configuration: `prisma generate`, and stock `prisma migrate deploy` for anyone
// whose machine can download Prisma's schema engine. Offline, `npm run db:*` does the same
// through scripts/db (see docs/migrations.md).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed/index.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
