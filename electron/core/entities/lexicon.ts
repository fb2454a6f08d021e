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
  /** Every proper prefix of a multi-word phrase ("new", "new york"), to stop lookups early. */
  gazetteerPrefixes: Set<string>;
  /**
   * Company names as written ("Maersk", "Hapag-Lloyd"), for the type rules only (not a tagger
   * feature): a one-word name in this list is an organisation.
   */
  orgNames: Set<string>;
  /**
   * Whether a lower-case word is an English word the training text lacks (SCOWL), for truecasing
   * headlines. The set is built on first use: most articles have no all-caps headline, and
   * 62,000 words would add some 40 ms to every model load.
   */
  isCommonWord: (lower: string) => boolean;
}

export interface SerializedLexicon {
  lowerShare: [string, number][];
  gazetteer: Record<string, string[]>;
  /** Absent in older model files. */
  orgNames?: string[];
  /** Newline-separated (one string parses faster than 62,000); absent in older model files. */
  commonWords?: string;
}

export function buildLexicon(data: SerializedLexicon): Lexicon {
  const gazetteer = new Map<string, string[]>();
  const gazetteerPrefixes = new Set<string>();
  let gazetteerMaxTokens = 1;
  for (const [cls, phrases] of Object.entries(data.gazetteer)) {
    for (const phrase of phrases) {
      const list = gazetteer.get(phrase);
      if (list) list.push(cls);
      else gazetteer.set(phrase, [cls]);
      const words = phrase.split(' ');
      gazetteerMaxTokens = Math.max(gazetteerMaxTokens, words.length);
      for (let k = 1; k < words.length; k++) gazetteerPrefixes.add(words.slice(0, k).join(' '));
    }
  }
  return {
    lowerShare: new Map(data.lowerShare),
    gazetteer,
    gazetteerMaxTokens,
    gazetteerPrefixes,
    orgNames: new Set(data.orgNames ?? []),
    isCommonWord: lazyWordSet(data.commonWords ?? ''),
  };
}

function lazyWordSet(joined: string): (word: string) => boolean {
  let words: Set<string> | null = null;
  return (word) => (words ??= new Set(joined ? joined.split('\n') : [])).has(word);
}

export function emptyLexicon(): Lexicon {
  return {
    lowerShare: new Map(),
    gazetteer: new Map(),
    gazetteerMaxTokens: 1,
    gazetteerPrefixes: new Set(),
    orgNames: new Set(),
    isCommonWord: () => false,
  };
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
export function gazetteerTags(words: string[], lower: string[], lexicon: Lexicon): (string[] | null)[] {
  const tags: (string[] | null)[] = new Array<string[] | null>(words.length).fill(null);
  if (lexicon.gazetteer.size === 0) return tags;
  for (let i = 0; i < words.length; i++) {
    const c = words[i]!.charCodeAt(0);
    // Cheap pre-check for ASCII lower case and punctuation before the Unicode test.
    if ((c >= 97 && c <= 122) || c < 48 || !/^[\p{Lu}\d]/u.test(words[i]!)) continue;
    let phrase = '';
    for (let n = 1; n <= lexicon.gazetteerMaxTokens && i + n <= words.length; n++) {
      phrase = n === 1 ? lower[i]! : `${phrase} ${lower[i + n - 1]!}`;
      const classes = lexicon.gazetteer.get(phrase);
      if (classes) {
        for (const cls of classes) {
          for (let k = 0; k < n; k++) {
            const tag = `${k === 0 ? 'B' : 'I'}-${cls}${n > 1 ? '+' : ''}`;
            const list = (tags[i + k] ??= []);
            if (!list.includes(tag)) list.push(tag);
          }
        }
      }
      if (!lexicon.gazetteerPrefixes.has(phrase)) break;
    }
  }
  return tags;
}
