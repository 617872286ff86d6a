// Ordered lists of modules in a course and of contents in a module keep dense positions
// 1..n. Every change computes the new order of ids and writes it whole, inside the
// transaction that holds the course lock (see editOutline), so concurrent edits never leave
// gaps or duplicates, and an order that was ever uneven is repaired on the next edit.
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/** The ids with `id` placed at a 1-based position; past the end (or absent) means last. */
export function placeAt<T>(ids: readonly T[], id: T, position?: number): T[] {
  const rest = ids.filter((other) => other !== id);
  const index = position === undefined ? rest.length : Math.min(Math.max(position, 1), rest.length + 1) - 1;
  return [...rest.slice(0, index), id, ...rest.slice(index)];
}

const tables = { module: Prisma.raw('"Module"'), content: Prisma.raw('"Content"') };

/** Gives the rows positions 1..n in this order, writing only those that change. */
export async function writePositions(tx: Tx, table: keyof typeof tables, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  const positions = ids.map((_, index) => index + 1);
  await tx.$executeRaw`
    UPDATE ${tables[table]} AS row SET position = wanted.position
    FROM unnest(${[...ids]}::int[], ${positions}::int[]) AS wanted(id, position)
    WHERE row.id = wanted.id AND row.position <> wanted.position`;
}

/** The ids of a course's modules in order. */
export const moduleIdsOf = async (tx: Tx, courseId: number) =>
  (await tx.module.findMany({ where: { courseId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true } })).map((row) => row.id);

/** The ids of a module's contents in order. */
export const contentIdsOf = async (tx: Tx, moduleId: number) =>
  (await tx.content.findMany({ where: { moduleId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true } })).map((row) => row.id);
