// Configuration for the Prisma 6.19 CLI (installed as "prisma6"), whose wasm schema engine
// runs in-process and so migrates without downloading anything. Prisma 7's CLI needs a
// native engine download for migrations; both use the same prisma/migrations folder and
// _prisma_migrations bookkeeping. Written for scripts/db/prisma6.ts, which generates the
// schema copy this file points at. Paths are absolute: the CLI resolves relative paths
// against this file's folder.
import path from "node:path";
import { defineConfig } from "prisma6/config";
import { migrationAdapter } from "./migration-adapter";

const root = process.cwd();

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(root, ".prisma6/schema.prisma"),
  migrations: { path: path.join(root, "prisma/migrations") },
  adapter: async () => migrationAdapter(process.env.DATABASE_URL ?? ""),
});
