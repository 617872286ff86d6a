// The child processes of the start scripts: the Next.js CLI (for builds) and the server
// entry, both on this project's own copies.
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

export function runNext(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), ...args], { stdio: "inherit", env });
}

/** The server entry, scripts/server.mjs. */
export function runServer(env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [path.resolve("scripts/server.mjs")], { stdio: "inherit", env });
}

export const exitCodeOf = (child: ChildProcess) =>
  new Promise<number>((resolve) => child.on("close", (code, signal) => resolve(code ?? (signal ? 0 : 1))));
