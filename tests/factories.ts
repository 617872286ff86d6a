// Factories: one per model that tests set up by hand. Each call makes new rows with unique
// names, so tests never share data, and takes only what the test cares about. Tokens, the
// outbox and rate-limit counters are made by the real flows (apiLogin, sendMail, sign-in),
// except one-time links, whose expiry tests need to control.
// Used by vitest and by the Playwright fixtures, so it imports nothing from either.
import { randomInt, randomUUID } from "node:crypto";
import { randomToken, sha256 } from "@/lib/auth/crypto";
import { hashPassword } from "@/lib/auth/password-hash";
import { db } from "@/lib/db";
import type {
  ContentType,
  CourseStatus,
  EnrollmentStatus,
  InvoiceStatus,
  MemberLevel,
  QuestionType,
  Role,
  TokenPurpose,
} from "@/lib/generated/prisma/enums";

export const unique = (label = "t") => `${label}-${randomUUID().slice(0, 8)}`;
const slugOf = (text: string) => unique(text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40) || "x");
export const TEST_PASSWORD = "correct horse battery";

let passwordHash: Promise<string> | undefined;
const testPasswordHash = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

export type TestUser = Awaited<ReturnType<typeof makeUser>>;

/** An active user who signs in with TEST_PASSWORD (or `password`). */
export async function makeUser(
  opts: {
    role?: Role;
    activated?: boolean;
    disabled?: boolean;
    email?: string;
    username?: string;
    fullName?: string;
    password?: string;
    memberLevel?: MemberLevel;
    avatarUrl?: string;
  } = {},
) {
  const handle = unique("user");
  return db.user.create({
    data: {
      email: (opts.email ?? `${handle}@example.test`).toLowerCase(),
      username: opts.username ?? handle,
      fullName: opts.fullName ?? `Test ${handle}`,
      passwordHash: opts.password ? await hashPassword(opts.password) : await testPasswordHash(),
      role: opts.role ?? "STUDENT",
      memberLevel: opts.memberLevel,
      avatarUrl: opts.avatarUrl,
      activatedAt: opts.activated === false ? null : new Date(),
      disabledAt: opts.disabled ? new Date() : null,
    },
  });
}

export const makeCategory = (opts: { name?: string; description?: string } = {}) => {
  const name = opts.name ?? unique("Category");
  return db.category.create({ data: { name, slug: slugOf(name), description: opts.description } });
};

export type QuestionSpec = { prompt: string; type?: QuestionType; points?: number; options: { text: string; isCorrect?: boolean }[] };
export type ContentSpec = { title: string; type: ContentType; description?: string; body?: string; url?: string; questions?: QuestionSpec[] };
export type ModuleSpec = { title: string; description?: string; contents?: ContentSpec[] };

const questionsCreate = (questions: QuestionSpec[] = []) => ({
  create: questions.map(({ options, ...question }, q) => ({
    ...question,
    position: q + 1,
    options: { create: options.map((option, o) => ({ ...option, position: o + 1 })) },
  })),
});

const contentsCreate = (contents: ContentSpec[] = []) => ({
  create: contents.map(({ questions, ...content }, c) => ({ ...content, position: c + 1, questions: questionsCreate(questions) })),
});

/** A course (published by default) with an optional outline of modules, contents and quiz questions. */
export async function makeCourse(opts: {
  teacherId: number;
  title?: string;
  slug?: string;
  description?: string;
  status?: CourseStatus;
  priceIDR?: number;
  categoryId?: number;
  releaseDate?: Date;
  coverImageUrl?: string;
  createdAt?: Date;
  outline?: ModuleSpec[];
}) {
  const { outline = [], ...course } = opts;
  const title = course.title ?? unique("Course");
  return db.course.create({
    data: {
      ...course,
      title,
      slug: course.slug ?? slugOf(title),
      status: course.status ?? "PUBLISHED",
      modules: {
        create: outline.map(({ contents, ...module }, m) => ({ ...module, position: m + 1, contents: contentsCreate(contents) })),
      },
    },
  });
}

/** A module appended to the end of the course's outline. */
export async function makeModule(opts: { courseId: number; title?: string; description?: string; contents?: ContentSpec[] }) {
  const { contents, ...module } = opts;
  const position = (await db.module.count({ where: { courseId: opts.courseId } })) + 1;
  return db.module.create({ data: { ...module, title: module.title ?? unique("Module"), position, contents: contentsCreate(contents) } });
}

/** A content block appended to the end of the module, with its quiz questions if any. */
export async function makeContent(opts: { moduleId: number; type?: ContentType } & Partial<Omit<ContentSpec, "type">>) {
  const { questions, ...content } = opts;
  const position = (await db.content.count({ where: { moduleId: opts.moduleId } })) + 1;
  return db.content.create({
    data: { ...content, title: content.title ?? unique("Content"), type: content.type ?? "LESSON", position, questions: questionsCreate(questions) },
    include: { questions: { include: { options: true }, orderBy: { position: "asc" } } },
  });
}

/** An enrollment, In Progress unless told otherwise; completed ones get their completedAt. */
export function makeEnrollment(opts: { studentId: number; courseId: number; status?: EnrollmentStatus; progressPercentage?: number; enrolledAt?: Date }) {
  const status = opts.status ?? "IN_PROGRESS";
  return db.enrollment.create({
    data: {
      ...opts,
      status,
      completedAt: status === "COMPLETED" ? new Date() : null,
      cancelledAt: status === "CANCELLED" ? new Date() : null,
      live: status === "CANCELLED" ? null : true,
    },
  });
}

