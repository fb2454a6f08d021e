/**
 * Training the span retyper (electron/core/entities/retype.ts): an averaged multi-class
 * perceptron over whole-span features plus the tagger's per-type scores for the span. Its
 * examples are the training documents' gold spans (PER/ORG/LOC/MISC) and the spans a
 * cross-validated first-pass tagger found where the gold has no name (O), each with the scores
 * that first-pass tagger gave it, so the retyper learns how far to trust the tagger on unseen text.
 */
import type { Lexicon } from '../../electron/core/entities/lexicon';
import {
  DocTypes,
  R,
  RETYPE_TAGS,
  spanFeatures,
  spanTaggerScores,
  T,
  type RetyperModel,
} from '../../electron/core/entities/retype';
import { labelSpans } from '../../electron/core/entities/tagger-model';
import { seededRandom } from './perceptron';
import { tagSpans, type Doc } from './read-iob';

export interface RetypeExample {
  feats: number[];
  scores: Float64Array;
  gold: number;
}

/**
 * Adds one document's examples, `weight` copies each (a fraction subsamples). `labels` and
 * `emissions` are the first-pass tagger's output on the document (emissions: tokens * 9).
 * Corpora that never annotate MISC give no O examples (their unannotated spans may be MISC).
 */
export function addRetypeExamples(
  out: RetypeExample[],
  doc: Doc,
  /** The words the tagger read, per sentence (headlines truecased). */
  docWords: string[][],
  labels: Int32Array[],
  emissions: Float64Array,
  lexicon: Lexicon,
  bits: number,
  weight: number,
  partialMisc: boolean,
  random: () => number,
): void {
  const mask = 2 ** bits - 1;
  const push = (ex: RetypeExample) => {
    for (let k = 0; k < Math.floor(weight); k++) out.push(ex);
    if (random() < weight % 1) out.push(ex);
  };
  // The first pass's spans, for the document-level features; spanAt[k][i]: the span id at a token.
  const spans: { words: string[]; type: number }[] = [];
  const spanAt = doc.sentences.map((s, k) => {
    const ids = new Int32Array(s.words.length).fill(-1);
    for (const [a, b, tag] of labelSpans(labels[k]!, s.words.length)) {
      ids.fill(spans.length, a, b);
      spans.push({ words: docWords[k]!.slice(a, b), type: RETYPE_TAGS.indexOf(tag) });
    }
    return ids;
  });
  const docTypes = new DocTypes(spans);
  const example = (k: number, a: number, b: number, at: number, gold: number): RetypeExample => {
    const words = docWords[k]!;
    const scores = new Float64Array(T);
    spanTaggerScores(emissions, at + a, b - a, scores);
    const masks = docTypes.masks(words.slice(a, b), spanAt[k]![b - 1]!);
    return { feats: spanFeatures(words, a, b - 1, lexicon, mask, a === 0, masks), scores, gold };
  };
  let at = 0;
  doc.sentences.forEach((s, k) => {
    const gold = tagSpans(s.tags);
    for (const [a, b, type] of gold) {
      const g = RETYPE_TAGS.indexOf(type as (typeof RETYPE_TAGS)[number]);
      if (g >= 0) push(example(k, a, b, at, g));
    }
    if (!partialMisc) {
      for (const [a, b] of labelSpans(labels[k]!, s.words.length)) {
        if (gold.some(([ga, gb]) => ga < b && gb > a)) continue;
        push(example(k, a, b, at, RETYPE_TAGS.indexOf('O')));
      }
    }
    at += s.words.length;
  });
}

/**
 * Averaged perceptron. `trust` is added to the weight of each tagger score on its own type: the
 * first-pass models saw half the data, so the final tagger deserves a little more trust than the
 * retyper learned for them.
 */
export function trainRetyper(
  examples: RetypeExample[],
  options: { bits: number; epochs: number; seed: number; trust: number; runs: number },
): RetyperModel {
  // Several runs with consecutive seeds, weights averaged: single runs differ by ±0.3 F1.
  const runs = Array.from({ length: Math.max(1, options.runs) }, (_, k) =>
    trainOnce(examples, { ...options, seed: options.seed + k }),
  );
  const [sum, ...rest] = runs;
  for (const r of rest) {
    for (let i = 0; i < r.weights.length; i++) sum!.weights[i]! += r.weights[i]!;
    for (let i = 0; i < r.tagger.length; i++) sum!.tagger[i]! += r.tagger[i]!;
  }
  for (let i = 0; i < sum!.weights.length; i++) sum!.weights[i]! /= runs.length;
  for (let i = 0; i < sum!.tagger.length; i++) sum!.tagger[i]! /= runs.length;
  for (let t = 0; t < T; t++) sum!.tagger[t * R + t]! += options.trust;
  return sum!;
}

function trainOnce(
  examples: RetypeExample[],
  options: { bits: number; epochs: number; seed: number },
): RetyperModel {
  const size = 2 ** options.bits * R;
  const w = new Float32Array(size);
  const acc = new Float64Array(size);
  const tw = new Float32Array(T * R);
  const tacc = new Float64Array(T * R);
  const random = seededRandom(options.seed);
  const order = examples.map((_, i) => i);
  const sc = new Float64Array(R);
  let c = 1;
  for (let e = 0; e < options.epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const ex = examples[k]!;
      sc.fill(0);
      for (const id of ex.feats) for (let l = 0; l < R; l++) sc[l]! += w[id * R + l]!;
      for (let t = 0; t < T; t++) for (let l = 0; l < R; l++) sc[l]! += tw[t * R + l]! * ex.scores[t]!;
      let best = 0;
      for (let l = 1; l < R; l++) if (sc[l]! > sc[best]!) best = l;
      if (best !== ex.gold) {
        for (const id of ex.feats) {
          w[id * R + ex.gold]! += 1;
          acc[id * R + ex.gold]! += c;
          w[id * R + best]! -= 1;
          acc[id * R + best]! -= c;
        }
        for (let t = 0; t < T; t++) {
          const v = ex.scores[t]!;
          tw[t * R + ex.gold]! += v;
          tacc[t * R + ex.gold]! += c * v;
          tw[t * R + best]! -= v;
          tacc[t * R + best]! -= c * v;
        }
      }
      c++;
    }
  }
  for (let i = 0; i < size; i++) w[i] = w[i]! - acc[i]! / c;
  for (let i = 0; i < T * R; i++) tw[i] = tw[i]! - tacc[i]! / c;
  return { bits: options.bits, weights: w, scale: 1, tagger: tw };
}
