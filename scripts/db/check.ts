// npm run db:check — exits non-zero when prisma/migrations and schema.prisma differ,
// i.e. when a schema change has no migration yet (npm run db:new -- <name>).
import { resolveDatabaseUrl } from "../lib/embedded-postgres";
import { prisma6, schemaCopyPath } from "./prisma6";

const db = await resolveDatabaseUrl();
let code: number;
try {
  ({ code } = await prisma6(
    ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", schemaCopyPath(), "--exit-code"],
    { databaseUrl: db.url, capture: true },
  ));
} finally {
  await db.stop();
}
if (code === 0) console.log("db:check: migrations match prisma/schema.prisma");
else if (code === 2) console.error("db:check: prisma/schema.prisma has changes without a migration. Run: npm run db:new -- <name>");
else console.error(`db:check: migrate diff failed (exit ${code})`);
process.exit(code);
