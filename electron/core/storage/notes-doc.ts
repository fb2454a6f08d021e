import type { ChangeRecord, NotesChange } from '../changes/records';
import { writeFileDurably, type FileStamp } from './durable-write';
import type { NotesFile } from './file-schemas';
import type { Layout } from './layout';
import { LogAppender } from './log-appender';
import { notesStamp } from './notes-on-disk';
import { logLine } from './notes-log';

/**
 * When a log is folded into a new snapshot: past `maxLines` lines, or once it holds more than a
 * quarter of the snapshot's size (at least `minBytes`). Loading replays the log, so it is kept
 * short; each fold rewrites the whole snapshot, so not too often (2,000 highlights: 800 kB).
 */
export interface CompactionRule {
  maxLines: number;
  minBytes: number;
}

export const DEFAULT_COMPACTION: CompactionRule = { maxLines: 256, minBytes: 64 * 1024 };

/** What a doc starts from: the notes as loaded (or just written) and the files they came from. */
export interface DocStart {
  file: NotesFile;
  seq: number;
  snapshot: { stamp: FileStamp; bytes: number };
  log: { stamp: FileStamp | null; lines: number };
}

/**
 * One article's notes in memory and their writer, for the life of the store: each change is a
 * line appended to `notes.log`; the snapshot `notes.json` is rewritten only when the log has
 * grown (`CompactionRule`), when asked (`compact`: at close, before the folder moves), never on
 * the acknowledged path of a write.
 */
export class NotesDoc {
  /** What the next write builds on: ahead of the disk while appends are in flight. */
  data: NotesFile;
  /** What is on disk (the last acknowledged change included). */
  onDisk: NotesFile;
  /** The stamp of the files `onDisk` was read from or written to (the snapshot's and the log's). */
  stamp: FileStamp;
  readonly log: LogAppender;
  #seq: number;
  #diskSeq: number;
  #snapshot: { stamp: FileStamp; bytes: number };
  #logStamp: FileStamp | null;
  #compacting = false;

  constructor(
    readonly id: string,
    private readonly layout: Layout,
    start: DocStart,
    private readonly onDurable: (file: NotesFile, stamp: FileStamp) => void,
    private readonly rule: CompactionRule = DEFAULT_COMPACTION,
  ) {
    this.data = start.file;
    this.onDisk = start.file;
    this.#seq = start.seq;
    this.#diskSeq = start.seq;
    this.#snapshot = start.snapshot;
    this.#logStamp = start.log.stamp;
    this.stamp = notesStamp(start.snapshot.stamp, start.log.stamp);
    this.log = new LogAppender(layout.notesLog(id), {
      lines: start.log.lines,
      bytes: start.log.stamp?.size ?? 0,
      exists: start.log.stamp !== null,
    });
  }

  /** Write a whole snapshot of `file` (a new article, a repair): durably, the old one kept as `.bak`. */
  static async writeSnapshot(layout: Layout, id: string, file: NotesFile, seq: number) {
    const text = JSON.stringify({ ...file, logSeq: seq });
    const stamp = await writeFileDurably(layout.notes(id), text, { keepPrevious: layout.notesBackup(id) });
    return { stamp, bytes: stamp.size };
  }

  /**
   * Make `next` what the next write builds on, and log the change that made it. Resolves once
   * the line is on disk; `onDisk` (and the index entry, through `onDurable`) follow first.
   */
  write(next: NotesFile, record: ChangeRecord<NotesChange>): Promise<void> {
    const seq = ++this.#seq;
    this.data = next;
    return this.log
      .append(logLine({ seq, record }), (logStamp) => {
        this.#logStamp = logStamp;
        this.#diskSeq = seq;
        this.onDisk = next;
        this.stamp = notesStamp(this.#snapshot.stamp, logStamp);
        this.onDurable(next, this.stamp);
      })
      .then(() => this.#compactIfDue());
  }

  /**
   * Fold the log into a new snapshot: written durably (the old one kept as `.bak`), then the
   * log moved to `notes.log.bak` (with the `.bak` snapshot, the state before) and a new one
   * started. A crash between the two leaves a log whose lines the snapshot already holds: its
   * `logSeq` says so, and they are skipped.
   */
  compact(): Promise<void> {
    return this.log.exclusive(async () => {
      if (this.log.lines === 0) return;
      this.#snapshot = await NotesDoc.writeSnapshot(this.layout, this.id, this.onDisk, this.#diskSeq);
      this.stamp = notesStamp(this.#snapshot.stamp, this.#logStamp);
      this.#logStamp = await this.log.rotate(this.layout.notesLogBackup(this.id));
      this.stamp = notesStamp(this.#snapshot.stamp, this.#logStamp);
      this.onDurable(this.onDisk, this.stamp);
    });
  }

  /**
   * After a repair wrote a new snapshot from the log: move the log to `notes.log.bak` (its
   * lines are in the snapshot now) and start a new one.
   */
  retireLog(): Promise<void> {
    return this.log.exclusive(async () => {
      this.#logStamp = await this.log.rotate(this.layout.notesLogBackup(this.id));
      this.stamp = notesStamp(this.#snapshot.stamp, this.#logStamp);
      this.onDurable(this.onDisk, this.stamp);
    });
  }

  #compactIfDue(): void {
    const { lines, bytes } = this.log;
    const due =
      lines >= this.rule.maxLines || bytes >= Math.max(this.rule.minBytes, this.#snapshot.bytes / 4);
    if (!due || this.#compacting) return;
    this.#compacting = true;
    // In the background: the write that made it due is acknowledged already. A failure leaves
    // the log as it is (nothing lost), and the next write tries again.
    this.compact()
      .catch(() => undefined)
      .finally(() => (this.#compacting = false));
  }
}
