/**
 * How news copy says a name is an organisation, in the words right before it: a lower-case head
 * noun in apposition ("UK spy agency GCHQ", "Chinese maker BYD", "Italian lenders Banco BPM",
 * "industrial band Killing Joke"). The tagger reads such names token by token and often misses
 * them or takes a one-word company for a person; the head noun decides.
 */
import type { Candidate } from './extra-types';
import type { Lexicon } from './lexicon';
import type { Token } from './tokenize';

/** Lower-case nouns that name what kind of organisation the capitalised words after them are. */
const HEADS = new Set(
  (
    'agency agencies company companies firm firms bank banks lender lenders insurer insurers ' +
    'carrier carriers airline airlines maker makers carmaker carmakers automaker automakers ' +
    'manufacturer manufacturers retailer retailers supermarket supermarkets chain chains ' +
    'conglomerate conglomerates giant giants startup startups start-up start-ups operator operators ' +
    'regulator regulators watchdog watchdogs broadcaster broadcasters newspaper newspapers daily ' +
    'tabloid magazine network networks band bands label club clubs party parties union unions ' +
    'outlet outlets brand brands group groups organisation organisations organization organizations ' +
    'charity charities militia militias'
  ).split(' '),
);

/** Capitalised words after a head that are no organisation's name. */
const NOT_NAMES = new Set(
  (
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June ' +
    'July August September October November December I The A An This That It He She They We'
  ).split(' '),
);

const isCap = (word: string) => /^[\p{Lu}\d]/u.test(word) && /\p{L}/u.test(word);

function sameLine(text: string, a: Token, b: Token): boolean {
  return !text.slice(a.end, b.start).includes('\n');
}

/** The capitalised run starting at token i (names joined by "&", "of", "de"), as [i, last]. */
function capitalisedRun(text: string, tokens: Token[], i: number): number {
  let last = i;
  while (last + 1 < tokens.length && sameLine(text, tokens[last]!, tokens[last + 1]!)) {
    const next = tokens[last + 1]!.text;
    if (isCap(next)) last++;
    else if (
      (next === '&' || next === 'of' || next === 'de' || next === 'dei' || next === 'di') &&
      last + 2 < tokens.length &&
      isCap(tokens[last + 2]!.text)
    )
      last += 2;
    else break;
  }
  return last;
}

function isPersonName(tokens: Token[], first: number, last: number, lexicon: Lexicon): boolean {
  if (last === first) return false;
  return lexicon.gazetteer.get(tokens[first]!.text.toLowerCase())?.includes('first-name') ?? false;
}

/** Gazetteer classes that name places. */
const PLACE_CLASSES = ['country', 'city', 'region'];

function isPlaceName(tokens: Token[], first: number, last: number, lexicon: Lexicon): boolean {
  const key = tokens
    .slice(first, last + 1)
    .map((t) => t.text.toLowerCase())
    .join(' ');
  return lexicon.gazetteer.get(key)?.some((c) => PLACE_CLASSES.includes(c)) ?? false;
}

/** A person or place the tagger found that a cue may make an organisation. */
function retypable(tokens: Token[], c: Candidate, lexicon: Lexicon): boolean {
  if (c.type === 'person') return !isPersonName(tokens, c.first, c.last, lexicon);
  return c.type === 'place' && !isPlaceName(tokens, c.first, c.last, lexicon);
}

/** Words that may follow the head noun of a description ("a Danish chain of hypermarkets"). */
const AFTER_HEAD = new Set(
  'in that which based founded owned with from for whose listed , . ; : ) -- —'.split(' '),
);
/** Heads that also just count things ("a group of islands", "a network of tunnels"). */
const COLLECTIVE = new Set(['group', 'groups', 'network', 'networks', 'union', 'unions']);
const LAND = /^(?:islands?|isles|islets|atolls?|lakes|mountains|hills|peaks|volcanoes|reefs)$/;
const COPULA = new Set(['is', 'was', 'are', 'were']);
const ARTICLE = new Set(['a', 'an', 'the']);

/**
 * "Vendorado , a Bungalow park developer", "Bilka is a Danish chain of hypermarkets": the name is
 * described, right after it, as an organisation (up to four words before the head noun, none of
 * them punctuation, a possessive or "of").
 */
