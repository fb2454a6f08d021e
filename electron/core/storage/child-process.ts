/** Test helper: run a storage helper script in its own Node process (TypeScript via tsx). */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export function startHelper(script: string, args: string[]): ChildProcessWithoutNullStreams {
  const file = fileURLToPath(new URL(script, import.meta.url));
  return spawn(process.execPath, ['--import', 'tsx', file, ...args], { stdio: 'pipe' });
}

/**
 * Start a helper as the child of a shell that does not reap it until its stdin closes: killed,
 * the helper stays a zombie (as one does where nothing reaps orphans) until then. `firstLine`
 * reads the helper's output; closing stdin (`end()`) lets the shell reap it and exit.
 */
export function startUnreapedHelper(script: string, args: string[]): ChildProcessWithoutNullStreams {
  const file = fileURLToPath(new URL(script, import.meta.url));
  // In the background the helper gets /dev/null as stdin; `read` waits on the shell's own.
  const shell = '"$@" & read _; wait';
  return spawn('sh', ['-c', shell, 'sh', process.execPath, '--import', 'tsx', file, ...args], {
    stdio: 'pipe',
  });
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
