/**
 * Which way a date without a year points, as a reader decides it: from the word just before it
 * ("since September", "last September", "next spring") and else from the tense of the verb
 * nearest to it in the sentence ("Sales fell in September" looks back, "will open in September"
 * forward). Wire copy is written in the past tense about the past and with "will" about the
 * future, so the nearest tensed word is a good guide; with no cue at all the caller keeps its
 * default (the publication year).
 */

/**
 * How a period relates to the publication date's own period. `last`/`next` exclude the current
 * one ("last April" written in April is a year back); `past`/`future` include it ("rose in
 * April" written in April is this April); `this` is the current year's.
 */
export type Relation = 'last' | 'next' | 'this' | 'past' | 'future';

const MODIFIERS: Record<string, Relation> = {
  last: 'last',
  past: 'last',
  previous: 'last',
  next: 'next',
  coming: 'next',
  this: 'this',
  since: 'past',
};

const FUTURE = new Set(
  (
    "will 'll shall won't won’t would wouldn't wouldn’t upcoming scheduled due expected expects " +
    'plans planned intends aims hopes'
  ).split(' '),
);
/** Irregular past forms common in news; regular ones are recognised by "-ed". */
const PAST = new Set(
  (
    'was were had did has have said told met rose fell began took came went saw made won lost left ' +
    'held gave got became grew sold bought paid ran spent thought brought found kept led built sent ' +
    'struck spoke wrote chose drove flew knew threw broke stole fought hit cut quit shut put set ' +
    'ago earlier beat bore drew fled forecast heard hid lay lit meant overtook rang sank sat shook ' +
    'slid sought stood stuck swore swept taught tore underwent understood withdrew woke'
  ).split(' '),
);
/** Words in "-ed" that are not past tenses, or that point forward. */
const NOT_PAST = new Set(
  (
    'need speed feed seed bed red shed hundred indeed proceed exceed succeed embed breed greed steed ' +
    'weed creed bleed deed based so-called named'
  ).split(' '),
);
const BE = new Set(['be', 'been', 'being']);
/** "is to", "are set to", "going to": the infinitive of arrangement. */
const ARRANGED = /\b(?:is|are|was|were)\s+(?:set\s+|due\s+|going\s+)?to\s+\p{Ll}+\s*$/u;

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
}

function tenseOf(word: string): 'past' | 'future' | null {
  if (FUTURE.has(word)) return 'future';
  if (PAST.has(word)) return 'past';
  if (word.length > 4 && word.endsWith('ed') && !NOT_PAST.has(word)) return 'past';
  return null;
}

const ENDS = new Set(['.', '!', '?', ';']);
/** A clause that decides a date's tense lies close to it: no need to look further. */
const WINDOW = 300;

/** The text before and after [start, end) in `block`, within its sentence. */
function sentenceAround(block: string, start: number, end: number): [string, string] {
  const low = Math.max(0, start - WINDOW);
  let a = start;
  while (a > low && !(ENDS.has(block[a - 2] ?? '') && /\s/.test(block[a - 1]!))) a--;
  const high = Math.min(block.length, end + WINDOW);
  let b = end;
  while (b < high && !(ENDS.has(block[b]!) && (b + 1 >= block.length || /\s/.test(block[b + 1]!)))) b++;
  return [block.slice(a, start), block.slice(end, b + 1)];
}

/** How the date at [start, end) of `block` relates to the publication date, or null for no cue. */
export function relationAt(block: string, start: number, end: number): Relation | null {
  const [before, after] = sentenceAround(block, start, end);
  const prior = wordsOf(before);
  const modifier = MODIFIERS[prior[prior.length - 1] ?? ''];
  if (modifier) return modifier;
  if (ARRANGED.test(before)) return 'future';
  // The nearest tensed word wins, looking up to ten words back and eight ahead; before wins ties.
  // A participle after "be" ("will be held", "has been signed") is not the tense: the word
  // before it is.
  const tensed = (words: string[], i: number) => {
    const w = words[i];
    if (w === undefined) return null;
    const t = tenseOf(w);
    return t === 'past' && i > 0 && BE.has(words[i - 1]!) ? null : t;
  };
  const next = wordsOf(after).slice(0, 8);
  for (let d = 0; d < 10; d++) {
    const back = tensed(prior, prior.length - 1 - d);
    if (back) return back;
    const ahead = tensed(next, d);
    if (ahead) return ahead;
  }
  return null;
}

/**
 * The ordinal (e.g. year * 12 + month) of the period with index `k` within a cycle of `n`
 * periods that stands in `relation` to the current period `current` (also an ordinal).
 */
export function pickOrdinal(current: number, k: number, n: number, relation: Relation): number {
  const sameYear = Math.floor(current / n) * n + k;
  switch (relation) {
    case 'this':
      return sameYear;
    case 'past':
      return sameYear <= current ? sameYear : sameYear - n;
    case 'last':
      return sameYear < current ? sameYear : sameYear - n;
    case 'future':
      return sameYear >= current ? sameYear : sameYear + n;
    case 'next':
      return sameYear > current ? sameYear : sameYear + n;
  }
}