function describedAsOrganisation(text: string, tokens: Token[], last: number): boolean {
  let i = last + 1;
  const next = tokens[i]?.text;
  if (next !== ',' && !(next && COPULA.has(next))) return false;
  i++;
  if (!ARTICLE.has(tokens[i]?.text ?? '')) return false;
  for (let k = i + 1; k <= i + 5 && k < tokens.length; k++) {
    const word = tokens[k]!.text;
    if (!sameLine(text, tokens[last]!, tokens[k]!)) return false;
    if (HEADS.has(word)) {
      const after = tokens[k + 1]?.text;
      if (after !== 'of') return after === undefined || AFTER_HEAD.has(after);
      // "a chain of hypermarkets" is a company, "a group of more than 50 islands" a place.
      return !COLLECTIVE.has(word) && !LAND.test(tokens[k + 2]?.text ?? '');
    }
    if (!/^[\p{L}\d-]+$/u.test(word) || word === 'of') return false;
  }
  return false;
}

/**
 * Retypes as organisations the candidates that stand right after a head noun, and adds those the
 * tagger missed. A full person's name after the head ("property group Donald Trump" is not how
 * news writes) is left alone, and so are countries and places the tagger saw as such.
 */
export function organisationCues(
  text: string,
  tokens: Token[],
  candidates: Candidate[],
  lexicon: Lexicon,
): void {
  const startsAt = new Map<number, Candidate>();
  const covered = new Uint8Array(tokens.length);
  for (const c of candidates) {
    startsAt.set(c.first, c);
    covered.fill(1, c.first, c.last + 1);
  }
  const endsAt = new Map<number, Candidate>();
  for (const c of candidates) endsAt.set(c.last, c);
  for (let i = 0; i < tokens.length; i++) {
    if (!describedAsOrganisation(text, tokens, i)) continue;
    const c = endsAt.get(i);
    if (c) {
      if (retypable(tokens, c, lexicon)) {
        c.type = 'organization';
        c.cued = true;
      }
      continue;
    }
    // The tagger missed the name: the capitalised words before the description, if not common words.
    let first = i;
    while (first > 0 && i - first < 4 && isCap(tokens[first - 1]!.text) && !covered[first - 1]) first--;
    while (first <= i && !isCap(tokens[first]!.text)) first++;
    if (first > i || covered[i] || !sameLine(text, tokens[first]!, tokens[i]!)) continue;
    const word = tokens[first]!.text;
    if (NOT_NAMES.has(word) || (lexicon.lowerShare.get(word.toLowerCase()) ?? 0) > 1) continue;
    if (isPersonName(tokens, first, i, lexicon) || isPlaceName(tokens, first, i, lexicon)) continue;
    candidates.push({
      start: tokens[first]!.start,
      end: tokens[i]!.end,
      type: 'organization',
      first,
      last: i,
      cued: true,
    });
    covered.fill(1, first, i + 1);
  }
  for (let h = 0; h + 1 < tokens.length; h++) {
    if (!HEADS.has(tokens[h]!.text)) continue;
    let i = h + 1;
    for (;;) {
      const word = tokens[i]!.text;
      if (!isCap(word) || NOT_NAMES.has(word) || !sameLine(text, tokens[h]!, tokens[i]!)) break;
      const last = capitalisedRun(text, tokens, i);
      const c = startsAt.get(i);
      if (c) {
        if (retypable(tokens, c, lexicon)) {
          c.type = 'organization';
          c.cued = true;
        }
      } else if (!covered.subarray(i, last + 1).some((x) => x) && !isPersonName(tokens, i, last, lexicon)) {
        candidates.push({
          start: tokens[i]!.start,
          end: tokens[last]!.end,
          type: 'organization',
          first: i,
          last,
          cued: true,
        });
        covered.fill(1, i, last + 1);
      }
      // "lenders Banco BPM and Monte dei Paschi": a plural head names each of the list.
      const end = c ? c.last : last;
      if (!tokens[h]!.text.endsWith('s') || tokens[end + 1]?.text !== 'and' || end + 2 >= tokens.length)
        break;
      i = end + 2;
    }
  }
}
