/**
 * Feature extraction, shared by training and detection so both see exactly the same features.
 * Every token gets FEATURES_PER_TOKEN hashed feature ids (template id mixed with attribute
 * hashes), masked to the model's bucket count.
 */
import { hashString, mix, mix3 } from './hash';
import { gazetteerTags, type Lexicon } from './lexicon';
import { Caps, capsOf, shapeOf } from './word-shape';

interface WordInfo {
  lower: string;
  raw: number;
  low: number;
  shape: number;
  caps: Caps;
  pre2: number;
  pre3: number;
  suf2: number;
  suf3: number;
  suf4: number;
  share: number;
  len: number;
}

/** Per-document facts: which words appear capitalised mid-sentence, and which in lower case. */
export interface DocStats {
  capitalisedInside: Set<string>;
  lowerSeen: Set<string>;
}

/** Bumped whenever feature extraction changes; a model trained with another version is refused. */
export const FEATURE_VERSION = 2;
export const FEATURES_PER_TOKEN = 36;
/** The last two templates carry the first pass's labels for the same word elsewhere (stacking). */
const STACK_TEMPLATE = 34;
/** Stack value for "no information" (first pass, or no other capitalised occurrence). */
export const STACK_UNKNOWN = 255;
const STACK = hashString('<stack>');
const NONE = hashString('<none>');
const BOS = hashString('<s>');
const EOS = hashString('</s>');

const cache = new Map<string, WordInfo>();
let infoBuf: WordInfo[] = [];
let lowerBuf: string[] = [];
let gaz = new Uint32Array(0);
/** Scratch space for one token's attribute hashes (no allocation per token). */
const vals = new Uint32Array(FEATURES_PER_TOKEN);

function info(word: string, lexicon: Lexicon): WordInfo {
  let hit = cache.get(word);
  if (hit) return hit;
  if (cache.size > 200_000) cache.clear();
  const lower = word.toLowerCase();
  // Digits collapse to one class so "1998" and "2024" share weights.
  const norm = lower.replace(/\d/g, '0');
  hit = {
    lower,
    raw: hashString(word.replace(/\d/g, '0')),
    low: hashString(norm),
    shape: hashString(shapeOf(word)),
    caps: capsOf(word),
    pre2: hashString(norm.slice(0, 2)),
    pre3: hashString(norm.slice(0, 3)),
    suf2: hashString(norm.slice(-2)),
    suf3: hashString(norm.slice(-3)),
    suf4: hashString(norm.slice(-4)),
    share: lexicon.lowerShare.get(lower) ?? 0,
    len: Math.min(word.length, 8),
  };
  cache.set(word, hit);
  return hit;
}

/** The feature ids of the two stacking templates for one token. */
export function stackFeatureIds(value: number, caps: Caps, mask: number): [number, number] {
  return [
    mix(STACK_TEMPLATE + 1, mix(STACK, value)) & mask,
    mix(STACK_TEMPLATE + 2, mix3(STACK, value, caps)) & mask,
  ];
}

export function capsOfToken(word: string, lexicon: Lexicon): Caps {
  return info(word, lexicon).caps;
}

/** Clears the word cache (a new lexicon was loaded). */
export function resetFeatureCache(): void {
  cache.clear();
}

export function docStats(sentencesWords: string[][], lexicon: Lexicon): DocStats {
  const stats: DocStats = { capitalisedInside: new Set(), lowerSeen: new Set() };
  for (const words of sentencesWords) {
    for (let i = 0; i < words.length; i++) {
      const w = info(words[i]!, lexicon);
      if (w.caps === Caps.Lower) stats.lowerSeen.add(w.lower);
      else if (w.caps === Caps.Initial && i > 0 && info(words[i - 1]!, lexicon).caps <= Caps.Mixed)
        stats.capitalisedInside.add(w.lower);
    }
  }
  return stats;
}

