import { once } from 'node:events';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { setImmediate as yieldToMessages } from 'node:timers/promises';
import { createGzip, gunzipSync } from 'node:zlib';
import { SearchIndex, type IndexSnapshot, type SavedIndex } from './search-index';

/** Terms written between two looks at the clock. */
const TERMS_PER_STEP = 500;
/**
 * How long one piece of a save may hold the worker: a search that arrives meanwhile waits at
 * most this long (plus its own time) instead of for the whole save.
 */
const SLICE_MS = 6;

/** The saved index, or an empty one if there is none or it is damaged (a cache: it is rebuilt). */
export function readIndexFile(file: string): SearchIndex {
  if (!existsSync(file)) return new SearchIndex();
  try {
    return new SearchIndex(JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as SavedIndex);
  } catch {
    return new SearchIndex();
  }
}

/**
 * Write `snapshot` to `file` (gzipped, through a temp file and a rename) in slices of a few
 * milliseconds, letting the worker's queued messages (searches, updates) run between them;
 * gzip runs on libuv's thread pool. Resolves to the file's size.
 */
export async function writeIndexFile(
  file: string,
  snapshot: IndexSnapshot,
  { sliceMs = SLICE_MS } = {},
): Promise<number> {
  const temp = `${file}.${process.pid}.tmp`;
  const gzip = createGzip({ level: 6 });
  const out = createWriteStream(temp);
  const written = pipeline(gzip, out);
  // A failed write rejects `written`; it is awaited below, this only keeps it from going unhandled.
  written.catch(() => undefined);
  const push = async (text: string) => {
    if (text && !gzip.write(text)) await Promise.race([once(gzip, 'drain'), written]);
  };
  try {
    await push(snapshot.head);
    for (let done = false; !done;) {
      const started = performance.now();
      let text = '';
      do {
        const piece = snapshot.next(TERMS_PER_STEP);
        if (piece === null) {
          done = true;
          break;
        }
        text += piece;
      } while (performance.now() - started < sliceMs);
      await push(text);
      await yieldToMessages();
    }
    gzip.end(snapshot.tail());
    await written;
    await rename(temp, file);
    return out.bytesWritten;
  } catch (error) {
    gzip.destroy();
    await rm(temp, { force: true });
    throw error;
  } finally {
    snapshot.release();
  }
}
