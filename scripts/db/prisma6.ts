// Runs the Prisma 6.19 CLI offline (see prisma6.config.ts for why 6.19).
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = process.cwd();

/** Prisma 7 rejects `url` in the datasource, Prisma 6 requires it: 6.19 reads a copy with it. */
function writeSchemaCopy() {
  const schema = readFileSync(path.join(root, "prisma/schema.prisma"), "utf8").replace(
    /datasource db \{([^}]*)\}/,
    (_, body: string) => `datasource db {${body}  url      = env("DATABASE_URL")\n}`,
  );
  mkdirSync(path.join(root, ".prisma6"), { recursive: true });
  writeFileSync(path.join(root, ".prisma6/schema.prisma"), schema);
}

export const schemaCopyPath = () => path.join(root, ".prisma6/schema.prisma");

/** capture: keep stdout (and stderr, printed only on failure) instead of passing them through. */
export function prisma6(args: string[], opts: { databaseUrl: string; capture?: boolean }) {
  writeSchemaCopy();
  const cli = path.join(root, "node_modules/prisma6/build/index.js");
  const preload = path.join(root, "scripts/db/unref-timers.cjs");
  const child = spawn(process.execPath, ["--require", preload, cli, ...args, "--config", path.join(root, "scripts/db/prisma6.config.ts")], {
    cwd: root,
    stdio: ["ignore", opts.capture ? "pipe" : "inherit", opts.capture ? "pipe" : "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: opts.databaseUrl,
      // Offline: never try to download engines; the wasm engine runs in-process.
      PRISMA_QUERY_ENGINE_LIBRARY: "/bin/false",
      PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false",
      CHECKPOINT_DISABLE: "1",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<{ code: number; stdout: string }>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      // Exit code 2 is migrate diff's "differences found", not a failure to explain.
      if (code !== 0 && code !== 2 && stderr) process.stderr.write(stderr);
      resolve({ code: code ?? 1, stdout });
    });
  });
}
