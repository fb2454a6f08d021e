import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createBackup } from './backups';
import { loadDevice } from './device';
import { sweepTempFiles } from './durable-write';
import { loadIndex } from './index-recovery';
import { Layout, SCHEMA_VERSION } from './layout';
import { EntityLibraryFile } from './entity-library-file';
import { LibraryIndex, type IndexWriteTiming } from './library-index';
import { acquireLock, startSession, type DataDirLock } from './lock';
import { migrateLibrary } from './migrate-library';
import { NoticeBoard } from './notice-board';
import { DEFAULT_COMPACTION, type CompactionRule } from './notes-doc';
import { reconcile } from './reconcile';
import { ShardedStore } from './sharded-store';
import type { Store } from './store';
import { storageError } from './storage-error';

export interface OpenStoreOptions {
  dataDir: string;
  /** 'file' (default): take `<dataDir>/gloss.lock`; 'none' when the caller holds a lock. */
  lock?: 'file' | 'none';
  /** How often the lock file is touched to show its owner is alive (default 30 s). */
  lockHeartbeatMs?: number;
  /** Index backups to keep (default 10). */
  backupsToKeep?: number;
  /** When the lazily written index is written (default: 1 s quiet, at most 5 s late). */
  indexWrite?: Partial<IndexWriteTiming>;
  /** When an article's notes log is folded into its snapshot (default: notes-doc.ts). */
  compaction?: Partial<CompactionRule>;
}

/**
 * Open (or create) the library in `dataDir`: lock it, load the index (recovering it from a
 * backup or the article folders if damaged), migrate an older library once, verify the index
 * against the article folders, and back the index up if it changed since the last backup.
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const layout = new Layout(path.resolve(options.dataDir));
  try {
    await mkdir(layout.dataDir, { recursive: true });
  } catch (error) {
    throw storageError('save', layout.dataDir, error);
  }
  const lock =
    options.lock === 'none' ? null : await acquireLock(layout.dataDir, layout.lock, options.lockHeartbeatMs);
  try {
    return await openLocked(layout, lock, options);
  } catch (error) {
    await lock?.release();
    throw error;
  }
}

async function openLocked(
  layout: Layout,
  lock: DataDirLock | null,
  options: OpenStoreOptions,
): Promise<ShardedStore> {
  const keep = options.backupsToKeep ?? 10;
  const notices = new NoticeBoard();
  // Throws for a newer schema before anything is written.
  const loaded = await loadIndex(layout, notices);
  await notices.open(layout);
  const entityLibrary = await EntityLibraryFile.open(
    layout,
    (level, message) => void notices.add(level, message),
  );
  await sweepTempFiles(layout.dataDir);
  await sweepTempFiles(layout.backups);

  if (loaded.from < SCHEMA_VERSION) {
    const kept = await migrateLibrary(layout, loaded.data, loaded.from);
    notices.add(
      'info',
      `Gloss updated this library to its current format. A copy of the old files was kept in ${layout.relative(kept)}.`,
    );
  }
  const timing = { delayMs: 1000, maxDelayMs: 5000, ...options.indexWrite };
  const index = new LibraryIndex(layout.index, loaded.data, timing);
  const store = new ShardedStore({
    layout,
    index,
    notices,
    entityLibrary,
    lock,
    backupsToKeep: keep,
    isNew: loaded.state === 'new',
    device: await loadDevice(layout),
    compaction: { ...DEFAULT_COMPACTION, ...options.compaction },
  });

  // A session that ended without close() (a crash) may have left temp files in any folder.
  const unclosed = await startSession(layout.dataDir);
  const crashed = unclosed || (lock?.tookOverStale ?? false);
  const result = await reconcile(layout, index, {
    loadNotes: (id) => store.notes.loadForIndex(id),
    sweepArticles: crashed,
  });

  if (loaded.state === 'ok' && loaded.from === SCHEMA_VERSION) {
    // Back up the index as it was found, unless the newest backup already holds it. Index
    // writes wait for this, so the backup is always of the previous good state.
    const text = await readFile(layout.index, 'utf8');
    index.after(createBackup(layout.backups, text, loaded.data.articles.length, keep));
  }
  if (loaded.state !== 'ok' || loaded.from < SCHEMA_VERSION) {
    // A new, restored or rebuilt index is written now, so the next start finds it.
    await index.writeNow();
  } else if (result.reread > 0 || result.dropped > 0) {
    index.markDirty();
  }
  await notices.idle(); // what was repaired is on disk before anyone is told
  return store;
}
