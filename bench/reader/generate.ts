import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The two articles of issue 12: a long one (~200k words) and a medium one (~20k). */
export const ARTICLES = {
  long: { copies: 270, highlights: 2000 },
  medium: { copies: 27, highlights: 200 },
} as const;

export type ArticleSize = keyof typeof ARTICLES;

/**
 * An article made of the seed article's body (a news report full of people, places and dates)
 * repeated, each copy under its own heading, as a `.txt` file with the title on the first line.
 */
export function articleFile(root: string, size: ArticleSize): { name: string; text: string } {
  const seed = readFileSync(path.join(root, 'seeds', '000_7cf7d18d3802595e.txt'), 'utf8');
  const body = seed.slice(seed.indexOf('\n') + 1).trim();
  const parts = Array.from({ length: ARTICLES[size].copies }, (_, i) => `Part ${i + 1}\n\n${body}`);
  return { name: `bench-${size}.txt`, text: `A ${size} dossier\n\n${parts.join('\n\n')}\n` };
}

/**
 * `count` highlights spread evenly over the text, each 4 to 11 words, none overlapping: the
 * offsets of whole words.
 */
export function highlightRanges(text: string, count: number): { start: number; end: number }[] {
  const words = [...text.matchAll(/\S+/g)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  const step = Math.floor(words.length / count);
  return Array.from({ length: count }, (_, i) => {
    const first = words[i * step + 3]!;
    const last = words[Math.min(words.length - 1, i * step + 3 + 3 + (i % 8))]!;
    return { start: first.start, end: last.end };
  });
}
