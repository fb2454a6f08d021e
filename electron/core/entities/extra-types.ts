/**
 * Turns tagger spans into user-facing types and adds the two types the corpora do not teach:
 * events ("2022 Winter Olympics", "Cold War", "World War II") and groups ("Russian", "Democrats").
 * MISC spans that are neither (works, products, laws) are dropped.
 */
import type { EntityType } from '../../contract/model';
import { GROUP_WORDS, WEAK_GROUP_WORDS } from './group-words';
import type { Lexicon } from './lexicon';
import { organisationCues } from './organisation-cues';
import { organisationForms } from './organisation-forms';
import { conventionType, endsAsOrganization, isNotAName, teamsInResultLines } from './type-rules';
import type { TaggedText } from './tag-text';
import type { Token } from './tokenize';
import { trimAndSplit } from './trim-span';
import {
  DocTypes,
  R,
  RETYPE_TAGS,
  T,
  retypeScores,
  spanFeatures,
  spanTaggerScores,
  type RetyperModel,
} from './retype';
import type { EntityTag } from './tagger-model';

export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  /** Token range, inclusive. */
  first: number;
  last: number;
  /**
   * The type comes from what the text says about the name ("UK spy agency GCHQ"), not from the
   * tagger: document consistency gives it to the name's other mentions.
   */
  cued?: boolean;
}

const EVENT_HEADS = new Set(
  (
    'War Wars Olympics Olympiad Games Cup Championship Championships Summit Conference Revolution ' +
    'Election Elections Crisis Festival Expo Marathon Massacre Uprising Genocide Holocaust Pandemic ' +
    'Tournament Open Derby Convention Rebellion Invasion Offensive Siege Treaty Accords ' +
    'Protests Riots Blitz Reformation Renaissance Depression Oscars Grammys Biennale'
  ).split(' '),
);
const CONNECTORS = new Set(['of', 'and', 'for', 'de']);
const ROMAN = /^(?:I|II|III|IV|V|VI|One|Two)$/;
const TYPE_OF: Record<string, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place' };

function isCap(word: string): boolean {
  return /^[\p{Lu}\d]/u.test(word);
}

const STARTERS = new Set(
  'The A An In On At During After Before Since Following Until Of For From By With This That These Those His Her Its Their Our Both And But Last Next'.split(
    ' ',
  ),
);

/** Event phrases: [year] Capitalised+ Head [Roman], e.g. "2022 Winter Olympics", "World War II". */
function eventSpans(text: string, tagged: TaggedText): [number, number][] {
  const { tokens } = tagged;
  const joined = (x: number) => !text.slice(tokens[x - 1]!.end, tokens[x]!.start).includes('\n');
  const out: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!EVENT_HEADS.has(tokens[i]!.text)) continue;
    let a = i;
    while (a > 0 && i - a < 6 && joined(a)) {
      const prev = tokens[a - 1]!.text;
      if (isCap(prev) && !STARTERS.has(prev)) a--;
      else if (
        CONNECTORS.has(prev) &&
        a >= 2 &&
        isCap(tokens[a - 2]!.text) &&
        !STARTERS.has(tokens[a - 2]!.text)
      )
        a -= 2;
      else break;
    }
    if (a === i) continue; // a bare "War" or "Games" is not a named event
    let b = i + 1;
    if (b < tokens.length && ROMAN.test(tokens[b]!.text) && joined(b)) b++;
    out.push([a, b]);
    i = b - 1;
  }
  return out;
}

/**
 * "Hapag-Lloyd", "Rolls-Royce", "Harley-Davidson": two capitalised words joined by a hyphen, as
 * names of companies (and of places and people) are written. The tagger reads the shape as MISC,
 * as in "Franco-Prussian" or "Anglo-Saxon", whose parts are group words or combining forms in -o;
 * for the others the retyper, which sees the span's context, decides. A part that is a place
 * ("Russia-Ukraine war", "Paris-Berlin line") makes a relation between places, not a name.
 */
function isNameCompound(word: string, lexicon: Lexicon): boolean {
  const parts = /^(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)$/u.exec(word);
  if (!parts) return false;
  const [, a, b] = parts;
  const isPlace = (part: string) =>
    lexicon.gazetteer.get(part.toLowerCase())?.some((c) => PLACE_CLASSES.has(c)) ?? false;
  return !GROUP_WORDS.has(a!) && !GROUP_WORDS.has(b!) && !/o$/.test(a!) && !isPlace(a!) && !isPlace(b!);
}

/** Gazetteer classes that name places. */
const PLACE_CLASSES = new Set(['country', 'city', 'region']);

/** Verbs of speech, which only people and organisations are the subject of. */
const SPEECH = new Set(
  'said says told added wrote argued insisted explained stated announced confirmed denied warned asked replied tweeted'.split(
    ' ',
  ),
);

