import type { ImportedArticle, NewVersion } from '../../../electron/contract/model';
import { plural } from '../common/format';

/** What a batch imports, as its messages name it: files, web pages, or both ("items"). */
export type ImportNoun = 'file' | 'page' | 'item';

/** The noun for a batch that already names `current` things and gets more named `added`. */
export function joinNouns(current: ImportNoun | null, added: ImportNoun): ImportNoun {
  return current === null || current === added ? added : 'item';
}

/** One batch of files or web pages being imported one after another, and how it went. */
export interface ImportRun {
  noun: ImportNoun;
  total: number;
  /** Files finished so far, imported or refused. */
  done: number;
  /** The file being imported now (as messages name it), or null between files and at the end. */
  current: string | null;
  /** Imported, or found already in the library (`existing`), new versions included. */
  imported: ImportedArticle[];
  /** The imports that became an article's new version, with what became of its highlights. */
  versions: NewVersion[];
  /** Each refused file with the reason, in the words of the check that refused it. */
  refused: { name: string; message: string }[];
  /** Imported, but some of the files that came with it (images) were left out, each saying which. */
  leftOut: { name: string; message: string }[];
  /** The user asked to stop: the file in flight finishes, the rest are left out. */
  stopping: boolean;
  /** Files left out because the user stopped. */
  skipped: number;
  finished: boolean;
}

export const newRun = (total: number, noun: ImportNoun = 'file'): ImportRun => ({
  noun,
  total,
  done: 0,
  current: null,
  imported: [],
  versions: [],
  refused: [],
  leftOut: [],
  stopping: false,
  skipped: 0,
  finished: false,
});

/** "Importing 3 of 12": the file in flight is `done + 1`. */
export function progressLabel(run: ImportRun): string {
  return `Importing ${Math.min(run.done + 1, run.total)} of ${run.total}`;
}

/** The summary's headline: "Imported all 12 files", "Imported 9 of 12 files", "No files imported". */
export function summaryTitle(run: ImportRun): string {
  const imported = run.imported.length;
  const noun = run.noun;
  if (imported === 0) return run.total === 1 ? `The ${noun} was not imported` : `No ${noun}s were imported`;
  if (imported === run.total)
    return run.total === 1 ? `Imported 1 ${noun}` : `Imported all ${run.total} ${noun}s`;
  return `Imported ${imported} of ${plural(run.total, noun)}`;
}

/** The toast for one file that was imported, or that the library already had. */
export function importedMessage(article: ImportedArticle): string {
  if (article.existing === 'duplicate') return `“${article.title}” is already in your library.`;
  if (article.existing === 'reattached')
    return `“${article.title}” was already in your library: its text is back, with your highlights.`;
  if (article.existing === 'changed')
    return `“${article.title}” is already in your library, in an earlier version: nothing was added.`;
  return `Imported “${article.title}”.`;
}

/** The toast of a new version: "Imported the new version of “T”: 3 highlights kept, 1 no longer in the text." */
export function versionMessage({ article, kept, orphans }: NewVersion): string {
  const lead = `Imported the new version of “${article.title}”`;
  if (kept + orphans.length === 0) return `${lead}.`;
  const lost =
    orphans.length === 0 ? '' : `, ${orphans.length} no longer in the text (see “Not in this version”)`;
  return `${lead}: ${plural(kept, 'highlight')} kept${lost}.`;
}

/** What one import left out of the files that came with it, or null when it kept them all. */
export function leftOutMessage(name: string, leftOut: readonly string[]): string | null {
  if (leftOut.length === 0) return null;
  return `“${name}” was imported without ${leftOut.length === 1 ? 'one of its images' : 'some of its images'}: ${leftOut.join('; ')}.`;
}

/** What stopping left out, or null when the user did not stop. */
export function skippedLine(run: ImportRun): string | null {
  if (run.skipped === 0) return null;
  return `You stopped the import, so ${plural(run.skipped, `${run.noun} was`, `${run.noun}s were`)} left out.`;
}
