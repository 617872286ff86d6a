// Demo accounts. Every one signs in with DEMO_PASSWORD and is already activated.
import type { MemberLevel, Role } from "../../lib/generated/prisma/enums";
import type { Prisma } from "../../lib/generated/prisma/client";
import { hashPassword } from "../../lib/auth/password-hash";
import { daysAgo } from "./time";

export const DEMO_PASSWORD = "lms-demo-2026";

type Person = { email: string; username: string; fullName: string; role: Role; memberLevel?: MemberLevel; joinedDaysAgo: number };

// Emails are lower-case here because the domain layer stores them that way.
export const people: Person[] = [
  { email: "admin@example.com", username: "admin", fullName: "Ayu Pratama", role: "ADMIN", joinedDaysAgo: 420 },
  { email: "teacher@example.com", username: "teacher", fullName: "Sari Wulandari", role: "TEACHER", joinedDaysAgo: 410 },
  { email: "teacher2@example.com", username: "budi.santoso", fullName: "Budi Santoso", role: "TEACHER", joinedDaysAgo: 405 },
  { email: "student@example.com", username: "student", fullName: "Rizky Hidayat", role: "STUDENT", memberLevel: "PREMIUM", joinedDaysAgo: 170 },
  { email: "student2@example.com", username: "maya.lestari", fullName: "Maya Lestari", role: "STUDENT", joinedDaysAgo: 150 },
  { email: "student3@example.com", username: "daniel.okafor", fullName: "Daniel Okafor", role: "STUDENT", joinedDaysAgo: 120 },
  { email: "student4@example.com", username: "putri.ananda", fullName: "Putri Ananda", role: "STUDENT", joinedDaysAgo: 95 },
  { email: "student5@example.com", username: "lucas.meyer", fullName: "Lucas Meyer", role: "STUDENT", joinedDaysAgo: 40 },
  { email: "student6@example.com", username: "nadia.rahman", fullName: "Nadia Rahman", role: "STUDENT", joinedDaysAgo: 60 },
];

/** Creates the accounts and returns their ids by email. */
export async function createUsers(tx: Prisma.TransactionClient): Promise<Map<string, number>> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await tx.user.createMany({
    data: people.map(({ joinedDaysAgo, ...person }) => {
      const joined = daysAgo(joinedDaysAgo);
      return { ...person, passwordHash, createdAt: joined, activatedAt: joined };
    }),
    skipDuplicates: true,
  });
  const users = await tx.user.findMany({ where: { email: { in: people.map((p) => p.email) } }, select: { id: true, email: true } });
  // skipDuplicates also skips a demo account whose username someone else already holds.
  const missing = people.filter((p) => !users.some((u) => u.email === p.email));
  if (missing.length > 0) throw new Error(`Cannot create the demo accounts ${missing.map((p) => p.email).join(", ")}: their usernames are taken.`);
  return new Map(users.map((user) => [user.email, user.id]));
}
