/**
 * Trims tagger spans to the name itself, as news NER conventions (CoNLL, UNER) mark it: no
 * leading "the", no trailing descriptor ("Haute-Garonne region"), no edge punctuation, and no
 * title before a person's name ("Mr", "Dr", "Pope Francis" -> "Francis").
 */
import type { EntityTag } from './tagger-model';
import type { Token } from './tokenize';

const TITLES = new Set(
  (
    'mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady madam mme mme. mlle m. herr ' +
    'president pope king queen prince princess sheikh rev rev. father sen. sen senator gov. gov governor ' +
    'gen. gen general col. col colonel capt. captain lt. sgt. judge justice chancellor minister premier ' +
    'ayatollah imam rabbi cardinal bishop archbishop saint st. emperor empress sultan emir'
  ).split(' '),
);
/** Words that open a two-word title ("Crown Prince", "Foreign Minister"), and the titles' heads. */
const TITLE_OPENERS = new Set(
  'Crown Prime Foreign Vice Deputy Attorney Supreme Finance Defence Defense Interior Home Health'.split(' '),
);
const TITLE_HEADS = new Set(
  'Prince Princess Minister Secretary President General Leader Chancellor'.split(' '),
);

function opensTitle(word: string, next: string | undefined): boolean {
  return TITLE_OPENERS.has(word) && next !== undefined && TITLE_HEADS.has(next);
}
const PARTICLES = new Set('de del della der di da du des la le van von bin ibn al el dos das y'.split(' '));
/** Lower-case words that occur inside names of organisations, places and events. */
const CONNECTORS = new Set('of and the for on in at upon to de del la le du des von van y et &'.split(' '));

function isLowerWord(word: string): boolean {
  return /^\p{Ll}[\p{Ll}'’.-]*$/u.test(word);
}

/** A stand-alone separator no name contains: "England ( Reuters )", "Paris , Texas". */
const SEPARATOR = /^[,:;()[\]|]$/;
/** Dashes may join a name's parts in corpora tokenised at hyphens ("Saint - Malo"). */
const DASH = /^(?:[-–—]|--+)$/;
const CAPS_WORD = /^\p{Lu}{3,}$/u;
const VERSUS = /^(?:v|vs|V|VS)\.?$/;
/** A bare score or count: "Bolton 2 Oldham 0", "England 353". */
const NUMBER = /^\d+(?:[.,:]\d+)*$/;

function isEdgeJunk(word: string): boolean {
  return /^(?:[^\p{L}\p{N}]+|['’]s)$/u.test(word);
}

/** The trimmed token range [first, last], or null when nothing of a name is left. */
export function trimSpan(
  tokens: Token[],
  first: number,
  last: number,
  tag: EntityTag,
): [number, number] | null {
  const word = (i: number) => tokens[i]!.text;
  while (first <= last) {
    const w = word(first);
    if (isEdgeJunk(w)) first++;
    else if (isLowerWord(w) && !(PARTICLES.has(w) && first < last)) first++;
    else if (tag === 'PER' && first < last && TITLES.has(w.toLowerCase()) && /^\p{Lu}/u.test(word(first + 1)))
      first++;
    else break;
  }
  while (last >= first && (isEdgeJunk(word(last)) || isLowerWord(word(last)))) last--;
  // "Saudi Crown | Prince Mohammed", "British Foreign | Secretary": a title's first word is not
  // part of the name before it.
  if (tag !== 'PER' && last > first && opensTitle(word(last), tokens[last + 1]?.text)) last--;
  if (first > last) return null;
  // "Crown Prince Mohammed bin Salman", "Attorney General Merrick Garland": a title within a
  // person's first words, after capitalised words only, ends what stands before the name.
  if (tag === 'PER')
    for (let k = Math.min(last - 1, first + 2); k > first; k--) {
      if (!TITLES.has(word(k).toLowerCase()) || !/^\p{Lu}/u.test(word(k + 1))) continue;
      let caps = true;
      for (let i = first; i < k; i++) caps &&= /^\p{Lu}\p{Ll}/u.test(word(i)) && !TITLES.has(word(i));
      if (caps) first = k + 1;
      break;
    }
  return [first, last];
}

/**
 * Trims a span and splits it where a lower-case word inside cannot belong to a name
 * ("Sergey Lavrov met Xi Jinping" is two people): only particles ("de", "van") inside a
 * person's name, and connectors ("of", "and", "for") inside other names; and at a stand-alone
 * dash between capitalised words or a bracket, or a score between two names.
 */
export function trimAndSplit(
  tokens: Token[],
  first: number,
  last: number,
  tag: EntityTag,
): [number, number][] {
  const allowed = tag === 'PER' ? PARTICLES : CONNECTORS;
  const headlineDash = (i: number) =>
    DASH.test(tokens[i]!.text) &&
    i > first &&
    i < last &&
    CAPS_WORD.test(tokens[i - 1]!.text) &&
    CAPS_WORD.test(tokens[i + 1]!.text);
  let out: [number, number][] = [];
  let start = first;
  for (let i = first; i <= last + 1; i++) {
    const text = i > last ? '' : tokens[i]!.text;
    // "TENNIS - SABALENKA": what stands before a headline's dash is its topic, not a name.
    if (i <= last && headlineDash(i)) {
      out = [];
      start = i + 1;
      continue;
    }
    const breaks =
      i > last ||
      (isLowerWord(text) && !allowed.has(text)) ||
      SEPARATOR.test(text) ||
      // "ENGLAND V INDIA": "versus" between two names in a headline.
      (VERSUS.test(text) && i > first && i < last && CAPS_WORD.test(tokens[i - 1]!.text)) ||
      // "PHILADELPHIA 124 San Antonio": a number between two capitalised words ends a name.
      (NUMBER.test(text) && i > first && i < last && /^\p{Lu}/u.test(tokens[i + 1]!.text));
    if (!breaks) continue;
    if (i > start) {
      const range = trimSpan(tokens, start, i - 1, tag);
      if (range) out.push(range);
    }
    start = i + 1;
  }
  return out;
}
