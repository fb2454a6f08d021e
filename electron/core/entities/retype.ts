/**
 * Span retyper: a second-stage linear classifier that re-decides the type (PER/ORG/LOC/MISC) of
 * a span the tagger found, from features of the whole span ("... Party", "... FC", the full name,
 * its first and last words, the words around it, gazetteer hits) plus the tagger's own per-type
 * scores for the span. The tagger decides token by token; the retyper sees the name at once.
 */
import { hashString, mix, mix3 } from './hash';
import type { Lexicon } from './lexicon';
import { Caps, capsOf, shapeOf } from './word-shape';

/** The retyper's classes: the four types, and O (not a name: the span is dropped). */
export const RETYPE_TAGS = ['PER', 'ORG', 'LOC', 'MISC', 'O'] as const;
export const R = RETYPE_TAGS.length;
/** Tagger scores per span: PER, ORG, LOC, MISC. */
export const T = 4;

export interface RetyperModel {
  bits: number;
  /** buckets * R weights, row-major by bucket (int8 when shipped). */
  weights: Float32Array | Int8Array;
  scale: number;
  /** T * R weights: row = the tagger's type score, column = retyped label (real-valued features). */
  tagger: Float32Array;
}

const NONE = hashString('<none>');
const BOS = hashString('<s>');
const EOS = hashString('</s>');

function norm(word: string): string {
  return word.toLowerCase().replace(/\d/g, '0');
}

/**
 * The types the tagger gave the other spans of a document, by span text and by last word: the
 * retyper sees "Montreal HC" read as a club elsewhere in the article.
 */
export class DocTypes {
  /** Key -> how many spans of each type (indexed by tag) have it. */
  private readonly counts = new Map<string, number[]>();
  private readonly own: { keys: [string, string]; type: number }[];

  /** `spans[i]`: the span's words (lower-cased keys are built here) and its tag index (PER=0...). */
  constructor(spans: { words: string[]; type: number }[]) {
    // Counts, not lists of spans: a name repeated n times in a long text costs n, not n².
    this.own = spans.map((s) => ({ keys: keysOf(s.words), type: s.type }));
    for (const { keys, type } of this.own) {
      for (const key of keys) {
        const count = this.counts.get(key) ?? [0, 0, 0, 0, 0];
        count[type]!++;
        this.counts.set(key, count);
      }
    }
  }

  /** [full-text mask, last-word mask] of the types of other spans (`exclude` is the span's own id). */
  masks(words: string[], exclude: number): [number, number] {
    const [full, lastWord] = keysOf(words);
    return [this.mask(full, exclude), this.mask(lastWord, exclude)];
  }

  private mask(key: string, exclude: number): number {
    const count = this.counts.get(key);
    if (!count) return 0;
    const self = this.own[exclude];
    const ownType = self && self.keys.includes(key) ? self.type : -1;
    let m = 0;
    count.forEach((n, type) => {
      if (n - (type === ownType ? 1 : 0) > 0) m |= 1 << type;
    });
    return m;
  }
}

function keysOf(words: string[]): [string, string] {
  return [words.join(' ').toLowerCase(), `\u0000${words[words.length - 1]!.toLowerCase()}`];
}

