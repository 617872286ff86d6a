// Factories: each call makes new rows with unique names, so tests never share data.
import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password-hash";
import { db } from "@/lib/db";
import type { ContentType, CourseStatus, Role } from "@/lib/generated/prisma/enums";

export const unique = (label = "t") => `${label}-${randomUUID().slice(0, 8)}`;
export const TEST_PASSWORD = "correct horse battery";

let passwordHash: Promise<string> | undefined;
const testPasswordHash = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

export async function makeUser(opts: { role?: Role; activated?: boolean; email?: string; username?: string; fullName?: string } = {}) {
  const handle = unique("user");
  return db.user.create({
    data: {
      email: (opts.email ?? `${handle}@example.test`).toLowerCase(),
      username: opts.username ?? handle,
      fullName: opts.fullName ?? `Test ${handle}`,
      passwordHash: await testPasswordHash(),
      role: opts.role ?? "STUDENT",
      activatedAt: opts.activated === false ? null : new Date(),
    },
  });
}

export const makeCategory = (name = unique("Category")) =>
  db.category.create({ data: { name, slug: name.toLowerCase().replace(/[^a-z0-9]+/g, "-") } });

export async function makeCourse(opts: {
  teacherId: number;
  title?: string;
  description?: string;
  status?: CourseStatus;
  priceIDR?: number;
  categoryId?: number;
  createdAt?: Date;
  outline?: { title: string; contents: { title: string; type: ContentType }[] }[];
}) {
  const title = opts.title ?? unique("Course");
  return db.course.create({
    data: {
      title,
      slug: unique(title.toLowerCase().replace(/[^a-z0-9]+/g, "-").slice(0, 40)),
      description: opts.description ?? "",
      status: opts.status ?? "PUBLISHED",
      priceIDR: opts.priceIDR ?? 0,
      teacherId: opts.teacherId,
      categoryId: opts.categoryId,
      createdAt: opts.createdAt,
      modules: {
        create: (opts.outline ?? []).map((module, m) => ({
          title: module.title,
          position: m + 1,
          contents: { create: module.contents.map((content, c) => ({ ...content, position: c + 1 })) },
        })),
      },
    },
  });
}

let counter: { count: number } | null = null;
let listening = false;

/** Counts the SQL statements Prisma sends while fn runs (tests in a file run one at a time). */
export async function countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: number }> {
  if (!listening) {
    db.$on("query", () => {
      if (counter) counter.count++;
    });
    listening = true;
  }
  const mine = { count: 0 };
  counter = mine;
  try {
    return { result: await fn(), queries: mine.count };
  } finally {
    counter = null;
  }
}

/** A fresh client address per test, so rate limits of one test never touch another. */
export const uniqueIp = () => `10.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}-${unique("ip")}`;
