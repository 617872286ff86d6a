// The server entry listens on loopback unless HOST says otherwise: a second server on the
// same build, started with no HOST, answers on 127.0.0.1 and refuses this machine's other
// addresses.
import { type ChildProcess, spawn } from "node:child_process";
import { type AddressInfo, createConnection, createServer } from "node:net";
import { networkInterfaces } from "node:os";
import { expect, test } from "../support/fixtures";

let server: ChildProcess | undefined;
test.afterEach(() => {
  server?.kill("SIGTERM");
});

async function freePort() {
  const probe = createServer().listen(0, "127.0.0.1");
  await new Promise((resolve) => probe.once("listening", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const connects = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host, port });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });

test("with no HOST the server listens on 127.0.0.1 only", async () => {
  const others = Object.values(networkInterfaces())
    .flat()
    .filter((address) => address && !address.internal && address.family === "IPv4")
    .map((address) => address!.address);
  expect(others.length, "this test needs a network interface besides loopback").toBeGreaterThan(0);

  const port = await freePort();
  const inherited = { ...process.env };
  delete inherited.HOST;
  server = spawn(process.execPath, ["scripts/server.mjs"], {
    env: {
      ...inherited,
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_URL: "postgresql://lms@127.0.0.1:5432/not-used-by-this-test",
      AUTH_SECRET: "s".repeat(40),
      PAYMENT_WEBHOOK_SECRET: "p".repeat(40),
    },
  });
  let output = "";
  server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await expect.poll(() => output, { timeout: 30_000 }).toContain(`Listening on http://127.0.0.1:${port}`);

  expect((await fetch(`http://127.0.0.1:${port}/robots.txt`)).status).toBe(200);
  for (const address of others) expect(await connects(address, port), `${address}:${port}`).toBe(false);
});