/** Hashed feature ids of span words[first..last] (inclusive) in its sentence. */
export function spanFeatures(
  words: readonly string[],
  first: number,
  last: number,
  lexicon: Lexicon,
  mask: number,
  startOfSentence: boolean,
  /** DocTypes masks for the span, when known. */
  doc?: [number, number],
): number[] {
  const f: number[] = [];
  const add = (template: number, value: number) => f.push(mix(template, value) & mask);
  const lows: string[] = [];
  const lowers: string[] = [];
  for (let i = first; i <= last; i++) {
    lowers.push(words[i]!.toLowerCase());
    lows.push(norm(words[i]!));
  }
  const full = lows.join(' ');
  const n = last - first + 1;
  const lastW = lows[n - 1]!;
  const firstW = lows[0]!;
  const h = hashString;
  add(1, 1);
  add(2, h(full));
  add(3, h(firstW));
  add(4, h(lastW));
  for (let k = 1; k < n - 1; k++) add(5, h(lows[k]!));
  for (const w of lows) add(6, h(w));
  add(7, h(lastW.slice(-3)));
  add(8, h(lastW.slice(-2)));
  add(9, h(firstW.slice(0, 3)));
  add(10, Math.min(n, 5));
  let shapes = '';
  for (let i = first; i <= last; i++) shapes += (shapes ? ' ' : '') + shapeOf(words[i]!);
  add(11, h(shapes));
  const prev = first > 0 ? h(norm(words[first - 1]!)) : BOS;
  const prev2 = first > 1 ? h(norm(words[first - 2]!)) : BOS;
  const next = last + 1 < words.length ? h(norm(words[last + 1]!)) : EOS;
  const next2 = last + 2 < words.length ? h(norm(words[last + 2]!)) : EOS;
  add(12, prev);
  add(13, next);
  add(14, mix(prev2, prev));
  add(15, mix(next, next2));
  add(16, mix(prev, h(lastW)));
  add(17, mix(h(lastW), next));
  const gaz = lexicon.gazetteer.get(lowers.join(' ')) ?? null;
  add(18, gaz ? h(gaz.slice().sort().join('|')) : NONE);
  const gazLast = n > 1 ? (lexicon.gazetteer.get(lowers[n - 1]!) ?? null) : null;
  add(19, gazLast ? h(gazLast.slice().sort().join('|')) : NONE);
  const gazFirst = n > 1 ? (lexicon.gazetteer.get(lowers[0]!) ?? null) : null;
  add(20, gazFirst ? h(gazFirst.slice().sort().join('|')) : NONE);
  const caps = capsOf(words[last]!);
  add(21, mix3(caps, lexicon.lowerShare.get(lowers[n - 1]!) ?? 0, n > 1 ? 1 : 0));
  add(22, mix3(capsOf(words[first]!), startOfSentence ? 1 : 0, n));
  add(23, lows.includes('of') ? 1 : lows.includes('and') || lows.includes('&') ? 2 : 0);
  add(24, caps === Caps.AllCaps ? mix(1, Math.min(words[last]!.length, 6)) : 0);
  add(25, mix(prev, next));
  for (let i = Math.max(0, first - 4); i < first - 1; i++) add(26, h(norm(words[i]!)));
  for (let i = last + 2; i < Math.min(words.length, last + 5); i++) add(27, h(norm(words[i]!)));
  add(28, mix(prev, h(firstW)));
  if (doc) {
    add(29, doc[0]);
    add(30, doc[1]);
    add(31, mix(doc[0], doc[1]));
  }
  return f;
}

/** Scores per retyped label: weights of the span features plus the tagger's scores. */
export function retypeScores(
  model: RetyperModel,
  feats: number[],
  taggerScores: ArrayLike<number>,
): number[] {
  const out = [0, 0, 0, 0, 0];
  const w = model.weights;
  for (const id of feats) for (let l = 0; l < R; l++) out[l]! += w[id * R + l]! * model.scale;
  for (let t = 0; t < T; t++) {
    const s = taggerScores[t]!;
    if (s === 0) continue;
    for (let l = 0; l < R; l++) out[l]! += model.tagger[t * R + l]! * s;
  }
  return out;
}

/**
 * The tagger's per-type score for a span from its emissions (row-major, 9 labels): mean of B-t
 * on the first token and I-t on the others, shifted so the best type scores 0, scaled to about
 * unit range.
 */
export function spanTaggerScores(emit: Float64Array, offset: number, n: number, out: Float64Array): void {
  let max = -Infinity;
  for (let t = 0; t < T; t++) {
    let s = emit[offset * 9 + 1 + 2 * t]!;
    for (let i = 1; i < n; i++) s += emit[(offset + i) * 9 + 2 + 2 * t]!;
    out[t] = s / n;
    if (out[t]! > max) max = out[t]!;
  }
  for (let t = 0; t < T; t++) out[t] = Math.max(-1, (out[t]! - max) / 8);
}
