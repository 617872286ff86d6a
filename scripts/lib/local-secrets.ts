// Secrets for a local run (`npm start` on the embedded database, `npm run dev`): random,
// made once per data folder and kept there (git-ignored, readable by the owner only), so
// sessions survive restarts and nobody else knows them. Deployments set their own.
import { randomBytes } from "node:crypto";
import { link, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

export type LocalSecrets = { AUTH_SECRET: string; PAYMENT_WEBHOOK_SECRET: string };
const NAMES = ["AUTH_SECRET", "PAYMENT_WEBHOOK_SECRET"] as const;

async function read(file: string): Promise<LocalSecrets | null> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  const secrets = JSON.parse(text) as Partial<LocalSecrets>;
  const missing = NAMES.filter((name) => typeof secrets[name] !== "string" || secrets[name].length < 32);
  if (missing.length) throw new Error(`${file} lacks ${missing.join(" and ")}: delete the file to make new secrets.`);
  return secrets as LocalSecrets;
}

export async function localSecrets(dataDir = ".data"): Promise<LocalSecrets> {
  const file = path.resolve(dataDir, "secrets.json");
  const existing = await read(file);
  if (existing) return existing;

  await mkdir(path.dirname(file), { recursive: true });
  const secrets = Object.fromEntries(NAMES.map((name) => [name, randomBytes(32).toString("base64url")])) as LocalSecrets;
  const draft = `${file}.${randomBytes(6).toString("hex")}`;
  await writeFile(draft, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  try {
    // link() publishes the complete file, or fails when another start got there first.
    await link(draft, file);
    return secrets;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return (await read(file))!;
  } finally {
    await rm(draft, { force: true });
  }
}
