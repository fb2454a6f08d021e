/**
 * Surnames with particles ("von der Leyen", "de Gaulle", "bin Salman"). The tagger reads a token
 * at a time, and a lower-case "von der" between two capitalised words often ends one name and
 * starts another ("Ursula" + "Leyen"), or is left out of a bare surname ("Leyen said"). News
 * conventions keep the particles inside the name: "Ursula von der Leyen", "von der Leyen".
 */
import type { Candidate } from './extra-types';
import type { Token } from './tokenize';

/** Lower-case particles of surnames ("y" joins two surnames: "Ortega y Gasset"). */
export const NAME_PARTICLES = new Set(
  'von van der den de del della di da du dos das des la le bin ibn al el ter ten zu y'.split(' '),
);
/** Particles that may open a bare surname capitalised at a sentence start ("Von der Leyen said"). */
const OPENING = new Set(
  'Von Van De Del Della Di Da Du Dos Das Des La Le Bin Ibn Al El Ter Ten Zu'.split(' '),
);

function isParticle(word: string): boolean {
  return NAME_PARTICLES.has(word) && word !== 'y';
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/**
 * Joins person spans split at particles and pulls the particles of a bare surname into it.
 * `candidates` is sorted by start; the result is too.
 */
export function joinParticleNames(text: string, tokens: Token[], candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const covered = new Uint8Array(tokens.length);
  for (const c of candidates) covered.fill(1, c.first, c.last + 1);
  const sameLine = (i: number) => !text.slice(tokens[i - 1]!.end, tokens[i]!.start).includes('\n');
  for (const c of candidates) {
    const prev = out[out.length - 1];
    // "Ursula" [von der] "Leyen": the gap is particles only and the first is a person.
    if (prev && prev.type === 'person' && c.type !== 'date' && c.first > prev.last) {
      let ok = c.first - prev.last > 1;
      for (let i = prev.last + 1; ok && i < c.first; i++)
        ok = NAME_PARTICLES.has(tokens[i]!.text) && sameLine(i);
      if (ok && isCapitalised(tokens[c.first]!.text) && sameLine(c.first)) {
        out[out.length - 1] = { ...prev, end: c.end, last: c.last };
        continue;
      }
    }
    if (c.type !== 'person') {
      out.push(c);
      continue;
    }
    // "said von der Leyen", "Von der Leyen met": particles just before a person's surname.
    let first = c.first;
    while (first > 0 && (prev?.last ?? -1) < first - 1 && sameLine(first)) {
      const w = tokens[first - 1]!.text;
      const opensSentence =
        first - 1 === 0 || !isCapitalised(tokens[first - 2]!.text) || !sameLine(first - 1);
      if (isParticle(w) || (OPENING.has(w) && opensSentence)) first--;
      else break;
    }
    // "Ursula von der" + an untagged "Leyen": particles, then a capitalised word no span holds.
    let last = c.last;
    let k = last + 1;
    while (k < tokens.length && NAME_PARTICLES.has(tokens[k]!.text) && sameLine(k)) k++;
    if (
      k > last + 1 &&
      k < tokens.length &&
      !covered[k] &&
      sameLine(k) &&
      /^\p{Lu}\p{Ll}/u.test(tokens[k]!.text)
    )
      last = k;
    out.push(
      first === c.first && last === c.last
        ? c
        : { ...c, first, start: tokens[first]!.start, last, end: tokens[last]!.end },
    );
  }
  return out;
}
