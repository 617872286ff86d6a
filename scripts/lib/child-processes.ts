// The child processes of the start scripts: the Next.js CLI (for builds) and the server
// entry, both on this project's own copies.
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

export function runNext(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), ...args], { stdio: "inherit", env });
}

// Under load V8 lets the old generation grow far past what the server keeps alive (RSS
// ≈ 600 MB after the benchmark, though it runs within a 160 MB heap); a limit keeps memory
// predictable at a few per cent of SSR throughput. NODE_OPTIONS may set another.
const HEAP_LIMIT_MB = 320;

/** The server entry, scripts/server.mjs. */
export function runServer(env: NodeJS.ProcessEnv): ChildProcess {
  const heap = /--max-old-space-size/.test(env.NODE_OPTIONS ?? "") ? [] : [`--max-old-space-size=${HEAP_LIMIT_MB}`];
  return spawn(process.execPath, [...heap, path.resolve("scripts/server.mjs")], { stdio: "inherit", env });
}

export const exitCodeOf = (child: ChildProcess) =>
  new Promise<number>((resolve) => child.on("close", (code, signal) => resolve(code ?? (signal ? 0 : 1))));
