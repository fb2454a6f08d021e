import { emptyNotesFile } from './entries';
import type { NotesFile } from './file-schemas';
import type { Layout } from './layout';
import { loadFile } from './load-file';
import type { EntryFields } from './model-schemas';
import { quarantine } from './quarantine';

export interface Recovery {
  /** What to write as the notes file now; null when the article cannot be recovered. */
  data: NotesFile | null;
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
 * Decide how to replace a missing or damaged notes file. A damaged one is moved aside first
 * (never overwritten). Then: the previous good version (`notes.json.bak`, kept by every write),
 * or else empty notes for the article.
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
  if (backup.status === 'ok' && backup.data.notes.articleId === id) {
    const message = `${what}. Gloss restored the previous saved version, so the last change to them may be missing.${keptAt}`;
    return { data: backup.data, notice: { level: 'warning', message } };
  }
  // An earlier copy that cannot be used would be replaced by the next write's copy: keep it.
  const keptBackup =
    backup.status === 'missing' ? null : layout.relative(await quarantine(layout.notesBackup(id)));
  const keptBoth = keptBackup ? `${keptAt} The unreadable earlier copy was kept at ${keptBackup}.` : keptAt;
  const noCopy = keptBackup ? 'its earlier copy could not be read either' : 'no earlier copy was found';
  const entry = await ctx.fallbackEntry();
  if (!entry) {
    const message = `${what}, and the article itself is unreadable, so it was left out of the library.${keptBoth}`;
    return { data: null, notice: kept || keptBackup ? { level: 'error', message } : null };
  }
  // Missing, with no copy, for an article the index never listed: an import cut short by a
  // crash, with nothing the user wrote in it. Otherwise the user must hear about it.
  const message = `${what} and ${noCopy}, so the article now has none.${keptBoth}`;
  const tell = kept || keptBackup || ctx.known;
  return { data: emptyNotesFile(entry), notice: tell ? { level: 'error', message } : null };
}
