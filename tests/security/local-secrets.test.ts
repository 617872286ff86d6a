import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { localSecrets } from "../../scripts/lib/local-secrets";

const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});
async function dataFolder() {
  const folder = await mkdtemp(path.join(tmpdir(), "lms-data-"));
  folders.push(folder);
  return path.join(folder, ".data");
}

describe("localSecrets", () => {
  it("makes random secrets once, in a file only the owner can read", async () => {
    const dir = await dataFolder();
    const secrets = await localSecrets(dir);
    expect(secrets.AUTH_SECRET).toMatch(/^[\w-]{43}$/);
    expect(secrets.PAYMENT_WEBHOOK_SECRET).toMatch(/^[\w-]{43}$/);
    expect(secrets.AUTH_SECRET).not.toBe(secrets.PAYMENT_WEBHOOK_SECRET);
    expect((await stat(path.join(dir, "secrets.json"))).mode & 0o777).toBe(0o600);
  });

  it("reuses them on the next start, and another data folder gets its own", async () => {
    const dir = await dataFolder();
    const first = await localSecrets(dir);
    expect(await localSecrets(dir)).toEqual(first);
    expect((await localSecrets(await dataFolder())).AUTH_SECRET).not.toBe(first.AUTH_SECRET);
  });

  it("gives two starts that race the same secrets", async () => {
    const dir = await dataFolder();
    const [a, b, c] = await Promise.all([localSecrets(dir), localSecrets(dir), localSecrets(dir)]);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });

  it("are accepted as production secrets, unlike the public development values", async () => {
    const secrets = await localSecrets(await dataFolder());
    const production = { NODE_ENV: "production", LMS_DEMO: "1", DATABASE_URL: "postgresql://u@localhost/db" };
    expect(parseEnv({ ...production, ...secrets }).AUTH_SECRET).toBe(secrets.AUTH_SECRET);
    expect(parseEnv({ ...production, ...secrets }).AUTH_SECRET).not.toMatch(/development-only/);
  });
});
