/**
 * Conventions that override the tagger's type where news NER guidelines are unambiguous and the
 * training corpora teach them weakly: a country's name is a place, a name ending in a legal form
 * or an institution's head noun is an organisation, and the teams in a results line are clubs.
 */
import type { EntityType } from '../../contract/model';
import type { Candidate } from './extra-types';
import type { Lexicon } from './lexicon';
import type { TaggedText } from './tag-text';
import type { Token } from './tokenize';

/** Last words that make a name an organisation: legal forms and institutional heads. */
const ORG_ENDINGS = new Set(
  (
    'Corp Corp. Corporation Inc Inc. Incorporated Ltd Ltd. LLC Plc PLC plc AG GmbH SpA S.p.A. NV N.V. ' +
    'Co Co. Cos Bhd Tbk Pty Securities Airlines Airways Commission Ministry Committee Party ' +
    'Institute Association Federation Agency Authority Holdings Reserve Treasury Army Navy Senate ' +
    'Congress Parliament Police'
  ).split(' '),
);

/**
 * "U.K. Financial Conduct Authority", "Election Commission": several words ending in a legal form
 * or an institution's head noun name an organisation, whatever type the tagger or the retyper
 * gave it (the tagger reads many such names as MISC, the retyper drops some as no name).
 */
export function endsAsOrganization(tokens: Token[], first: number, last: number): boolean {
  return last > first && ORG_ENDINGS.has(tokens[last]!.text);
}

/** Second words of a company's name that do not make it something else ("Maersk Line"). */
const COMPANY_TAILS = new Set(
  'Line Lines Group Holding Holdings Shipping Logistics Energy Motors Bank'.split(' '),
);

function isCountry(tokens: Token[], first: number, last: number, lexicon: Lexicon): string[] | null {
  const key = tokens
    .slice(first, last + 1)
    .map((t) => t.text.toLowerCase())
    .join(' ');
  const classes = lexicon.gazetteer.get(key);
  return classes?.includes('country') ? classes : null;
}

/**
 * The type a convention imposes on the tagger's span, or null. A country's name is a place, also
 * as a team or a government ("England were bowled out", "Wales coach"), as CoNLL has it; unless
 * it is also a first name ("Chad", "Jordan") and the tagger read a person. (UNER sometimes makes
 * a government an organisation; on PUD the rule changed nothing.)
 */
export function conventionType(
  tokens: Token[],
  first: number,
  last: number,
  tag: string,
  lexicon: Lexicon | undefined,
): EntityType | null {
  if (tag === 'MISC') return null;
  if (lexicon && tag !== 'LOC') {
    const classes = isCountry(tokens, first, last, lexicon);
    if (classes && !(tag === 'PER' && classes.includes('first-name'))) return 'place';
  }
  // "Maersk said", "shipping lines Maersk and Hapag-Lloyd": a company's name, whatever its context.
  if (tag !== 'ORG' && lexicon?.orgNames.has(tokens[first]!.text)) {
    // "Maersk Line", "Maersk Group": the company's name and a word companies are named with.
    if (first === last || (last === first + 1 && COMPANY_TAILS.has(tokens[last]!.text)))
      return 'organization';
  }
  return endsAsOrganization(tokens, first, last) ? 'organization' : null;
}

/** A score, count, time or percentage (".687", "1/2", "3:49.11"), or a table's "-". */
const NUMERIC = /^(?:\d[\d.,:/-]*|\.\d+|-)$/;
const NAME_PART = /^(?:[\p{Lu}\d][\p{L}\d.'’&-]*|of|de|del|la|le|the|and|&)$/u;

/**
 * "Cleveland 126 MINNESOTA 104", "Real Madrid 25 19 5 1 53 15 62": a line made only of names
 * and numbers, each name followed by a number, is a results line, and its names are teams. A
 * team named after its town is a club, an organisation; a national team stays a place. The club
 * is a club in the story around the table too ("Sevilla lost to Valencia"): the type is cued.
 */
export function teamsInResultLines(tagged: TaggedText, candidates: Candidate[], lexicon?: Lexicon): void {
  const { tokens } = tagged;
  const lines: [number, number][] = [];
  for (const [a, b] of tagged.sentences) {
    if (b - a < 2 || b - a > 16 || !NAME_PART.test(tokens[a]!.text) || NUMERIC.test(tokens[a]!.text))
      continue;
    let numbers = 0;
    let ok = /\d/.test(tokens[b - 1]!.text) && NUMERIC.test(tokens[b - 1]!.text);
    for (let i = a; ok && i < b; i++) {
      const t = tokens[i]!.text;
      if (NUMERIC.test(t)) numbers += t === '-' ? 0 : 1;
      else ok = NAME_PART.test(t);
    }
    if (ok && numbers >= 2) lines.push([a, b]);
  }
  if (!lines.length) return;
  for (const c of candidates) {
    if (c.type !== 'place') continue;
    const inLine = lines.some(([a, b]) => c.first >= a && c.last < b);
    if (inLine && !(lexicon && isCountry(tokens, c.first, c.last, lexicon))) {
      c.type = 'organization';
      c.cued = true;
    }
  }
}

/** Units written in capitals: "2.1 million TEU", "500 MW". Not names of anything. */
const UNITS = new Set('TEU TEUs FEU DWT MW GW KW kW kWh MWh GWh TWh BPD bpd BTU MMBtu PPM ppm'.split(' '));
/** A quantity just before a capitalised word: "2.1 million", "10,000", "3.5". */
const QUANTITY = /^(?:\d+(?:[.,]\d+)+|million|billion|thousand|mln|bln|bn|trillion)$/i;

/**
 * Whether tokens first..last are no name at all: a unit ("TEU"), an acronym after a quantity
 * ("4.5 million TEU"), or a hashtag ("#MeToo": a slogan, not an organisation).
 */
export function isNotAName(tokens: Token[], first: number, last: number): boolean {
  const word = tokens[first]!.text;
  if (word.startsWith('#')) return true;
  if (first !== last) return false;
  if (UNITS.has(word)) return true;
  return /^\p{Lu}{2,4}s?$/u.test(word) && first > 0 && QUANTITY.test(tokens[first - 1]!.text);
}
