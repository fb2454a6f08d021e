import { readdir } from 'node:fs/promises';
import { GlossError } from '../errors';
import { listBackupFiles } from './backups';
import type { IndexFile } from './file-schemas';
import { isValidId, SCHEMA_VERSION, type Layout } from './layout';
import { loadFile } from './load-file';
import { DEFAULT_SETTINGS } from './model-schemas';
import type { NoticeBoard } from './notice-board';
import { quarantine } from './quarantine';

export interface LoadedIndex {
  data: IndexFile;
  /** The schema version it was stored at. */
  from: number;
  /** ok: read as is; new: no library yet; restored: from a backup; rebuilt: from nothing. */
  state: 'ok' | 'new' | 'restored' | 'rebuilt';
}

export function emptyIndex(): IndexFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    articles: [],
    tagColors: {},
    settings: { ...DEFAULT_SETTINGS },
    savedAt: '',
  };
}

async function hasArticles(layout: Layout): Promise<boolean> {
  const names = await readdir(layout.articles).catch(() => [] as string[]);
  return names.some(isValidId);
}

/** The newest backup that reads cleanly (a newer-schema one is skipped, never used). */
async function newestGoodBackup(layout: Layout) {
  for (const backup of await listBackupFiles(layout.backups)) {
    const result = await loadFile('index', backup.file).catch((error: unknown) => {
      if (error instanceof GlossError) return null;
      throw error;
    });
    if (result?.status === 'ok') return { backup, result };
  }
  return null;
}

/**
 * Load library.json, or recover it: a damaged one is moved aside and the newest good backup
 * takes its place, or an empty index if there is none. Either way the caller reconciles it with
 * the article folders, which rebuilds every article entry. Exactly one notice says what happened.
 * A newer schema throws before anything is touched.
 */
export async function loadIndex(layout: Layout, notices: NoticeBoard): Promise<LoadedIndex> {
  const result = await loadFile('index', layout.index);
  if (result.status === 'ok') return { data: result.data, from: result.from, state: 'ok' };
  if (result.status === 'missing' && !(await hasArticles(layout))) {
    return { data: emptyIndex(), from: SCHEMA_VERSION, state: 'new' };
  }
  const kept = result.status === 'corrupt' ? layout.relative(await quarantine(layout.index)) : null;
  const what =
    result.status === 'corrupt'
      ? `The library index could not be read (${result.reason}).`
      : 'The library index (library.json) was missing.';
  const keptAt = kept ? ` The damaged file was kept at ${kept}.` : '';
  const good = await newestGoodBackup(layout);
  if (good) {
    const when = good.backup.createdAt.replace('T', ' ').slice(0, 16);
    notices.add(
      'warning',
      `${what} Gloss restored it from the backup of ${when} UTC and checked it against your articles, so every ` +
        `article, highlight and note is there; settings changed since then may need setting again.${keptAt}`,
    );
    return { data: good.result.data, from: good.result.from, state: 'restored' };
  }
  notices.add(
    'warning',
    `${what} There was no backup, so Gloss rebuilt it from your articles: every article, highlight and note ` +
      `is there, but settings are back to their defaults.${keptAt}`,
  );
  return { data: emptyIndex(), from: SCHEMA_VERSION, state: 'rebuilt' };
}
