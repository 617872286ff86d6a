import { createHash, randomBytes } from "node:crypto";

/** 256 random bits as hex: one-time links and refresh tokens. */
export const randomToken = () => randomBytes(32).toString("hex");

/** Tokens are stored only as this hash, so a database leak yields no usable token. */
export const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");
