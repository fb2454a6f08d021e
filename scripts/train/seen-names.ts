/**
 * Names annotated in training documents, as gazetteer classes by type ("seen-ORG": "united
 * nations", ...). Cross-fitted: each half of the training documents gets the names of the other
 * half, so the feature is as incomplete in training as it is on new text, and the model learns
 * how far to trust it. The shipped lexicon carries the names of all training documents.
 */
import { tagSpans, type Doc } from './read-iob';

/** Phrases whose every word is a common lower-case word ("The Who") would fire everywhere. */
export function seenNames(docs: Doc[], lowerShare: Map<string, number>): Record<string, string[]> {
  const byType = new Map<string, Set<string>>();
  for (const d of docs) {
    for (const s of d.sentences) {
      for (const [a, b, type] of tagSpans(s.tags)) {
        if (b - a > 5 || type === 'MISC') continue;
        const words = s.words.slice(a, b);
        if (
          !/^[\p{Lu}\d]/u.test(words[0]!) ||
          words.every((w) => (lowerShare.get(w.toLowerCase()) ?? 0) >= 4)
        )
          continue;
        const key = `seen-${type}`;
        const set = byType.get(key) ?? new Set<string>();
        set.add(words.map((w) => w.toLowerCase()).join(' '));
        byType.set(key, set);
      }
    }
  }
  return Object.fromEntries([...byType].map(([k, v]) => [k, [...v].sort()]));
}
