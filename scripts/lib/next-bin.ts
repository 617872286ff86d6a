// Runs the Next.js CLI of this project as a child process.
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

export function runNext(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), ...args], { stdio: "inherit", env });
}

export const exitCodeOf = (child: ChildProcess) =>
  new Promise<number>((resolve) => child.on("close", (code, signal) => resolve(code ?? (signal ? 0 : 1))));
