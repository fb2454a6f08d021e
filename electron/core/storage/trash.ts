import { mkdir, rename, rm } from 'node:fs/promises';
import { GlossError } from '../errors';
import { syncDirectory } from './durable-write';
import type { Layout } from './layout';
import { storageError } from './storage-error';

/**
 * A deleted article's folder moves whole to `<dataDir>/trash/<id>` (a rename: atomic, durable
 * with both folders fsynced), so deleting can be undone with every file as it was.
 */
export async function moveToTrash(layout: Layout, id: string): Promise<void> {
  try {
    // Not recursive: a recursive mkdir on a read-only disk reports ENOENT, not EROFS.
    await mkdir(layout.trash).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    });
    // A folder left from an earlier deletion of the same id (restored, then deleted again).
    await rm(layout.trashDir(id), { recursive: true, force: true });
    await rename(layout.articleDir(id), layout.trashDir(id));
  } catch (error) {
    throw storageError('save', layout.articleDir(id), error);
  }
  await syncDirectory(layout.articles).catch(() => undefined);
  await syncDirectory(layout.trash).catch(() => undefined);
}

/** Bring a trashed article's folder back. */
export async function restoreFromTrash(layout: Layout, id: string): Promise<void> {
  try {
    await rename(layout.trashDir(id), layout.articleDir(id));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new GlossError('not-found', 'That article is no longer in the trash.');
    throw storageError('save', layout.articleDir(id), error);
  }
  await syncDirectory(layout.articles).catch(() => undefined);
  await syncDirectory(layout.trash).catch(() => undefined);
}
