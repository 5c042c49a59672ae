import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Runs `main` when its module (`moduleUrl`) is the script node was started with, with or without
// the .ts, and not when a test imports it: its number is the exit code, its error is printed.
export function runAsScript(moduleUrl: string, what: string, main: () => Promise<number>) {
  const withoutExtension = (file: string) => path.resolve(file).replace(/\.ts$/, '');
  if (!process.argv[1] || withoutExtension(process.argv[1]) !== withoutExtension(fileURLToPath(moduleUrl)))
    return;
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(`${what} failed: ${messageOf(error)}`);
      process.exitCode = 1;
    },
  );
}

export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
