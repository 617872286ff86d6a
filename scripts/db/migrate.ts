// npm run db:migrate — applies prisma/migrations to DATABASE_URL (or the embedded server).
import { resolveDatabaseUrl } from "../lib/embedded-postgres";
import { prisma6 } from "./prisma6";

export async function migrate(databaseUrl: string, opts: { quiet?: boolean } = {}): Promise<void> {
  const { code } = await prisma6(["migrate", "deploy"], { databaseUrl, capture: opts.quiet });
  if (code !== 0) throw new Error(`prisma migrate deploy exited with ${code}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const db = await resolveDatabaseUrl();
  try {
    await migrate(db.url);
  } finally {
    await db.stop();
  }
}
