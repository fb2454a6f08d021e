import type { ArticleSummary } from '../../../electron/contract/model';
import { plural } from '../common/format';

/** One batch of files being imported one after another, and how it went. */
export interface ImportRun {
  total: number;
  /** Files finished so far, imported or refused. */
  done: number;
  /** The file being imported now (as messages name it), or null between files and at the end. */
  current: string | null;
  imported: ArticleSummary[];
  /** Each refused file with the reason, in the words of the check that refused it. */
  refused: { name: string; message: string }[];
  /** The user asked to stop: the file in flight finishes, the rest are left out. */
  stopping: boolean;
  /** Files left out because the user stopped. */
  skipped: number;
  finished: boolean;
}

export const newRun = (total: number): ImportRun => ({
  total,
  done: 0,
  current: null,
  imported: [],
  refused: [],
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
  if (imported === 0) return run.total === 1 ? 'The file was not imported' : 'No files were imported';
  if (imported === run.total) return run.total === 1 ? 'Imported 1 file' : `Imported all ${run.total} files`;
  return `Imported ${imported} of ${plural(run.total, 'file')}`;
}

/** What stopping left out, or null when the user did not stop. */
export function skippedLine(run: ImportRun): string | null {
  if (run.skipped === 0) return null;
  return `You stopped the import, so ${plural(run.skipped, 'file was', 'files were')} left out.`;
}
