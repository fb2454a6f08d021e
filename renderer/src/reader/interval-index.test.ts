import { describe, expect, it } from 'vitest';
import { IntervalIndex } from './interval-index';

const marks = [
  { start: 10, end: 20, id: 'b' },
  { start: 0, end: 5, id: 'a' },
  { start: 12, end: 14, id: 'c' },
  { start: 30, end: 40, id: 'd' },
  { start: 8, end: 8, id: 'empty' },
];
const index = new IntervalIndex(marks);
const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('IntervalIndex', () => {
  it.each([
    [0, ['a']],
    [4, ['a']],
    [5, []],
    [8, []],
    [10, ['b']],
    [12, ['c', 'b']],
    [14, ['b']],
    [19, ['b']],
    [20, []],
    [39, ['d']],
    [40, []],
    [-1, []],
  ])('finds what covers offset %i', (offset, expected) => {
    expect(ids(index.at(offset))).toEqual(expected);
  });

  it.each([
    [0, 100, ['a', 'b', 'c', 'd']],
    [5, 10, []],
    [4, 11, ['a', 'b']],
    [13, 31, ['b', 'c', 'd']],
    [40, 50, []],
  ])('lists what overlaps [%i, %i)', (from, to, expected) => {
    expect(ids(index.overlapping(from, to))).toEqual(expected);
  });

  it('finds overlaps reached by a long interval that starts early', () => {
    const long = new IntervalIndex([
      { start: 0, end: 100, id: 'long' },
      { start: 1, end: 2, id: 'short' },
    ]);
    expect(ids(long.at(50))).toEqual(['long']);
    expect(ids(long.overlapping(60, 70))).toEqual(['long']);
  });

  it.each([
    [-1, 'a', null],
    [0, 'b', null],
    [10, 'c', 'a'],
    [12, 'd', 'b'],
    [30, null, 'c'],
    [35, null, 'd'],
  ])('steps from offset %i to next %s and previous %s', (offset, next, previous) => {
    expect(index.next(offset)?.id ?? null).toBe(next);
    expect(index.previous(offset)?.id ?? null).toBe(previous);
  });

  it('drops empty intervals', () => {
    expect(index.size).toBe(4);
  });
});
