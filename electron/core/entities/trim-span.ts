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
const PARTICLES = new Set('de del della der di da du des la le van von bin ibn al el dos das y'.split(' '));
/** Lower-case words that occur inside names of organisations, places and events. */
const CONNECTORS = new Set('of and the for on in at upon to de del la le du des von van y et &'.split(' '));

function isLowerWord(word: string): boolean {
  return /^\p{Ll}[\p{Ll}'’.-]*$/u.test(word);
}

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
  if (first > last) return null;
  return [first, last];
}

/**
 * Trims a span and splits it where a lower-case word inside cannot belong to a name
 * ("Sergey Lavrov met Xi Jinping" is two people): only particles ("de", "van") inside a
 * person's name, and connectors ("of", "and", "for") inside other names.
 */
export function trimAndSplit(
  tokens: Token[],
  first: number,
  last: number,
  tag: EntityTag,
): [number, number][] {
  const allowed = tag === 'PER' ? PARTICLES : CONNECTORS;
  const out: [number, number][] = [];
  let start = first;
  for (let i = first; i <= last + 1; i++) {
    const breaks = i > last || (isLowerWord(tokens[i]!.text) && !allowed.has(tokens[i]!.text));
    if (!breaks) continue;
    if (i > start) {
      const range = trimSpan(tokens, start, i - 1, tag);
      if (range) out.push(range);
    }
    start = i + 1;
  }
  return out;
}
