import { describe, expect, it, vi } from 'vitest';
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

describe('postings read field by field', () => {
  it('reads only the field asked for, counts postings unread, and still answers as the maps', () => {
    const postings = new LazyPostings(ROW);
    expect(postings.postingCount).toBe(3);
    // Field 2's one posting and the field itself: field 0's two postings are not built.
    const sets = vi.spyOn(Map.prototype, 'set');
    const field = postings.get(2);
    const built = sets.mock.calls.length;
    sets.mockRestore();
    expect(built).toBe(2);
    expect([...(field ?? [])]).toEqual([[5, 1]]);
    // Field 0 is still unread, yet known.
    expect(postings.has(0)).toBe(true);
    expect(postings.size).toBe(2);
    expect(postings.postingCount).toBe(3);
    postings.get(2)!.set(6, 1);
    expect(postings.postingCount).toBe(4);
    expect(plain(postings)).toEqual([
      [
        2,
        [
          [5, 1],
          [6, 1],
        ],
      ],
      [
        0,
        [
          [3, 2],
          [7, 1],
        ],
      ],
    ]);
  });

  it('forgets an unread field deleted or replaced', () => {
    const deleted = new LazyPostings(ROW);
    expect(deleted.delete(0)).toBe(true);
    expect(deleted.delete(0)).toBe(false);
    expect(plain(deleted)).toEqual([[2, [[5, 1]]]]);
    const replaced = new LazyPostings(ROW);
    replaced.set(0, new Map([[9, 1]]));
    expect(replaced.size).toBe(2);
    expect(plain(replaced).sort()).toEqual([
      [0, [[9, 1]]],
      [2, [[5, 1]]],
    ]);
  });
});
