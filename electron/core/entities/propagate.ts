/**
 * Document-level consistency: a name tagged once is tagged everywhere in the article, with the
 * type most of its mentions got (or the one a cue in the text gave it: "UK spy agency GCHQ"), and a person's surname ("Lavrov") is that person wherever it
 * stands capitalised, even where the tagger missed it or took it for a place.
 */
import type { EntityType } from '../../contract/model';
import type { Candidate } from './extra-types';
import { shortForms } from './name-match';
import type { Token } from './tokenize';

function majorityTypes(text: string, candidates: Candidate[]): Map<string, EntityType> {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const c of candidates) {
    const key = text.slice(c.start, c.end);
    const v = votes.get(key) ?? new Map<EntityType, number>();
    v.set(c.type, (v.get(c.type) ?? 0) + 1);
    votes.set(key, v);
  }
  const out = new Map<string, EntityType>();
  for (const [key, v] of votes) out.set(key, [...v].sort((a, b) => b[1] - a[1])[0]![0]);
  // "Bilka is a Danish chain of hypermarkets": what the text says of a name beats the votes.
  for (const c of candidates) if (c.cued) out.set(text.slice(c.start, c.end), c.type);
  return out;
}

export function propagate(text: string, tokens: Token[], candidates: Candidate[]): Candidate[] {
  const types = majorityTypes(text, candidates);
  for (const c of candidates) {
    if (c.type === 'person') for (const s of shortForms(text.slice(c.start, c.end))) types.set(s, 'person');
  }
  let upper: Map<string, EntityType> | null = null;
  const upperTypes = () => (upper ??= new Map([...types].map(([k, t]) => [k.toUpperCase(), t])));
  const covered = new Int8Array(tokens.length);
  const out = candidates.map((c) => {
    covered.fill(1, c.first, c.last + 1);
    return { ...c, type: types.get(text.slice(c.start, c.end)) ?? c.type };
  });
  // Index surfaces by their first word so each token is checked against few names.
  const byFirst = new Map<string, string[][]>();
  for (const surface of types.keys()) {
    const words = surface.split(/\s+/);
    if (!/^[\p{Lu}\d]/u.test(surface) || surface.length < 2) continue;
    const list = byFirst.get(words[0]!) ?? [];
    list.push(words);
    byFirst.set(words[0]!, list);
  }
  // A headline in capitals ("VERSTAPPEN WINS") names the same people as the story under it.
  for (const [first, list] of [...byFirst]) {
    const upper = first.toUpperCase();
    if (upper !== first && first.length >= 3 && !byFirst.has(upper))
      byFirst.set(
        upper,
        list.map((ws) => ws.map((w) => w.toUpperCase())),
      );
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    // "inter-Ministry of Foreign Affairs": the name may start after a lower-case prefix.
    const glued = tokens[i]!.text.includes('-') ? /^\p{Ll}+-(?=\p{Lu})/u.exec(tokens[i]!.text) : null;
    const skip = glued ? glued[0].length : 0;
    const firstWord = tokens[i]!.text.slice(skip);
    for (const words of byFirst.get(firstWord) ?? []) {
      const n = words.length;
      let ok = i + n <= tokens.length;
      for (let k = 1; ok && k < n; k++) ok = !covered[i + k] && tokens[i + k]!.text === words[k];
      if (!ok) continue;
      const start = tokens[i]!.start + skip;
      const surface = text.slice(start, tokens[i + n - 1]!.end);
      const type = types.get(surface) ?? types.get(words.join(' ')) ?? upperTypes().get(surface);
      if (!type) continue;
      out.push({ start, end: tokens[i + n - 1]!.end, type, first: i, last: i + n - 1 });
      covered.fill(1, i, i + n);
      i += n - 1;
      break;
    }
  }
  addHyphenParts(tokens, covered, types, out);
  return out.sort((a, b) => a.start - b.start);
}

/** "Russia-Ukraine war": the parts of a hyphenated word that are names found elsewhere. */
function addHyphenParts(
  tokens: Token[],
  covered: Int8Array,
  types: Map<string, EntityType>,
  out: Candidate[],
): void {
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (covered[i] || !tok.text.includes('-')) continue;
    let at = tok.start;
    for (const part of tok.text.split('-')) {
      const type = types.get(part);
      if (type && type !== 'group' && /^\p{Lu}/u.test(part))
        out.push({ start: at, end: at + part.length, type, first: i, last: i });
      at += part.length + 1;
    }
  }
}
