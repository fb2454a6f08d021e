import { describe, expect, it } from 'vitest';
import { describeAnnotationImport, describeFolderExport } from './describe-export';

describe('export summaries', () => {
  it('say what a folder export wrote, kept and left out', () => {
    expect(
      describeFolderExport({ written: 1, unchanged: 0, kept: [], cancelled: false, skipped: [] }),
    ).toEqual(['1 file written, 0 unchanged.']);
    expect(
      describeFolderExport({
        written: 3,
        unchanged: 2,
        kept: ['People/X.md'],
        cancelled: true,
        skipped: ['Lost'],
      }),
    ).toEqual([
      'Stopped part way: 3 files written, 2 unchanged.',
      'Kept as they are, because they were edited outside Gloss: People/X.md.',
      'Left out, because their text could not be read: Lost.',
    ]);
  });

  it('say what an annotation import added, kept as orphans and could not place', () => {
    expect(
      describeAnnotationImport({
        imported: 3,
        duplicates: 1,
        skipped: 2,
        orphans: [],
        orphanCount: 1,
        unmatched: [{ source: 'https://a.example/x', exact: 'q' }],
        unmatchedCount: 1,
        articles: [{ articleId: 'a', title: 'A', imported: 3 }],
      }),
    ).toEqual([
      '3 highlights added to 1 article; 1 annotation already there.',
      `1 highlight could not be found in the article's text and is kept with its quote and note, under "no longer found".`,
      '1 annotation belongs to pages not in your library (https://a.example/x).',
      '2 annotations had no quoted text to attach and were skipped.',
    ]);
  });
});
