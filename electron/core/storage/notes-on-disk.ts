/**
 * An article's notes as on disk: the snapshot (`notes.json`) with its log (`notes.log`) replayed.
 * Every reader of notes files goes through here (the store's docs, search's peek, the trash
 * listing, repair), so none sees a snapshot without the changes logged since.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { stampOf, type FileStamp } from './durable-write';
import { notesFileSchema, type NotesFile } from './file-schemas';
import { SCHEMA_VERSION } from './layout';
import type { ArticleNotes } from './store';
import { parseLog, replay, type LogEntry, type ParsedLog } from './notes-log';
import { storageError } from './storage-error';

/** A log file as read: its lines and its stamp. */
export interface LogRead extends ParsedLog {
  stamp: FileStamp;
}

function readLog(file: string, articleId: string, bytes: Buffer | null): LogRead | null {
  if (bytes === null) return null;
  const stamp = stampOf(file);
  if (!stamp) return null; // gone between the read and the stat: read as missing
  return { ...parseLog(bytes, articleId), stamp };
}

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

export async function loadLog(file: string, articleId: string): Promise<LogRead | null> {
  try {
    return readLog(file, articleId, await readFile(file));
  } catch (error) {
    if (missing(error)) return null;
    throw storageError('read', file, error);
  }
}

export function loadLogSync(file: string, articleId: string): LogRead | null {
  try {
    return readLog(file, articleId, readFileSync(file));
  } catch (error) {
    if (missing(error)) return null;
    throw storageError('read', file, error);
  }
}

export interface Replayed {
  /** The snapshot with the log's entries after its `logSeq` applied (`logSeq` itself left out). */
  file: NotesFile;
  /** The last log line the notes hold. */
  seq: number;
  /** Seqs of entries left out because the notes they made do not hold what Gloss expects. */
  rejected: number[];
}

/**
 * Replay `entries` onto `snapshot`. The reducer is total, so only the result is checked, and only
 * when entries were applied; a result that fails the check is rebuilt entry by entry, leaving out
 * each entry that breaks it (damage that still parsed).
 */
export function replayChecked(snapshot: NotesFile, entries: readonly LogEntry[]): Replayed {
  const { logSeq = 0, ...base } = snapshot;
  const after = entries.filter((entry) => entry.seq > logSeq);
  const all = replay(base, logSeq, after);
  if (after.length === 0 || notesFileSchema.safeParse(all.file).success) return { ...all, rejected: [] };
  let file: NotesFile = base;
  let seq = logSeq;
  const rejected: number[] = [];
  for (const entry of after) {
    const next = replay(file, seq, [entry]);
    if (notesFileSchema.safeParse(next.file).success) file = next.file;
    else rejected.push(entry.seq);
    seq = entry.seq;
  }
  return { file, seq, rejected };
}

/** The stamp the index keeps for an article's notes: the snapshot's, and its log's. */
export function notesStamp(snapshot: FileStamp, log: FileStamp | null): FileStamp {
  return { ino: snapshot.ino, size: snapshot.size, mtimeMs: snapshot.mtimeMs, log };
}

/** The notes stamp of the files now (the start-up check compares it with the index's). */
export function currentNotesStamp(notes: string, log: string): FileStamp | null {
  const snapshot = stampOf(notes);
  return snapshot && notesStamp(snapshot, stampOf(log));
}

/**
 * An article's notes as on disk, read synchronously (search reads thousands, see the store's
 * `peekNotes`); null when either file needs the repair or migration a full load does.
 */
export function peekNotesFiles(notes: string, log: string, articleId: string): ArticleNotes | null {
  try {
    const raw = JSON.parse(readFileSync(notes, 'utf8')) as { schemaVersion?: unknown } | null;
    if (raw?.schemaVersion !== SCHEMA_VERSION) return null;
    const snapshot = notesFileSchema.safeParse(raw);
    if (!snapshot.success || snapshot.data.notes.articleId !== articleId) return null;
    const logged = loadLogSync(log, articleId);
    if (logged && logged.damaged.length > 0) return null;
    const replayed = replayChecked(snapshot.data, logged?.entries ?? []);
    return replayed.rejected.length === 0 ? replayed.file.notes : null;
  } catch {
    return null;
  }
}
