// Demo data: accounts, categories, courses with every kind of content, enrolments with
// progress, a certificate, an unpaid invoice and discussions. Safe to run again: the admin
// account is created last and its presence means the seed has run.
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { hashPassword } from "../../lib/auth/password";
import { PrismaClient } from "../../lib/generated/prisma/client";
import type { CourseSpec } from "./course-types";
import { dataCourses } from "./courses-data";
import { otherCourses } from "./courses-other";
import { webCourses } from "./courses-web";
import { seedActivity } from "./activity";
import { categories, DEMO_PASSWORD, people } from "./people";

const DAY = 24 * 60 * 60 * 1000;
export const courseSpecs: CourseSpec[] = [...webCourses, ...dataCourses, ...otherCourses];

function contentRows(spec: CourseSpec["modules"][number]["contents"]) {
  return spec.map((content, c) => {
    const base = { title: content.title, type: content.type, position: c + 1 };
    switch (content.type) {
      case "LESSON":
      case "ASSIGNMENT":
        return { ...base, body: content.body };
      case "QUIZ":
        return {
          ...base,
          body: content.body,
          questions: {
            create: content.questions.map((question, q) => ({
              prompt: question.prompt,
              points: question.points ?? 1,
              position: q + 1,
              type: question.options.filter(([, correct]) => correct).length > 1 ? ("MULTIPLE_CHOICE" as const) : ("SINGLE_CHOICE" as const),
              options: { create: question.options.map(([text, isCorrect], o) => ({ text, isCorrect, position: o + 1 })) },
            })),
          },
        };
      default:
        return { ...base, url: content.url, description: content.description ?? "" };
    }
  });
}

export async function seed(db: PrismaClient): Promise<{ created: boolean }> {
  const [admin, ...others] = people;
  if (!admin || (await db.user.findUnique({ where: { email: admin.email } }))) return { created: false };

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const activatedAt = new Date(Date.now() - 200 * DAY);
  const account = (person: (typeof people)[number]) => ({ ...person, passwordHash, activatedAt, createdAt: activatedAt });
  await db.user.createMany({ data: others.map(account), skipDuplicates: true });
  await db.category.createMany({ data: categories, skipDuplicates: true });

  const userIds = new Map((await db.user.findMany({ select: { id: true, email: true } })).map((u) => [u.email, u.id]));
  const categoryIds = new Map((await db.category.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id]));

  for (const spec of courseSpecs) {
    if (await db.course.findUnique({ where: { slug: spec.slug } })) continue;
    const createdAt = new Date(Date.now() - spec.daysAgo * DAY);
    await db.course.create({
      data: {
        slug: spec.slug,
        title: spec.title,
        description: spec.description,
        priceIDR: spec.priceIDR,
        status: spec.status ?? "PUBLISHED",
        teacherId: userIds.get(spec.teacher)!,
        categoryId: categoryIds.get(spec.category),
        releaseDate: createdAt,
        createdAt,
        modules: {
          create: spec.modules.map((module, m) => ({
            title: module.title,
            description: module.description ?? "",
            position: m + 1,
            contents: { create: contentRows(module.contents) },
          })),
        },
      },
    });
  }

  await seedActivity(db, userIds, () => randomBytes(16).toString("base64url"));
  await db.user.create({ data: account(admin) });
  return { created: true };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!process.env.DATABASE_URL) {
    console.error("DATABASE_URL is not set. Run `npm start` once (it seeds the embedded database), or set DATABASE_URL.");
    process.exit(1);
  }
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });
  const { created } = await seed(db);
  await db.$disconnect();
  console.log(created ? "Seeded demo data." : "Demo data already present.");
}
