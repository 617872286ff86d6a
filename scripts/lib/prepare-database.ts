// Fills a database that holds no users with the demo data. Shared by `npm start` and the
// end-to-end test server.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { seed } from "../../prisma/seed/index";

export async function seedIfEmpty(url: string): Promise<boolean> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    if ((await db.user.count()) > 0) return false;
    await seed(db);
    return true;
  } finally {
    await db.$disconnect();
  }
}
