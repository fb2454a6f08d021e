import { describe, expect, it } from 'vitest';
import { countWords } from './word-count';

describe('countWords', () => {
  it.each([
    { text: '', words: 0 },
    { text: 'Lavrov met Xi.', words: 3 },
    { text: "Russia's two-day visit — in Beijing, 2024!", words: 6 },
    { text: '  spaced\n\nout\ttext  ', words: 3 },
    { text: 'Café Zürich naïve', words: 3 },
    { text: '习近平会见拉夫罗夫', words: 9 },
    { text: 'Xi 习近平 met', words: 5 },
  ])('$text → $words', ({ text, words }) => {
    expect(countWords(text)).toBe(words);
  });
});
