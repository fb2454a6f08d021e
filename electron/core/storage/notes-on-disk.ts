/**
 * An article's notes as on disk: the snapshot (`notes.json`) with its log (`notes.log`) replayed.
 * Every reader of notes files goes through here (the store's docs, search's peek, the trash
 * listing, repair), so none sees a snapshot without the changes logged since.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { stampOf, type FileStamp } from './durable-write';
import type { z } from 'zod';
import type { NotesChange } from '../changes/records';
import { notesFileSchema, type NotesFile } from './file-schemas';
import { correctionSchema, entryFieldsSchema, highlightSchema, noteSchema } from './model-schemas';
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
 * Whether what `change` brings into `state` holds what Gloss expects (the rest was checked when
 * the snapshot was read: the notes schema checks each item on its own, so this is the same check
 * as the whole file's, at the cost of the change, not of 2,000 highlights).
 */
function changeHolds(state: NotesFile, change: NotesChange): boolean {
  const ok = (schema: z.ZodType, value: unknown) => schema.safeParse(value).success;
  switch (change.type) {
    case 'highlight/created':
      return ok(highlightSchema, change.highlight);
    case 'highlight/updated': {
      if (typeof change.highlightId !== 'string' || typeof change.set !== 'object') return false;
      const current = state.notes.highlights.find((highlight) => highlight.id === change.highlightId);
      return !current || ok(highlightSchema, { ...current, ...change.set });
    }
    case 'highlight/deleted':
      return typeof change.highlightId === 'string';
    case 'note/saved':
      return ok(noteSchema, change.note);
    case 'correction/added':
      return ok(correctionSchema, change.correction);
    case 'correction/removed':
      return typeof change.correctionId === 'string';
    case 'article/updated':
      return typeof change.set === 'object' && ok(entryFieldsSchema, { ...state.entry, ...change.set });
  }
}

/**
 * Replay the entries after the snapshot's `logSeq` onto it, through the reducer of the live
 * write, leaving out each entry whose change does not hold what Gloss expects (damage that
 * still parsed).
 */
export function replayChecked(snapshot: NotesFile, entries: readonly LogEntry[]): Replayed {
  const { logSeq = 0, ...base } = snapshot;
  let file: NotesFile = base;
  let seq = logSeq;
  const rejected: number[] = [];
  for (const entry of entries) {
    if (entry.seq <= seq) continue;
    if (changeHolds(file, entry.record.change)) file = replay(file, seq, [entry]).file;
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
