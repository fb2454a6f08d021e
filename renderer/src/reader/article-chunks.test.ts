import { describe, expect, it } from 'vitest';
import { buildOrder, chunkOfBlock, planChunks, type ChunkBlock } from './article-chunks';

/** Blocks of the given kinds and lengths, laid end to end with "\n\n" between them. */
function blocks(...specs: [string, number][]): ChunkBlock[] {
  let offset = 0;
  return specs.map(([kind, length]) => {
    const block = { kind, start: offset, end: offset + length };
    offset += length + 2;
    return block;
  });
}
const show = (plan: { first: number; last: number }[]) =>
  plan.map(({ first, last }) => `${first}-${last}`).join(' ');

describe('article chunks', () => {
  it.each([
    ['one short article is one chunk', blocks(['paragraph', 10], ['paragraph', 10]), 100, '0-1'],
    [
      'chunks close once they reach the budget',
      blocks(['paragraph', 60], ['paragraph', 60], ['paragraph', 60], ['paragraph', 60], ['paragraph', 10]),
      100,
      '0-1 2-3 4-4',
    ],
    [
      'a block longer than the budget is a chunk of its own',
      blocks(['paragraph', 500], ['paragraph', 10]),
      100,
      '0-0 1-1',
    ],
    [
      'a run of list items is never cut, even past the budget',
      blocks(['paragraph', 90], ['list-item', 60], ['list-item', 60], ['list-item', 60], ['paragraph', 10]),
      100,
      '0-3 4-4',
    ],
    ['an empty article has no chunk', [], 100, ''],
  ])('%s', (_, input, budget, expected) => {
    expect(show(planChunks(input, budget))).toBe(expected);
  });

  it('covers every block once, with each chunk spanning its blocks’ text', () => {
    const input = blocks(
      ...Array.from({ length: 300 }, (_, i): [string, number] => [
        i % 7 ? 'paragraph' : 'heading',
        50 + (i % 13) * 40,
      ]),
    );
    const plan = planChunks(input, 2000);
    expect(plan[0]!.first).toBe(0);
    expect(plan.at(-1)!.last).toBe(299);
    for (const [i, chunk] of plan.entries()) {
      if (i > 0) expect(chunk.first).toBe(plan[i - 1]!.last + 1);
      expect(chunk.start).toBe(input[chunk.first]!.start);
      expect(chunk.end).toBe(input[chunk.last]!.end);
      expect(chunk.estimateEm).toBeGreaterThan(0);
      for (let block = chunk.first; block <= chunk.last; block++) expect(chunkOfBlock(plan, block)).toBe(i);
    }
  });

  it('estimates a longer text as a taller placeholder', () => {
    const [short] = planChunks(blocks(['paragraph', 100]), 1000);
    const [long] = planChunks(blocks(['paragraph', 1000]), 1000);
    expect(long!.estimateEm).toBeGreaterThan(short!.estimateEm * 5);
  });

  it('builds from where the article opens: on to the end, then back to the start, nearest first', () => {
    expect(buildOrder(6, 0)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(buildOrder(6, 3)).toEqual([3, 4, 5, 2, 1, 0]);
    expect(buildOrder(6, 5)).toEqual([5, 4, 3, 2, 1, 0]);
  });
});
