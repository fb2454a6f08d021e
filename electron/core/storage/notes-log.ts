/**
 * An article's notes log (`notes.log`): one line per notes change since the snapshot
 * (`notes.json`) was written, so a highlight or note write appends a few hundred bytes instead
 * of rewriting the whole file (800 kB at 2,000 highlights). A line is the change record as
 * applied, with its place in the log: `{"seq":12,"record":{...}}`. The snapshot says which line
 * it holds up to (`logSeq`), so a log not yet cleared after a snapshot is never applied twice.
 * Replaying is the pure reducer of the live write (changes/reduce.ts), so load = snapshot +
 * the lines after it, in order.
 */
import { reduceNotes } from '../changes/reduce';
import { isNotesChange, type ChangeRecord, type NotesChange } from '../changes/records';
import type { NotesFile } from './file-schemas';

export interface LogEntry {
  /** 1, 2, 3...: one more than the line before it, across snapshots. */
  seq: number;
  record: ChangeRecord<NotesChange>;
}

export function logLine(entry: LogEntry): string {
  return `${JSON.stringify(entry)}\n`;
}

export interface ParsedLog {
  entries: LogEntry[];
  /** Bytes up to the end of the last line that reads: what a torn tail is cut back to. */
  goodBytes: number;
  /** The log ends in a line cut short (a crash mid-append): dropped, it was never acknowledged. */
  torn: boolean;
  /** 1-based numbers of lines that do not read although lines after them do: damage. */
  damaged: number[];
}

const NEWLINE = 0x0a;

/** A line that is nothing but NUL bytes and spaces: a file system's fill after a power cut. */
const isFill = (line: Buffer) => line.every((byte) => byte === 0 || byte === 0x20 || byte === 0x0d);

function entryOf(line: Buffer, articleId: string, after: number): LogEntry | null {
  let value: unknown;
  try {
    value = JSON.parse(line.toString('utf8'));
  } catch {
    return null;
  }
  const entry = value as Partial<LogEntry> | null;
  const record = entry?.record;
  const change = record?.change;
  const ok =
    typeof entry?.seq === 'number' &&
    Number.isSafeInteger(entry.seq) &&
    entry.seq > after &&
    typeof record?.id === 'string' &&
    typeof record.device === 'string' &&
    typeof record.clock === 'string' &&
    typeof change === 'object' &&
    change !== null &&
    isNotesChange(change) &&
    change.articleId === articleId;
  return ok ? (entry as LogEntry) : null;
}

/**
 * Read a log's lines. Only a cut-off end (no final newline, or lines of nothing but NUL fill)
 * counts as torn; a line that does not read with a good line after it, or whose `seq` does not
 * grow, is damage the caller repairs.
 */
export function parseLog(bytes: Buffer, articleId: string): ParsedLog {
  const entries: LogEntry[] = [];
  const bad: { line: number; fill: boolean }[] = [];
  let goodBytes = 0;
  let lastGood = 0;
  let number = 0;
  for (
    let start = 0, end = bytes.indexOf(NEWLINE);
    end !== -1;
    start = end + 1, end = bytes.indexOf(NEWLINE, start)
  ) {
    number++;
    const line = bytes.subarray(start, end);
    if (line.length === 0) continue;
    const entry = entryOf(line, articleId, entries.at(-1)?.seq ?? 0);
    if (entry) {
      entries.push(entry);
      goodBytes = end + 1;
      lastGood = number;
    } else {
      bad.push({ line: number, fill: isFill(line) });
    }
  }
  // Fill after the last good line is the tail of a crash; anything else that does not read is damage.
  const damaged = bad.filter((item) => item.line < lastGood || !item.fill).map((item) => item.line);
  return { entries, goodBytes, torn: damaged.length === 0 && goodBytes < bytes.length, damaged };
}

/** Apply the entries after `seq` to `file`, in order. Returns the result and the last seq applied. */
export function replay(
  file: NotesFile,
  seq: number,
  entries: readonly LogEntry[],
): { file: NotesFile; seq: number } {
  let state = file;
  let last = seq;
  for (const entry of entries) {
    if (entry.seq <= last) continue;
    state = reduceNotes(state, entry.record.change);
    last = entry.seq;
  }
  return { file: state, seq: last };
}
