/**
 * Word lists the tagger consults besides its weights: how often a word is written in lower case
 * inside a sentence (tells a capitalised common word at a sentence start or in an all-caps
 * headline from a name) and gazetteer phrases (countries, cities, first names, ...).
 */

export interface Lexicon {
  /** Lower-cased word -> 1..4: share of mid-sentence uses in lower case (<10%, <50%, <90%, ≥90%). */
  lowerShare: Map<string, number>;
  /** Lower-cased phrase -> gazetteer class names ("country", "first-name", ...). */
  gazetteer: Map<string, string[]>;
  /** The longest gazetteer phrase, in tokens. */
  gazetteerMaxTokens: number;
}

export interface SerializedLexicon {
  lowerShare: [string, number][];
  gazetteer: Record<string, string[]>;
}

export function buildLexicon(data: SerializedLexicon): Lexicon {
  const gazetteer = new Map<string, string[]>();
  let gazetteerMaxTokens = 1;
  for (const [cls, phrases] of Object.entries(data.gazetteer)) {
    for (const phrase of phrases) {
      const list = gazetteer.get(phrase);
      if (list) list.push(cls);
      else gazetteer.set(phrase, [cls]);
      gazetteerMaxTokens = Math.max(gazetteerMaxTokens, phrase.split(' ').length);
    }
  }
  return { lowerShare: new Map(data.lowerShare), gazetteer, gazetteerMaxTokens };
}

export function emptyLexicon(): Lexicon {
  return { lowerShare: new Map(), gazetteer: new Map(), gazetteerMaxTokens: 1 };
}

/** Buckets a lower-case share into the 1..4 classes the features use. */
export function shareBucket(lowerCount: number, total: number): number {
  const share = lowerCount / total;
  return share < 0.1 ? 1 : share < 0.5 ? 2 : share < 0.9 ? 3 : 4;
}

/**
 * Marks gazetteer matches over one sentence: for each token, the classes of the longest phrase
 * covering it, as "B-class"/"I-class" strings (empty when none). Phrases must start with a
 * capital (or digit) so "china" in lower case or "may" never match.
 */
export function gazetteerTags(words: string[], lower: string[], lexicon: Lexicon): string[][] {
  const tags: string[][] = words.map(() => []);
  if (lexicon.gazetteer.size === 0) return tags;
  for (let i = 0; i < words.length; i++) {
    if (!/^[\p{Lu}\d]/u.test(words[i]!)) continue;
    let phrase = '';
    for (let n = 1; n <= lexicon.gazetteerMaxTokens && i + n <= words.length; n++) {
      phrase = n === 1 ? lower[i]! : `${phrase} ${lower[i + n - 1]!}`;
      const classes = lexicon.gazetteer.get(phrase);
      if (!classes) continue;
      for (const cls of classes) {
        for (let k = 0; k < n; k++) {
          const tag = `${k === 0 ? 'B' : 'I'}-${cls}${n > 1 ? '+' : ''}`;
          if (!tags[i + k]!.includes(tag)) tags[i + k]!.push(tag);
        }
      }
    }
  }
  return tags;
}
