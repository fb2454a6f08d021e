/**
 * Counts, over the training text, how often each word is written in lower case when it is not
 * the first word of a sentence. Words seen fewer than `minCount` times are left out.
 */
import type { Doc } from './read-iob';
import { shareBucket } from '../../electron/core/entities/lexicon';

export function lowerShares(docs: Doc[], minCount: number): [string, number][] {
  const lower = new Map<string, number>();
  const total = new Map<string, number>();
  for (const doc of docs) {
    for (const s of doc.sentences) {
      for (let i = 1; i < s.words.length; i++) {
        const w = s.words[i]!;
        if (!/\p{L}/u.test(w) || w === w.toUpperCase()) continue;
        const key = w.toLowerCase();
        total.set(key, (total.get(key) ?? 0) + 1);
        if (w === key) lower.set(key, (lower.get(key) ?? 0) + 1);
      }
    }
  }
  const out: [string, number][] = [];
  for (const [word, n] of total) if (n >= minCount) out.push([word, shareBucket(lower.get(word) ?? 0, n)]);
  return out.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}
