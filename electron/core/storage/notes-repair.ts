import { emptyNotesFile } from './entries';
import type { NotesFile } from './file-schemas';
import type { Layout } from './layout';
import { loadFile } from './load-file';
import type { EntryFields } from './model-schemas';
import type { LogEntry } from './notes-log';
import { loadLog, replayChecked } from './notes-on-disk';
import { quarantine } from './quarantine';

export interface Recovery {
  /** What to write as the notes file now; null when the article cannot be recovered. */
  data: NotesFile | null;
  /** The last log line `data` holds. */
  seq: number;
  /** What to tell the user once it is written (nothing for an import cut short by a crash). */
  notice: { level: 'warning' | 'error'; message: string } | null;
}

export interface RepairContext {
  layout: Layout;
  id: string;
  title: string;
  /** The entry as the index knows it: set when the article was in the library before. */
  known: EntryFields | undefined;
  fallbackEntry: () => Promise<EntryFields | null>;
}

/**
 * The lines of both logs (`notes.log.bak`, then `notes.log`), in order. A log with damage is
 * moved aside (never overwritten: the next fold would replace `notes.log.bak`); its good lines
 * still count.
 */
async function loggedChanges(layout: Layout, id: string): Promise<{ entries: LogEntry[]; kept: string[] }> {
  const entries: LogEntry[] = [];
  const kept: string[] = [];
  for (const file of [layout.notesLogBackup(id), layout.notesLog(id)]) {
    const log = await loadLog(file, id);
    if (!log) continue;
    entries.push(...log.entries.filter((entry) => entry.seq > (entries.at(-1)?.seq ?? 0)));
    if (log.damaged.length > 0) kept.push(layout.relative(await quarantine(file)));
  }
  return { entries, kept };
}

/** Whether `entries` continue `seq` without a gap: then no logged change is missing. */
function continues(seq: number, entries: readonly LogEntry[]): boolean {
  const after = entries.filter((entry) => entry.seq > seq);
  return after.length > 0 && after.every((entry, i) => entry.seq === seq + i + 1);
}

/**
 * Decide how to replace a missing or damaged notes file. A damaged one is moved aside first
 * (never overwritten). Then: the previous good version (`notes.json.bak`, kept by every
 * snapshot), or else empty notes for the article; either way with the changes logged since
 * replayed on top (`notes.log.bak` holds those between the two snapshots).
 */
export async function recoverNotes(
  damage: { reason: string } | 'missing',
  ctx: RepairContext,
): Promise<Recovery> {
  const { layout, id } = ctx;
  const kept = damage === 'missing' ? null : layout.relative(await quarantine(layout.notes(id)));
  const what = `The highlights and notes of "${ctx.title}" ${damage === 'missing' ? 'were missing' : `could not be read (${damage.reason})`}`;
  const keptAt = kept ? ` The damaged file was kept at ${kept}.` : '';

  const backup = await loadFile('notes', layout.notesBackup(id), { entry: ctx.known });
  const usable = backup.status === 'ok' && backup.data.notes.articleId === id ? backup.data : null;
  // An earlier copy that cannot be used would be replaced by the next snapshot's copy: keep it.
  const keptBackup =
    usable || backup.status === 'missing' ? null : layout.relative(await quarantine(layout.notesBackup(id)));
  const entry = usable ? null : await ctx.fallbackEntry();
  const base = usable ?? (entry && emptyNotesFile(entry));
  const logged = await loggedChanges(layout, id);
  const keptLogs = logged.kept.map((file) => ` A damaged notes log was kept at ${file}.`).join('');
  const keptAll = `${keptAt}${keptBackup ? ` The unreadable earlier copy was kept at ${keptBackup}.` : ''}${keptLogs}`;
  if (!base) {
    const message = `${what}, and the article itself is unreadable, so it was left out of the library.${keptAll}`;
    return { data: null, seq: 0, notice: kept || keptBackup ? { level: 'error', message } : null };
  }
  const { file: data, seq } = replayChecked(base, logged.entries);
  const replayed = seq > (base.logSeq ?? 0);
  if (usable) {
    const complete = continues(usable.logSeq ?? 0, logged.entries) && logged.kept.length === 0;
    const since = replayed ? ' and the changes saved after it' : '';
    const missing = complete ? 'no change is missing' : 'the last change to them may be missing';
    const message = `${what}. Gloss restored the previous saved version${since}, so ${missing}.${keptAll}`;
    return { data, seq, notice: { level: 'warning', message } };
  }
  const noCopy = keptBackup ? 'its earlier copy could not be read either' : 'no earlier copy was found';
  const outcome = replayed
    ? 'so only the changes saved most recently could be brought back'
    : 'so the article now has none';
  const message = `${what} and ${noCopy}, ${outcome}.${keptAll}`;
  // Missing, with no copy, for an article the index never listed: an import cut short by a
  // crash, with nothing the user wrote in it. Otherwise the user must hear about it.
  const tell = kept || keptBackup || ctx.known || replayed;
  return { data, seq, notice: tell ? { level: 'error', message } : null };
}
