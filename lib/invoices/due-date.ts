// When an invoice falls due: the end of the third day after it was issued, in Jakarta time
// (WIB, UTC+7 all year: Indonesia has no daylight saving), which is when banks close the day.
const JAKARTA_OFFSET_MS = 7 * 60 * 60 * 1000;
export const PAYMENT_DAYS = 3;

/** 23:59:59.999 Asia/Jakarta on the calendar day three days after `issuedAt`'s Jakarta day. */
export function paymentDueAt(issuedAt: Date): Date {
  const jakarta = new Date(issuedAt.getTime() + JAKARTA_OFFSET_MS);
  const endOfDayJakarta = Date.UTC(jakarta.getUTCFullYear(), jakarta.getUTCMonth(), jakarta.getUTCDate() + PAYMENT_DAYS, 23, 59, 59, 999);
  return new Date(endOfDayJakarta - JAKARTA_OFFSET_MS);
}

export const isOverdue = (invoice: { status: string; paymentDueAt: Date }, now = new Date()) => invoice.status === "PENDING" && invoice.paymentDueAt < now;
