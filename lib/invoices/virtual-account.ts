// Virtual account numbers as Indonesian banks issue them: the bank's company prefix followed
// by a customer number, digits only. Which bank an invoice uses is picked at random, as a
// payment gateway would spread its accounts; the number is unique across all invoices.
import { randomInt } from "node:crypto";
import type { Tx } from "@/lib/db";

/** Prefix and total length per bank (BCA 5-digit company code + 11, the others 16 digits). */
export const BANKS = {
  BCA: { prefix: "39358", length: 16 },
  BNI: { prefix: "8808", length: 16 },
  BRI: { prefix: "26215", length: 15 },
  MANDIRI: { prefix: "89608", length: 16 },
} as const;

export type Bank = keyof typeof BANKS;
export const bankKeys = Object.keys(BANKS) as Bank[];

/** A bank's display name. */
export const bankName = (bank: string) => (bank === "MANDIRI" ? "Mandiri" : bank);

export function virtualAccountNumber(bank: Bank): string {
  const { prefix, length } = BANKS[bank];
  return prefix + Array.from({ length: length - prefix.length }, () => randomInt(10)).join("");
}

export const randomBank = (): Bank => bankKeys[randomInt(bankKeys.length)]!;

/**
 * A number no invoice holds yet. A collision among 10^10+ numbers is all but impossible, so
 * a few tries are plenty; checked before the insert because a unique violation would abort
 * the surrounding transaction.
 */
export async function freeVirtualAccountNumber(tx: Tx, bank: Bank, next: (bank: Bank) => string = virtualAccountNumber): Promise<string> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const candidate = next(bank);
    if (!(await tx.invoice.findUnique({ where: { virtualAccountNumber: candidate }, select: { id: true } }))) return candidate;
  }
  throw new Error("no free virtual account number after 8 attempts");
}
