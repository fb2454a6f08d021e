import type { AnnotationImport, FolderExportReport } from '../../../electron/contract/model';

const count = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** One line on a folder export, then the files kept and articles left out, for the dialog. */
export function describeFolderExport(report: FolderExportReport): string[] {
  const lines = [
    `${report.cancelled ? 'Stopped part way: ' : ''}${count(report.written, 'file')} written, ${report.unchanged.toLocaleString('en')} unchanged.`,
  ];
  if (report.kept.length > 0) {
    lines.push(`Kept as they are, because they were edited outside Gloss: ${report.kept.join(', ')}.`);
  }
  if (report.skipped.length > 0) {
    lines.push(`Left out, because their text could not be read: ${report.skipped.join(', ')}.`);
  }
  return lines;
}

/** What an annotation import did, in the words the dialog shows. */
export function describeAnnotationImport(result: AnnotationImport): string[] {
  const lines = [
    `${count(result.imported, 'highlight')} added to ${count(result.articles.length, 'article')}` +
      (result.duplicates > 0 ? `; ${count(result.duplicates, 'annotation')} already there.` : '.'),
  ];
  if (result.orphanCount > 0) {
    lines.push(
      `${count(result.orphanCount, 'highlight')} could not be found in the article's text and ${result.orphanCount === 1 ? 'is' : 'are'} kept with ${result.orphanCount === 1 ? 'its' : 'their'} quote and note, under "no longer found".`,
    );
  }
  if (result.unmatchedCount > 0) {
    const pages = [...new Set(result.unmatched.map((item) => item.source))].slice(0, 3).join(', ');
    lines.push(
      `${count(result.unmatchedCount, 'annotation')} ${result.unmatchedCount === 1 ? 'belongs' : 'belong'} to pages not in your library (${pages}).`,
    );
  }
  if (result.skipped > 0) {
    lines.push(
      `${count(result.skipped, 'annotation')} had no quoted text to attach and ${result.skipped === 1 ? 'was' : 'were'} skipped.`,
    );
  }
  return lines;
}
