import { open } from 'node:fs/promises';
import { GlossError } from '../errors';
import { FILE_SCHEMAS, type FileKind, type FileTypes } from './file-schemas';
import type { FileStamp } from './durable-write';
import { upgrade, type MigrationContext } from './migrations';
import { storageError } from './storage-error';

export type LoadResult<T> =
  | {
      status: 'ok';
      data: T;
      /** The version it was stored at (< current: migrated in memory). */ from: number;
      stamp: FileStamp;
    }
  | { status: 'missing' }
  | { status: 'corrupt'; /** Why, in plain words, for the notice. */ reason: string };

/**
 * Read one library file: parse, migrate in memory, validate. Damage is reported, never thrown:
 * the caller decides how to repair. A newer schema throws `newer-schema`; I/O errors throw
 * `storage-error`.
 */
export async function loadFile<K extends FileKind>(
  kind: K,
  file: string,
  context: MigrationContext = {},
): Promise<LoadResult<FileTypes[K]>> {
  let text: string;
  let stamp: FileStamp;
  try {
    const handle = await open(file, 'r');
    try {
      const stat = await handle.stat();
      stamp = { ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs };
      text = await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    throw storageError('read', file, error);
  }
  return parseFile(kind, text, stamp, context);
}

export function parseFile<K extends FileKind>(
  kind: K,
  text: string,
  stamp: FileStamp,
  context: MigrationContext = {},
): LoadResult<FileTypes[K]> {
  if (text.trim() === '') return { status: 'corrupt', reason: 'the file is empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    const cutOff = text.trimStart().startsWith('{') && !text.trimEnd().endsWith('}');
    return { status: 'corrupt', reason: cutOff ? 'the file is cut off' : 'the file is not valid JSON' };
  }
  let upgraded: ReturnType<typeof upgrade>;
  try {
    upgraded = upgrade(kind, raw, context);
  } catch (error) {
    if (error instanceof GlossError) throw error;
    return { status: 'corrupt', reason: 'the file does not hold what Gloss expects' };
  }
  const parsed = FILE_SCHEMAS[kind].safeParse(upgraded.data);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') || 'the top level';
    return { status: 'corrupt', reason: `the file does not hold what Gloss expects (at ${where})` };
  }
  return { status: 'ok', data: parsed.data, from: upgraded.from, stamp };
}
