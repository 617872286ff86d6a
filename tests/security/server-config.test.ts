// The server entry refuses a bad configuration before it listens (no build needed: it
// checks the environment before it loads Next).
import { spawn } from "node:child_process";
import { type AddressInfo, createConnection, createServer } from "node:net";
import { beforeAll, describe, expect, it } from "vitest";

let PORT: number;
beforeAll(async () => {
  const probe = createServer().listen(0, "127.0.0.1");
  await new Promise((resolve) => probe.once("listening", resolve));
  PORT = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
});

const production = { NODE_ENV: "production" as const, DATABASE_URL: "postgresql://lms@127.0.0.1:5432/lms" };

function runServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ["scripts/server.mjs"], {
    env: { PATH: process.env.PATH ?? "", PORT: String(PORT), ...production, ...env },
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<{ code: number | null; stderr: string }>((resolve) => child.on("close", (code) => resolve({ code, stderr })));
}

const refusesConnections = () =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port: PORT });
    socket.once("connect", () => (socket.destroy(), resolve(false)));
    socket.once("error", () => resolve(true));
  });

describe("scripts/server.ts", () => {
  it("exits non-zero before listening when a production secret is missing, naming it", async () => {
    const { code, stderr } = await runServer({ PAYMENT_WEBHOOK_SECRET: "p".repeat(40) });
    expect(code).toBe(1);
    expect(stderr).toContain("AUTH_SECRET: AUTH_SECRET is required in production");
    expect(stderr).not.toContain("PAYMENT_WEBHOOK_SECRET");
    expect(await refusesConnections()).toBe(true);
  });

  it("exits non-zero on a TRUST_PROXY that is no hop count", async () => {
    const { code, stderr } = await runServer({ AUTH_SECRET: "a".repeat(40), PAYMENT_WEBHOOK_SECRET: "p".repeat(40), TRUST_PROXY: "yes" });
    expect(code).toBe(1);
    expect(stderr).toContain("TRUST_PROXY must be a whole number of proxy hops");
  });
});
