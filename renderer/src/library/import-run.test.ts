import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../electron/contract/model';
import { newRun, progressLabel, skippedLine, summaryTitle, versionMessage } from './import-run';
import type { ImportRun } from './import-run';

const article = { id: 'a', title: 'A' } as ArticleSummary;
const run = (patch: Partial<ImportRun>): ImportRun => ({ ...newRun(12), ...patch });
const refused = (count: number) => Array.from({ length: count }, (_, i) => ({ name: `${i}`, message: 'no' }));

describe('import run wording', () => {
  it.each<[Partial<ImportRun>, string]>([
    [{ imported: Array(12).fill(article) }, 'Imported all 12 files'],
    [{ imported: Array(9).fill(article), refused: refused(3) }, 'Imported 9 of 12 files'],
    [{ refused: refused(12) }, 'No files were imported'],
    [{ total: 1, imported: [article] }, 'Imported 1 file'],
    [{ total: 1, refused: refused(1) }, 'The file was not imported'],
  ])('%j reads “%s”', (patch, title) => {
    expect(summaryTitle(run(patch))).toBe(title);
  });

  it('counts the file in flight', () => {
    expect(progressLabel(run({ done: 2 }))).toBe('Importing 3 of 12');
    expect(progressLabel(run({ done: 12 }))).toBe('Importing 12 of 12');
  });

  it('says what stopping left out, only when the user stopped', () => {
    expect(skippedLine(run({}))).toBeNull();
    expect(skippedLine(run({ skipped: 1 }))).toBe('You stopped the import, so 1 file was left out.');
    expect(skippedLine(run({ skipped: 9 }))).toBe('You stopped the import, so 9 files were left out.');
  });

  it.each<[number, number, string]>([
    [0, 0, 'Imported the new version of “A”.'],
    [1, 0, 'Imported the new version of “A”: 1 highlight kept.'],
    [
      3,
      1,
      'Imported the new version of “A”: 3 highlights kept, 1 no longer in the text (see “Not in this version”).',
    ],
    [
      0,
      2,
      'Imported the new version of “A”: 0 highlights kept, 2 no longer in the text (see “Not in this version”).',
    ],
  ])('a new version keeping %i highlights and losing %i says “%s”', (kept, lost, message) => {
    const orphans = Array.from({ length: lost }, (_, i) => ({ highlightId: `${i}`, exact: 'q', note: '' }));
    expect(versionMessage({ article, kept, orphans })).toBe(message);
  });
});
