// The gateway's signature (SPEC "Payments"): `X-Payment-Signature: t=<unix seconds>,v1=<hex>`
// where v1 is HMAC-SHA256 of "<t>.<raw body>" with PAYMENT_WEBHOOK_SECRET. The raw bytes are
// signed, never a re-serialised body; comparison is constant-time; a timestamp more than
// five minutes away is refused, so a captured request cannot be replayed later.
import { createHmac, timingSafeEqual } from "node:crypto";
import { AppError } from "@/lib/errors";

export const SIGNATURE_HEADER = "x-payment-signature";
export const SIGNATURE_TOLERANCE_SECONDS = 5 * 60;

export const hmacOf = (secret: string, timestamp: number | string, rawBody: string) => createHmac("sha256", secret).update(`${timestamp}.${rawBody}`).digest("hex");

/** The header value for a body, as the gateway (and the demo's "simulate payment") sends it. */
export function signPayload(secret: string, rawBody: string, now = new Date()): string {
  const timestamp = Math.floor(now.getTime() / 1000);
  return `t=${timestamp},v1=${hmacOf(secret, timestamp, rawBody)}`;
}

const invalid = () => new AppError("UNAUTHORIZED", { key: "paymentSignatureInvalid" });

function parseHeader(header: string | null): { timestamp: number; signatures: string[] } {
  if (!header) throw invalid();
  const parts = header.split(",").map((part) => part.trim().split("="));
  const timestamp = parts.find(([key]) => key === "t")?.[1];
  const signatures = parts.filter(([key, value]) => key === "v1" && value).map(([, value]) => value!);
  if (!timestamp || !/^\d{1,12}$/.test(timestamp) || signatures.length === 0) throw invalid();
  return { timestamp: Number(timestamp), signatures };
}

/** Throws 401 unless the header signs this raw body with the secret within the tolerance. */
export function verifySignature(secret: string, header: string | null, rawBody: string, now = new Date()): void {
  const { timestamp, signatures } = parseHeader(header);
  const expected = Buffer.from(hmacOf(secret, timestamp, rawBody), "hex");
  const matches = signatures.some((signature) => {
    const given = /^[0-9a-f]+$/i.test(signature) ? Buffer.from(signature, "hex") : Buffer.alloc(0);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!matches) throw invalid();
  if (Math.abs(now.getTime() / 1000 - timestamp) > SIGNATURE_TOLERANCE_SECONDS) throw new AppError("UNAUTHORIZED", { key: "paymentSignatureStale" });
}
