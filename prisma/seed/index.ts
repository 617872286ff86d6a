// Demo data (`npm run db:seed`, and `npm start` on an empty database): accounts,
// categories, courses with every kind of content (their handouts stored as PDF files),
// enrolments with progress, a certificate, invoices and discussions. Idempotent: it does
// nothing once the admin account exists, and it runs in one transaction, so a failed run
// leaves no rows behind to trip the next one.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { createCategories } from "./categories";
import { createCourses } from "./courses";
import { createDiscussions } from "./discussions";
import { createEnrollments } from "./enrollments";
import { createUsers } from "./users";

const ADMIN_EMAIL = "admin@example.com";

export async function seed(db: PrismaClient): Promise<{ created: boolean }> {
  if (await db.user.findUnique({ where: { email: ADMIN_EMAIL }, select: { id: true } })) return { created: false };

  await db.$transaction(
    async (tx) => {
      const userIds = await createUsers(tx);
      const categoryIds = await createCategories(tx);
      const courseIds = await createCourses(tx, userIds, categoryIds);
      // Activity only for courses created now, so nothing can collide with existing rows.
      await createEnrollments(tx, userIds, new Set(courseIds.keys()));
      await createDiscussions(tx, userIds, courseIds);
    },
    // Well above the few seconds the seed takes, for slow CI machines.
    { maxWait: 10_000, timeout: 60_000 },
  );
  return { created: true };
}

export { DEMO_PASSWORD } from "./users";

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!process.env.DATABASE_URL) {
    console.error("DATABASE_URL is not set. Set it to a migrated PostgreSQL database, or run `npm start`, which seeds its embedded database.");
    process.exit(1);
  }
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });
  try {
    const { created } = await seed(db);
    console.log(created ? "Seeded demo data." : "Demo data already present.");
  } finally {
    await db.$disconnect();
  }
}
