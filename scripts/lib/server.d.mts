// Types of server.mjs, for the TypeScript tests that start a server of their own.
import type { ChildProcess } from "node:child_process";

export function ensureBuild(options: { log: (line: string) => void; captureOutput?: boolean }): boolean;
export function freePort(): Promise<number>;
export function startServer(options: { env: NodeJS.ProcessEnv; port: number; stdio?: "pipe" | "inherit" }): {
  server: ChildProcess;
  output: () => string;
};
export function waitForHealth(origin: string, server: ChildProcess, output: () => string, timeoutMs?: number): Promise<void>;
export function stopServer(server: ChildProcess | undefined): Promise<void>;
