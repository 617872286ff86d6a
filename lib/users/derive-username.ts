import type { Tx } from "@/lib/db";

/** A free username from the email's local part: "siti.rahma", then "siti.rahma2", … */
export async function deriveUsername(tx: Tx, email: string): Promise<string> {
  const local = email.split("@")[0] ?? "";
  const cleaned = local.toLowerCase().replace(/[^a-z0-9._-]+/g, "").replace(/^[._-]+|[._-]+$/g, "").slice(0, 24);
  const base = cleaned.length >= 3 ? cleaned : `user${cleaned}`;
  const taken = new Set(
    (await tx.user.findMany({ where: { username: { startsWith: base } }, select: { username: true } })).map((row) => row.username),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}${n}`)) return `${base}${n}`;
}
