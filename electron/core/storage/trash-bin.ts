import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { GlossError } from '../errors';
import { syncDirectory, writeFileDurably } from './durable-write';
import { isValidId, type Layout } from './layout';
import { loadFile } from './load-file';
import { loadLog, replayChecked } from './notes-on-disk';
import type { EntryFields } from './model-schemas';
import { storageError } from './storage-error';

/** What the trash knows of an article in it: when it was deleted, and its entry when readable. */
export interface TrashedFolder {
  id: string;
  deletedAt: string;
  /** Null when its notes file cannot be read: it can still be purged, and restoring repairs it. */
  entry: EntryFields | null;
  highlightCount: number;
}

const MARKER = 'trashed.json';
const marker = (layout: Layout, id: string) => path.join(layout.trashDir(id), MARKER);

/** Note when an article went to the trash, inside its trashed folder (so it travels with it). */
export async function markTrashed(layout: Layout, id: string, deletedAt: string): Promise<void> {
  await writeFileDurably(marker(layout, id), JSON.stringify({ deletedAt }));
}

/** A restored folder carries its marker back into the library: drop it there. */
export async function clearTrashMark(layout: Layout, id: string): Promise<void> {
  await rm(path.join(layout.articleDir(id), MARKER), { force: true }).catch(() => undefined);
}

async function deletedAt(layout: Layout, id: string): Promise<string> {
  try {
    const { deletedAt: at } = JSON.parse(await readFile(marker(layout, id), 'utf8')) as {
      deletedAt?: unknown;
    };
    if (typeof at === 'string' && !Number.isNaN(Date.parse(at))) return at;
  } catch {
    // No marker (a crash right after the move, or a trash from an older build): the folder's time.
  }
  return (await stat(layout.trashDir(id))).mtime.toISOString();
}

/** Every article folder in the trash, newest deletion first. */
export async function listTrash(layout: Layout): Promise<TrashedFolder[]> {
  let names: string[];
  try {
    names = await readdir(layout.trash);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw storageError('read', layout.trash, error);
  }
  const folders = await Promise.all(
    names.filter(isValidId).map(async (id): Promise<TrashedFolder | null> => {
      try {
        const files = layout.trashedNotes(id);
        const notes = await loadFile('notes', files.notes).catch(() => null);
        const snapshot = notes?.status === 'ok' ? notes.data : null;
        // The log too (a fold before the move may have failed): what the user last saw.
        const log = snapshot && (await loadLog(files.log, id).catch(() => null));
        const ok = snapshot && replayChecked(snapshot, log?.entries ?? []).file;
        return {
          id,
          deletedAt: await deletedAt(layout, id),
          entry: ok?.entry ?? null,
          highlightCount: ok?.notes.highlights.length ?? 0,
        };
      } catch {
        return null; // gone while listing (purged or restored meanwhile)
      }
    }),
  );
  return folders
    .filter((folder): folder is TrashedFolder => folder !== null)
    .sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
}

/** Remove a trashed article for good. */
export async function purgeTrashed(layout: Layout, id: string): Promise<void> {
  if (!isValidId(id)) throw new GlossError('invalid-params', 'That is not an article id.');
  try {
    await rm(layout.trashDir(id), { recursive: true, force: true });
  } catch (error) {
    throw storageError('save', layout.trashDir(id), error);
  }
  await syncDirectory(layout.trash).catch(() => undefined);
}
