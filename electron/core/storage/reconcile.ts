import { readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { GlossError } from '../errors';
import { isTempName, sameStamp, sweepTempFiles } from './durable-write';
import { currentNotesStamp } from './notes-on-disk';
import { isValidId, type Layout } from './layout';
import type { LibraryIndex } from './library-index';

export interface ReconcileOptions {
  /** Load (and repair) an article's notes, updating the index entry; false if unrecoverable. */
  loadNotes: (id: string) => Promise<boolean>;
  /** Also clear temp files in every article folder (after a crash). */
  sweepArticles: boolean;
}

export interface ReconcileResult {
  /** Notes files re-read because they changed since the index was written. */
  reread: number;
  /** Index entries whose folder is gone. */
  dropped: number;
}

/**
 * Make the index match the article folders, cheaply: one directory listing, two stats per
 * article (the notes snapshot and its log), and a read only of notes files whose stamp differs from the one the index recorded
 * (written after the index was, e.g. by a process killed before its lazy index write).
 * Folders the index does not know (an import cut short) are added; entries without a folder
 * (a delete cut short) are dropped. A folder the index does not know that holds nothing but
 * temp files and its images (`media/`, written first) is an import killed before its content
 * was complete: it is removed. Anything with a finished file beside them is kept (an
 * `article.json` alone comes back with empty notes).
 */
export async function reconcile(
  layout: Layout,
  index: LibraryIndex,
  options: ReconcileOptions,
): Promise<ReconcileResult> {
  let names: string[] = [];
  try {
    names = readdirSync(layout.articles);
  } catch {
    // No articles folder yet: an empty library.
  }
  const unfinished = names.filter(
    (name) => isValidId(name) && !index.entries.has(name) && isUnfinished(layout, name),
  );
  await Promise.all(
    unfinished.map((id) =>
      rm(layout.articleDir(id), { recursive: true, force: true }).catch(() => undefined),
    ),
  );
  const ids = names.filter((name) => isValidId(name) && !unfinished.includes(name));
  const present = new Set(ids);
  // Deletes rename a folder to .trash-* first; finish any a crash interrupted.
  const trash = names.filter((name) => name.startsWith('.trash-'));
  await Promise.all(
    trash.map((name) => rm(path.join(layout.articles, name), { recursive: true, force: true })),
  );
  // Temp files of the articles folder itself (a delete's rename is its only write there).
  await Promise.all(
    names.filter(isTempName).map((name) => rm(path.join(layout.articles, name), { force: true })),
  );

  let dropped = 0;
  for (const id of [...index.entries.keys()]) {
    if (!present.has(id)) {
      index.delete(id);
      dropped++;
    }
  }
  const stale = ids.filter((id) => {
    const known = index.stamps.get(id);
    return (
      !index.entries.has(id) || !sameStamp(known, currentNotesStamp(layout.notes(id), layout.notesLog(id)))
    );
  });
  await inBatches(stale, 16, async (id) => {
    let loaded: boolean;
    try {
      loaded = await options.loadNotes(id);
    } catch (error) {
      // Unreadable for now (a newer format, an I/O error): keep what the index knows, check
      // again next time, and let opening the article report it.
      if (!(error instanceof GlossError)) throw error;
      if (index.entries.has(id)) index.stamps.set(id, null);
      return;
    }
    if (!loaded && index.entries.has(id)) {
      index.delete(id);
      dropped++;
    }
  });
  if (options.sweepArticles) await inBatches(ids, 32, (id) => sweepTempFiles(layout.articleDir(id)));
  return { reread: stale.length, dropped };
}

/**
 * Whether an article folder holds no file but temp files and the images an import writes before
 * its content (read while no one writes: at start).
 */
function isUnfinished(layout: Layout, id: string): boolean {
  const media = path.basename(layout.media(id));
  try {
    return readdirSync(layout.articleDir(id)).every((name) => isTempName(name) || name === media);
  } catch {
    return false; // not a folder, or unreadable: not ours to remove
  }
}

async function inBatches<T>(items: T[], size: number, work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}
