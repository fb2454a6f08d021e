/**
 * Test helper: a separate process that opens a library and holds it until stdin closes (with
 * `--hold`: until it is killed, for a child started in the background with no stdin).
 * Prints one JSON line: {"pid"} once open, or {"code","message"} if opening failed.
 */
import { openStore } from './open-store';
import { GlossError } from '../errors';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: lock-child.ts <dataDir>');
try {
  const store = await openStore({ dataDir });
  console.log(JSON.stringify({ pid: process.pid }));
  if (process.argv.includes('--hold')) {
    setInterval(() => undefined, 60_000);
  } else {
    process.stdin.resume();
    process.stdin.on('end', () => {
      void store.close().then(() => process.exit(0));
    });
  }
} catch (error) {
  const { code, message } =
    error instanceof GlossError ? error : { code: 'internal', message: String(error) };
  console.log(JSON.stringify({ code, message }));
  process.exit(1);
}
