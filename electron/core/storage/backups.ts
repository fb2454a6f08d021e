import { createHash } from 'node:crypto';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Backup } from '../../contract/model';
import { writeFileDurably } from './durable-write';

/** `library-2026-11-27T19-15-00-123Z-42a-0123abcd.json`: when, how many articles, content hash. */
const NAME = /^library-(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)(?:-\d+)?-(\d+)a-([0-9a-f]{8})\.json$/;

export interface BackupFile extends Backup {
  file: string;
  hash: string;
}

export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 8);
}

function parseName(dir: string, name: string): Omit<BackupFile, 'bytes'> | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, when = '', count = '0', hash = ''] = match;
  const createdAt = `${when.slice(0, 10)}T${when.slice(11, 19).replace(/-/g, ':')}.${when.slice(20, 23)}Z`;
  return {
    id: name.slice(0, -'.json'.length),
    createdAt,
    articleCount: Number(count),
    hash,
    file: path.join(dir, name),
  };
}

/** Backups of the index in `dir`, newest first. */
export async function listBackupFiles(dir: string): Promise<BackupFile[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const found = names.map((name) => parseName(dir, name)).filter((backup) => backup !== null);
  const withSizes = await Promise.all(
    found.map(async (backup) => {
      const size = await stat(backup.file)
        .then((s) => s.size)
        .catch(() => -1);
      return { ...backup, bytes: size };
    }),
  );
  return withSizes
    .filter((backup) => backup.bytes >= 0)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}

/**
 * Save `text` (the index as on disk) as a new backup unless the newest backup already holds
 * exactly it, then keep only the newest `keep`. Returns the new backup, or null if skipped.
 */
export async function createBackup(
  dir: string,
  text: string,
  articleCount: number,
  keep: number,
): Promise<BackupFile | null> {
  const hash = contentHash(text);
  const existing = await listBackupFiles(dir);
  if (existing[0]?.hash === hash) return null;
  await mkdir(dir, { recursive: true });
  const when = new Date().toISOString().replace(/[:.]/g, '-');
  const taken = new Set(existing.map((backup) => backup.id));
  let id = `library-${when}-${articleCount}a-${hash}`;
  for (let n = 2; taken.has(id); n++) id = `library-${when}-${n}-${articleCount}a-${hash}`;
  const file = path.join(dir, `${id}.json`);
  await writeFileDurably(file, text);
  const created = parseName(dir, `${id}.json`);
  const all = [{ ...created!, bytes: Buffer.byteLength(text) }, ...existing];
  await Promise.all(all.slice(keep).map((old) => rm(old.file, { force: true })));
  return all[0]!;
}
