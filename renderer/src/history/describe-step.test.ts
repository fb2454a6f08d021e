import { describe, expect, it } from 'vitest';
import { describeStep } from './describe-step';

describe('describeStep', () => {
  it.each([
    [
      [1, 2, 3].map((n) => ({ type: 'article/restored' as const, articleId: `a${n}`, title: `T${n}` })),
      'Restored 3 articles.',
    ],
    [
      [{ type: 'article/deleted' as const, articleId: 'a', title: 'Gaza talks' }],
      'Moved “Gaza talks” to the trash.',
    ],
    [
      [
        { type: 'article/updated' as const, articleId: 'a', title: 'A', fields: ['tags'] },
        { type: 'article/updated' as const, articleId: 'b', title: 'B', fields: ['tags'] },
      ],
      'Changed the tags of 2 articles.',
    ],
    [
      [
        {
          type: 'article/updated' as const,
          articleId: 'a',
          title: 'A',
          fields: ['readingState'],
          readingState: 'archive' as const,
        },
      ],
      'Archived: “A”.',
    ],
    [[{ type: 'highlight/created' as const, articleId: 'a', title: 'A' }], 'Brought back 1 highlight.'],
    [[], 'Nothing changed.'],
  ])('words %j', (changes, words) => {
    expect(describeStep(changes)).toBe(words);
  });
});
