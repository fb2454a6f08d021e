/** Test helper: run a storage helper script in its own Node process (TypeScript via tsx). */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export function startHelper(script: string, args: string[]): ChildProcessWithoutNullStreams {
  const file = fileURLToPath(new URL(script, import.meta.url));
  return spawn(process.execPath, ['--import', 'tsx', file, ...args], { stdio: 'pipe' });
}

/** The child's stdout, line by line. */
export function lines(child: ChildProcessWithoutNullStreams, onLine: (line: string) => void): void {
  createInterface({ input: child.stdout }).on('line', onLine);
}

export function firstLine(child: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    lines(child, resolve);
    child.on('exit', (code) => reject(new Error(`helper exited (${code}) before answering: ${stderr}`)));
  });
}

export function exited(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.on('exit', () => resolve()));
}
