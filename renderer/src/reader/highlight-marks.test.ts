import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../../electron/contract/model';
import { highlightMarks, sameMarks } from './highlight-marks';

const highlight = (id: string, start: number, end: number, extra: Partial<Highlight> = {}): Highlight => ({
  id,
  articleId: 'a1',
  color: 'yellow',
  start,
  end,
  exact: 'x',
  prefix: '',
  suffix: '',
  anchor: 'position',
  note: { markdown: '', editorState: null, updatedAt: null },
  tags: [],
  createdAt: '2026-12-04T00:00:00.000Z',
  updatedAt: '2026-12-04T00:00:00.000Z',
  ...extra,
});

const before = [highlight('a', 0, 5), highlight('b', 10, 20, { color: 'green' })];

describe('highlightMarks', () => {
  it('paints anchored highlights in their color and leaves orphans out', () => {
    expect(highlightMarks([...before, highlight('c', 30, 40, { anchor: 'orphan' })])).toEqual([
      { start: 0, end: 5, layer: 'user-yellow' },
      { start: 10, end: 20, layer: 'user-green' },
    ]);
  });
});

describe('sameMarks', () => {
  it.each([
    [
      'a saved note',
      [highlight('a', 0, 5, { note: { markdown: 'Hi', editorState: null, updatedAt: 'x' } }), before[1]!],
      true,
    ],
    ['new tags', [before[0]!, highlight('b', 10, 20, { color: 'green', tags: ['law'] })], true],
    ['a temporary id replaced by the stored one', [highlight('pending:1', 0, 5), before[1]!], true],
    ['a new color', [highlight('a', 0, 5, { color: 'blue' }), before[1]!], false],
    ['a moved highlight', [highlight('a', 0, 6), before[1]!], false],
    ['one more highlight', [...before, highlight('c', 30, 40)], false],
    ['one fewer', [before[0]!], false],
  ])('after %s: %s', (_, after, same) => {
    expect(sameMarks(highlightMarks(before), highlightMarks(after))).toBe(same);
  });
});
