// The child processes of the start scripts: the Next.js CLI (for builds) and the server
// entry, both on this project's own copies.
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

export function runNext(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), ...args], { stdio: "inherit", env });
}

/** scripts/server.ts under tsx's loader, in one process (no tsx CLI wrapper). */
export function runServer(env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", path.resolve("scripts/server.ts")], { stdio: "inherit", env });
}

export const exitCodeOf = (child: ChildProcess) =>
  new Promise<number>((resolve) => child.on("close", (code, signal) => resolve(code ?? (signal ? 0 : 1))));
