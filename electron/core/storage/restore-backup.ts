import { GlossError } from '../errors';
import { createBackup, listBackupFiles } from './backups';
import type { Layout } from './layout';
import type { LibraryIndex } from './library-index';
import { loadFile } from './load-file';
import { reconcile } from './reconcile';

export interface RestoreContext {
  layout: Layout;
  index: LibraryIndex;
  keep: number;
  loadNotes: (id: string) => Promise<boolean>;
}

/**
 * Replace the index with a backup, after backing up the current one. The backup brings back
 * settings and tag colors; article entries are then checked against the article folders, which
 * hold the truth about every article (a restore never loses or duplicates one).
 */
export async function restoreIndexBackup(id: string, context: RestoreContext): Promise<void> {
  const { layout, index } = context;
  const backup = (await listBackupFiles(layout.backups)).find((candidate) => candidate.id === id);
  if (!backup) throw new GlossError('not-found', 'That backup no longer exists.');
  const result = await loadFile('index', backup.file);
  if (result.status === 'missing') throw new GlossError('not-found', 'That backup no longer exists.');
  if (result.status === 'corrupt') {
    throw new GlossError(
      'storage-error',
      `That backup could not be read (${result.reason}). The library was not changed.`,
    );
  }
  await createBackup(layout.backups, JSON.stringify(index.snapshot()), index.entries.size, context.keep);
  index.replace(result.data);
  await reconcile(layout, index, { loadNotes: context.loadNotes, sweepArticles: false });
  await index.writeNow();
}
