import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { syncDirectory } from './durable-write';
import type { Layout } from './layout';
import { storageError } from './storage-error';

/**
 * Remove an article's folder so that it is gone as a whole even if the process dies midway:
 * rename it to `.trash-*` (atomic, and durable with the directory fsync), then delete it.
 * Start-up finishes deleting any `.trash-*` folder left behind.
 */
export async function removeArticleFolder(layout: Layout, id: string): Promise<void> {
  const trash = path.join(layout.articles, `.trash-${id}-${Date.now()}`);
  try {
    await rename(layout.articleDir(id), trash);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw storageError('save', layout.articleDir(id), error);
  }
  await syncDirectory(layout.articles).catch(() => undefined);
  await rm(trash, { recursive: true, force: true }).catch(() => undefined);
}
