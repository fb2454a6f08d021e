/**
 * Tags the sentences of one document: features, emissions, Viterbi; and for a stacked model a
 * second pass where each token's emissions are corrected by what the first pass said about the
 * same word elsewhere (only two feature rows per token change, so it costs little).
 */
import {
  capsOfToken,
  docStats,
  FEATURES_PER_TOKEN,
  sentenceFeatures,
  STACK_UNKNOWN,
  stackFeatureIds,
} from './features';
import type { LoadedModel } from './model-file';
import { stackValues } from './stacking';
import { truecaseHeadlines } from './truecase';
import { emissions, L, viterbi } from './tagger-model';

export function tagSentences(
  originalWords: string[][],
  model: LoadedModel,
  onProgress?: (fraction: number) => void,
  /** Stop after the first pass (training the stacked model needs first-pass labels). */
  firstPassOnly = false,
  /** Receives the final emissions (tokens * L, sentences in order) and the truecased words. */
  emissionsOut?: { all?: Float64Array; words?: string[][] },
): Int32Array[] {
  const { tagger, lexicon } = model;
  const words = truecaseHeadlines(originalWords, lexicon);
  const stats = docStats(words, lexicon);
  const mask = 2 ** tagger.bits - 1;
  const total = words.reduce((n, w) => n + w.length, 0) || 1;
  const stacked = tagger.stacked === true && !firstPassOnly;
  let feats: Uint32Array = new Uint32Array(256 * FEATURES_PER_TOKEN);
  const emits: Float64Array[] = [];
  const labels: Int32Array[] = [];
  let done = 0;
  let nextReport = 0;
  const report = (weight: number, n: number) => {
    done += n;
    if (onProgress && done >= nextReport) {
      onProgress((done / total) * weight);
      nextReport = done + 5000;
    }
  };
  // One buffer for the whole article's emissions and labels; sentences get views into them.
  const emitAll = new Float64Array(total * L);
  const labelAll = new Int32Array(total);
  if (emissionsOut) {
    emissionsOut.all = emitAll;
    emissionsOut.words = words;
  }
  let at = 0;
  for (const w of words) {
    const n = w.length;
    const emit = emitAll.subarray(at * L, (at + n) * L);
    const out = labelAll.subarray(at, at + n);
    at += n;
    feats = sentenceFeatures(w, lexicon, stats, mask, feats);
    emissions(tagger, feats, n, emit);
    viterbi(tagger, emit, n, out);
    labels.push(out);
    if (stacked) emits.push(emit);
    report(stacked ? 0.7 : 1, n);
  }
  if (!stacked) return labels;
  const stack = stackValues(words, labels, lexicon);
  const wts = tagger.weights;
  const scale = tagger.scale;
  // The "unknown" rows depend only on the capitalisation class: look them up once per class.
  const unknownRows = new Map<number, [number, number]>();
  words.forEach((w, k) => {
    const values = stack[k]!;
    const emit = emits[k]!;
    let changed = false;
    for (let i = 0; i < w.length; i++) {
      if (values[i] === STACK_UNKNOWN) continue;
      changed = true;
      const caps = capsOfToken(w[i]!, lexicon);
      let unknown = unknownRows.get(caps);
      if (!unknown) {
        unknown = stackFeatureIds(STACK_UNKNOWN, caps, mask);
        unknownRows.set(caps, unknown);
      }
      const [a0, a1] = stackFeatureIds(values[i]!, caps, mask);
      const [u0, u1] = unknown;
      for (let l = 0; l < L; l++) {
        emit[i * L + l]! +=
          (wts[a0 * L + l]! + wts[a1 * L + l]! - wts[u0 * L + l]! - wts[u1 * L + l]!) * scale;
      }
    }
    if (changed) viterbi(tagger, emit, w.length, labels[k]!);
  });
  done = 0;
  onProgress?.(1);
  return labels;
}
