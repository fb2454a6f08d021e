import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

const MAX_EXPORT_CHARS = 50_000_000;

/** The kinds of file the page may ask to save, by extension: the save dialog's title and filter. */
const SAVE_KINDS: Record<string, { title: string; filter: string }> = {
  md: { title: 'Export notes as Markdown', filter: 'Markdown' },
  jsonld: { title: 'Export highlights as Web Annotations', filter: 'Web Annotations (JSON-LD)' },
};

/** The save dialog for a file name checked by `checkSaveArgs`. */
export function saveDialogKind(name: string): {
  title: string;
  filters: { name: string; extensions: string[] }[];
} {
  const extension = path.extname(name).slice(1).toLowerCase();
  const kind = SAVE_KINDS[extension] ?? SAVE_KINDS.md!;
  return {
    title: kind.title,
    filters: [{ name: kind.filter, extensions: [extension in SAVE_KINDS ? extension : 'md'] }],
  };
}

/** Checks the renderer's arguments to `saveFile`; it is untrusted like any other caller. */
export function checkSaveArgs(name: unknown, content: unknown): { name: string; content: string } {
  if (typeof name !== 'string' || !name.trim() || name.length > 255 || /[\\/\0]/.test(name)) {
    throw new Error('The file name is not valid.');
  }
  if (!(path.extname(name).slice(1).toLowerCase() in SAVE_KINDS))
    throw new Error('Gloss saves only .md and .jsonld files.');
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