function isHeadline(infos: WordInfo[], n: number): boolean {
  let letters = 0;
  let caps = 0;
  for (let i = 0; i < n; i++) {
    const w = infos[i]!;
    if (w.caps === Caps.Lower || w.caps === Caps.Initial || w.caps === Caps.Mixed) letters++;
    else if (w.caps === Caps.AllCaps) {
      letters++;
      caps++;
    }
  }
  return letters >= 3 && caps / letters > 0.6;
}

/** Writes words.length * FEATURES_PER_TOKEN feature ids into `out` (grown when too small). */
export function sentenceFeatures(
  words: string[],
  lexicon: Lexicon,
  doc: DocStats,
  mask: number,
  out: Uint32Array,
  stack?: Uint8Array,
): Uint32Array {
  const n = words.length;
  if (out.length < n * FEATURES_PER_TOKEN) out = new Uint32Array(n * FEATURES_PER_TOKEN * 2);
  // Reused per sentence: detection extracts features for tens of thousands of sentences.
  if (infoBuf.length < n) {
    infoBuf = new Array<WordInfo>(n * 2);
    lowerBuf = new Array<string>(n * 2);
    gaz = new Uint32Array(n * 2);
  }
  const infos = infoBuf;
  for (let i = 0; i < n; i++) {
    const w = info(words[i]!, lexicon);
    infos[i] = w;
    lowerBuf[i] = w.lower;
  }
  const tags = gazetteerTags(words, lowerBuf, lexicon);
  for (let i = 0; i < n; i++) gaz[i] = tags[i] === null ? NONE : hashString(tags[i]!.sort().join('|'));
  const headline = isHeadline(infos, n) ? 1 : 0;
  const low = (i: number) => (i < 0 ? BOS : i >= n ? EOS : infos[i]!.low);
  const shape = (i: number) => (i < 0 ? BOS : i >= n ? EOS : infos[i]!.shape);
  const gz = (i: number) => (i < 0 || i >= n ? NONE : gaz[i]!);
  for (let i = 0; i < n; i++) {
    const w = infos[i]!;
    const start = i === 0 || (i === 1 && /^["“‘'(]$/.test(words[0]!)) ? 1 : 0;
    const docFlag = (doc.capitalisedInside.has(w.lower) ? 1 : 0) | (doc.lowerSeen.has(w.lower) ? 2 : 0);
    const f = vals;
    f[0] = 1;
    f[1] = w.low;
    f[2] = w.raw;
    f[3] = low(i - 1);
    f[4] = low(i + 1);
    f[5] = low(i - 2);
    f[6] = low(i + 2);
    f[7] = w.shape;
    f[8] = shape(i - 1);
    f[9] = shape(i + 1);
    f[10] = mix(shape(i - 1), w.shape);
    f[11] = mix(w.shape, shape(i + 1));
    f[12] = w.pre2;
    f[13] = w.pre3;
    f[14] = w.suf2;
    f[15] = w.suf3;
    f[16] = w.suf4;
    f[17] = mix(low(i - 1), w.low);
    f[18] = mix(w.low, low(i + 1));
    f[19] = mix(low(i - 1), w.shape);
    f[20] = mix(w.shape, low(i + 1));
    f[21] = mix3(start, w.caps, w.share);
    f[22] = mix3(w.caps, w.share, headline);
    f[23] = mix3(start, w.caps, docFlag);
    f[24] = mix3(w.caps, headline, w.low);
    f[25] = gz(i);
    f[26] = gz(i - 1);
    f[27] = gz(i + 1);
    f[28] = mix(gz(i), w.caps);
    f[29] = mix3(w.caps, w.len, start);
    f[30] = mix(low(i - 2), low(i - 1));
    f[31] = mix(low(i + 1), low(i + 2));
    f[32] = mix3(start, w.caps, w.low);
    f[33] = mix3(shape(i - 1), w.shape, shape(i + 1));
    const sv = stack ? stack[i]! : STACK_UNKNOWN;
    f[34] = mix(STACK, sv);
    f[35] = mix3(STACK, sv, w.caps);
    const base = i * FEATURES_PER_TOKEN;
    for (let t = 0; t < FEATURES_PER_TOKEN; t++) out[base + t] = mix(t + 1, f[t]!) & mask;
  }
  return out;
}
