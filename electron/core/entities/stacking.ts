/**
 * Document-level stacking: after a first tagging pass, each capitalised word learns which entity
 * types the same word was given elsewhere in the article ("Bilka" tagged ORG twice makes the
 * third "Bilka" lean to ORG). The value is a 4-bit mask over PER/ORG/LOC/MISC, or STACK_UNKNOWN.
 */
import { capsOfToken, STACK_UNKNOWN } from './features';
import type { Lexicon } from './lexicon';
import { Caps } from './word-shape';

/** Per sentence, per token: the types other occurrences of the word received. */
export function stackValues(words: string[][], labels: Int32Array[], lexicon: Lexicon): Uint8Array[] {
  // Per lower-cased capitalised word: occurrence count and count per type.
  const counts = new Map<string, number[]>();
  const keyOf = (w: string) => {
    const caps = capsOfToken(w, lexicon);
    return caps === Caps.Initial || caps === Caps.AllCaps || caps === Caps.Mixed ? w.toLowerCase() : null;
  };
  const typeOf = (label: number) => (label === 0 ? -1 : (label - 1) >> 1);
  words.forEach((ws, k) => {
    ws.forEach((w, i) => {
      const key = keyOf(w);
      if (key === null) return;
      const c = counts.get(key) ?? [0, 0, 0, 0, 0];
      c[0]!++;
      const t = typeOf(labels[k]![i]!);
      if (t >= 0) c[t + 1]!++;
      counts.set(key, c);
    });
  });
  return words.map((ws, k) =>
    Uint8Array.from(ws, (w, i) => {
      const key = keyOf(w);
      const c = key === null ? undefined : counts.get(key);
      if (!c || c[0]! < 2) return STACK_UNKNOWN;
      const own = typeOf(labels[k]![i]!);
      let mask = 0;
      for (let t = 0; t < 4; t++) if (c[t + 1]! - (own === t ? 1 : 0) > 0) mask |= 1 << t;
      return mask;
    }),
  );
}