/** '"...," Leive said', '..., said Leive.': the name is who speaks. */
function speaks(tokens: Token[], first: number, last: number): boolean {
  if (SPEECH.has(tokens[last + 1]?.text ?? '')) return true;
  return SPEECH.has(tokens[first - 1]?.text ?? '') && /^[.,;]$/.test(tokens[last + 1]?.text ?? '.');
}

/** The retyper's decision for tokens first..last, or the tagger's tag when there is no retyper. */
function retyped(
  tagged: TaggedText,
  sentenceOf: Int32Array | null,
  first: number,
  last: number,
  tag: EntityTag,
  lexicon: Lexicon | undefined,
  retyper: RetyperModel | undefined,
  docTypes: DocTypes | null,
  spanId: number,
): EntityTag | null {
  if (!retyper || !lexicon || !tagged.emissions || !sentenceOf) return tag;
  if (tag === 'MISC' && !(first === last && isNameCompound(tagged.tokens[first]!.text, lexicon))) return tag;
  const k = sentenceOf[first]!;
  const [a, b] = tagged.sentences[k]!;
  if (last >= b) return tag;
  const words = tagged.words?.[k] ?? tagged.tokens.slice(a, b).map((t) => t.text);
  const masks = docTypes?.masks(words.slice(first - a, last - a + 1), spanId);
  const feats = spanFeatures(words, first - a, last - a, lexicon, 2 ** retyper.bits - 1, first === a, masks);
  const ts = new Float64Array(T);
  spanTaggerScores(tagged.emissions, first, last - first + 1, ts);
  const scores = retypeScores(retyper, feats, ts);
  let best = 0;
  for (let l = 1; l < R; l++) if (scores[l]! > scores[best]!) best = l;
  const out = RETYPE_TAGS[best]!;
  // Works and products do not speak: '"... world," Leive said' keeps the tagger's person.
  if (out === 'MISC' && tag !== 'MISC' && speaks(tagged.tokens, first, last)) return tag;
  return out === 'O' ? null : out;
}

export function typedCandidates(
  text: string,
  tagged: TaggedText,
  lexicon?: Lexicon,
  retyper?: RetyperModel,
): Candidate[] {
  const { tokens } = tagged;
  let sentenceOf: Int32Array | null = null;
  let docTypes: DocTypes | null = null;
  if (retyper) {
    sentenceOf = new Int32Array(tokens.length);
    tagged.sentences.forEach(([a, b], k) => sentenceOf!.fill(k, a, b));
    docTypes = new DocTypes(
      tagged.spans.map((s) => ({
        words: tokens.slice(s.first, s.last + 1).map((t) => t.text),
        type: RETYPE_TAGS.indexOf(s.tag),
      })),
    );
  }
  const covered = new Uint8Array(tokens.length);
  const out: Candidate[] = [];
  for (const [a, b] of eventSpans(text, tagged)) {
    out.push({ start: tokens[a]!.start, end: tokens[b - 1]!.end, type: 'event', first: a, last: b - 1 });
    covered.fill(1, a, b);
  }
  for (const [spanId, raw] of tagged.spans.entries()) {
    for (const [first, last] of trimAndSplit(tokens, raw.first, raw.last, raw.tag)) {
      if (covered.subarray(first, last + 1).some((c) => c) || isNotAName(tokens, first, last)) continue;
      const orgEnding = endsAsOrganization(tokens, first, last) && raw.tag !== 'PER';
      const decided = retyped(tagged, sentenceOf, first, last, raw.tag, lexicon, retyper, docTypes, spanId);
      const tag = orgEnding && (decided === null || decided === 'MISC') ? 'ORG' : decided;
      if (!tag) continue;
      // "inter-Ministry of Foreign Affairs": a lower-case prefix glued by a hyphen is not the name.
      const prefix = /^\p{Ll}+-(?=\p{Lu})/u.exec(tokens[first]!.text);
      const start = tokens[first]!.start + (prefix ? prefix[0].length : 0);
      const end = tokens[last]!.end;
      const surface = text.slice(start, end);
      let type: EntityType | undefined = conventionType(tokens, first, last, tag, lexicon) ?? TYPE_OF[tag];
      if (first === last && GROUP_WORDS.has(surface)) type = 'group';
      // "South Korean", "West Indian": a short capitalised phrase ending in a group word.
      else if (tag === 'MISC' && last - first < 3 && GROUP_WORDS.has(tokens[last]!.text)) type = 'group';
      if (!type) continue; // MISC that is neither an event nor a group
      out.push({ start, end, type, first, last });
      covered.fill(1, first, last + 1);
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.text;
    if (covered[i] || !GROUP_WORDS.has(word)) continue;
    const next = tokens[i + 1]?.text ?? '';
    if (WEAK_GROUP_WORDS.has(word) && /^\p{Lu}/u.test(next)) continue;
    out.push({ start: tokens[i]!.start, end: tokens[i]!.end, type: 'group', first: i, last: i });
  }
  teamsInResultLines(tagged, out, lexicon);
  if (lexicon) organisationCues(text, tokens, out, lexicon);
  organisationForms(text, tokens, out);
  return out.sort((x, y) => x.start - y.start);
}
