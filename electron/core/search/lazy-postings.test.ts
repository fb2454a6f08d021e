import { describe, expect, it } from 'vitest';
import { LazyPostings } from './lazy-postings';

/** "harbour": in field 0 of documents 3 (twice) and 7, in field 2 of document 5 (doc numbers as differences). */
const ROW = ['harbour', 0, 2, 3, 2, 4, 1, 2, 1, 5, 1];
const eager = () =>
  new Map([
    [
      0,
      new Map([
        [3, 2],
        [7, 1],
      ]),
    ],
    [2, new Map([[5, 1]])],
  ]);

type Postings = Map<number, Map<number, number>>;
const plain = (map: Postings) => [...map].map(([field, docs]) => [field, [...docs]]);

describe('postings read from the saved row on first use', () => {
  it.each<[string, (map: Postings) => unknown]>([
    ['size', (map) => map.size],
    ['get', (map) => [...(map.get(0) ?? [])]],
    ['has', (map) => [map.has(2), map.has(1)]],
    ['iteration', (map) => plain(map)],
    ['keys and values', (map) => [[...map.keys()], [...map.values()].map((docs) => [...docs])]],
    ['entries', (map) => [...map.entries()].map(([field]) => field)],
    [
      'forEach',
      (map) => {
        const seen: number[] = [];
        map.forEach((_, field) => seen.push(field));
        return seen;
      },
    ],
    ['delete, then iteration', (map) => [map.delete(0), plain(map)]],
    ['set, then iteration', (map) => [map.set(4, new Map([[9, 1]])) === map, plain(map)]],
    [
      'a posting removed in place',
      (map) => {
        map.get(0)!.delete(3);
        return plain(map);
      },
    ],
    [
      'clear',
      (map) => {
        map.clear();
        return [map.size, plain(map)];
      },
    ],
  ])('answers %s as the maps it stands for', (_, use) => {
    expect(use(new LazyPostings(ROW))).toEqual(use(eager()));
  });
});
