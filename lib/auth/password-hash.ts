// Password hashing with argon2id (OWASP's minimum: 19 MiB, 2 iterations, 1 lane).
import { hash, verify } from "@node-rs/argon2";

const options = { algorithm: 2 /* Argon2id; the enum is a const enum */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, options);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
