import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

const MAX_EXPORT_CHARS = 50_000_000;

/** Checks the renderer's arguments to `saveFile`; it is untrusted like any other caller. */
export function checkSaveArgs(name: unknown, content: unknown): { name: string; content: string } {
  if (typeof name !== 'string' || !name.trim() || name.length > 255 || /[\\/\0]/.test(name)) {
    throw new Error('The file name is not valid.');
  }
  if (typeof content !== 'string' || content.length > MAX_EXPORT_CHARS) {
    throw new Error('The file content is not valid.');
  }
  return { name, content };
}

/** Write a file atomically: a temp file beside it, flushed, then renamed over the target. */
export async function writeFileAtomic(target: string, content: string): Promise<void> {
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, target).catch(async (error: unknown) => {
    await rm(temp, { force: true });
    throw error;
  });
}