/** 16 digits behind a bank-like prefix; random, so unique in practice. */
const virtualAccountNumber = () => `8808${Array.from({ length: 12 }, () => randomInt(10)).join("")}`;

/** An invoice for an enrollment, pending and due in 3 days unless told otherwise. */
export function makeInvoice(opts: { enrollmentId: number; amountIDR?: number; status?: InvoiceStatus; paymentDueAt?: Date; virtualAccountNumber?: string }) {
  const status = opts.status ?? "PENDING";
  return db.invoice.create({
    data: {
      ...opts,
      virtualAccountNumber: opts.virtualAccountNumber ?? virtualAccountNumber(),
      amountIDR: opts.amountIDR ?? 150_000,
      status,
      paymentDueAt: opts.paymentDueAt ?? new Date(Date.now() + 3 * 24 * 60 * 60 * 1000),
      paidAt: status === "PAID" ? new Date() : null,
    },
  });
}

/** A completed content block, with a submission, quiz answers or a grade when given. */
export function makeCompletion(opts: {
  studentId: number;
  contentId: number;
  submissionUrl?: string;
  submissionText?: string;
  quizAnswers?: Record<string, number[]>;
  grade?: number;
  feedback?: string;
  gradedById?: number;
}) {
  return db.completion.create({ data: { ...opts, gradedAt: opts.grade === undefined ? null : new Date() } });
}

/** The certificate of an enrollment, with a fresh unguessable code. */
export function makeCertificate(enrollment: { id: number; studentId: number; courseId: number }) {
  return db.certificate.create({
    data: { enrollmentId: enrollment.id, userId: enrollment.studentId, courseId: enrollment.courseId, code: randomUUID().replaceAll("-", "") },
  });
}

/** A forum: platform-wide, or a course's Q&A when courseId is given. */
export function makeDiscussion(opts: { createdById?: number; courseId?: number; title?: string; description?: string } = {}) {
  return db.discussion.create({ data: { ...opts, title: opts.title ?? unique("Discussion") } });
}

export function makeComment(opts: { discussionId: number; authorId: number; parentId?: number; body?: string; edited?: boolean; deleted?: boolean }) {
  const { edited, deleted, ...comment } = opts;
  return db.comment.create({
    data: { ...comment, body: comment.body ?? `Comment ${unique()}`, editedAt: edited ? new Date() : null, deletedAt: deleted ? new Date() : null },
  });
}

export const makeCommentLike = (opts: { commentId: number; userId: number }) => db.commentLike.create({ data: opts });

export function makeAuditLog(opts: { actorId?: number; action?: string; entity?: string; entityId?: number; data?: Record<string, string | number | boolean>; ip?: string } = {}) {
  return db.auditLog.create({ data: { ...opts, action: opts.action ?? "test.action", entity: opts.entity ?? "User" } });
}

/** An activation or reset link token: returns the token as mailed, and stores only its hash. */
export async function makeOneTimeToken(opts: { userId: number; purpose: TokenPurpose; expiresAt?: Date; usedAt?: Date }) {
  const token = randomToken();
  const row = await db.oneTimeToken.create({
    data: { ...opts, tokenHash: sha256(token), expiresAt: opts.expiresAt ?? new Date(Date.now() + 30 * 60 * 1000) },
  });
  return { token, row };
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

/** An ASSIGNMENT content appended to the module, with its due date and completion rule. */
export function makeAssignmentContent(opts: {
  moduleId: number;
  title?: string;
  body?: string;
  dueAt?: Date | null;
  completionRule?: "ON_SUBMISSION" | "ON_PASSING_GRADE";
  passMark?: number | null;
}) {
  return db.$transaction(async (tx) => {
    const position = (await tx.content.count({ where: { moduleId: opts.moduleId } })) + 1;
    return tx.content.create({
      data: { ...opts, title: opts.title ?? unique("Assignment"), type: "ASSIGNMENT", position, submissionKinds: ["TEXT", "URL", "FILE"] },
    });
  });
}

/**
 * A handed-in assignment: submitted (now unless told), late when told, completed at once
 * unless `completed: false` (an assignment that waits for a passing grade).
 */
export function makeAssignmentSubmission(opts: {
  studentId: number;
  contentId: number;
  text?: string;
  url?: string;
  fileName?: string;
  submittedAt?: Date;
  late?: boolean;
  completed?: boolean;
  grade?: number;
  gradedById?: number;
}) {
  const submittedAt = opts.submittedAt ?? new Date();
  return db.completion.create({
    data: {
      studentId: opts.studentId,
      contentId: opts.contentId,
      submissionText: opts.text ?? null,
      submissionUrl: opts.url ?? null,
      submissionFileName: opts.fileName ?? null,
      submittedAt,
      late: opts.late ?? false,
      completedAt: opts.completed === false ? null : submittedAt,
      grade: opts.grade ?? null,
      gradedAt: opts.grade === undefined ? null : new Date(),
      gradedById: opts.gradedById ?? null,
    },
  });
}

/** A quiz attempt with its score in percent (points out of 100). */
export function makeQuizAttempt(opts: { studentId: number; contentId: number; percentage: number; passed?: boolean; createdAt?: Date }) {
  return db.quizAttempt.create({
    data: {
      studentId: opts.studentId,
      contentId: opts.contentId,
      answers: {},
      points: Math.round(opts.percentage),
      maxPoints: 100,
      percentage: opts.percentage,
      passed: opts.passed ?? opts.percentage >= 50,
      createdAt: opts.createdAt,
    },
  });
}
