/**
 * Runs the trained tagger over a whole text: tokenise, split sentences, extract features with
 * document statistics, decode. Returns PER/ORG/LOC/MISC spans in UTF-16 offsets.
 */
import { docStats, FEATURES_PER_TOKEN, sentenceFeatures } from './features';
import type { LoadedModel } from './model-file';
import { emissions, L, labelSpans, viterbi, type EntityTag } from './tagger-model';
import { sentences, tokenize, type Token } from './tokenize';

export interface TaggedSpan {
  start: number;
  end: number;
  tag: EntityTag;
  /** Token range, for rules that look at the neighbours. */
  first: number;
  last: number;
}

export interface TaggedText {
  tokens: Token[];
  sentences: [number, number][];
  spans: TaggedSpan[];
}

/** Sentences longer than this are decoded in pieces (runaway "sentences" in tables or lists). */
const MAX_SENTENCE = 400;

export function tagText(
  text: string,
  model: LoadedModel,
  onProgress?: (fraction: number) => void,
): TaggedText {
  const tokens = tokenize(text);
  const bounds: [number, number][] = [];
  for (const [a, b] of sentences(text, tokens)) {
    for (let s = a; s < b; s += MAX_SENTENCE) bounds.push([s, Math.min(b, s + MAX_SENTENCE)]);
  }
  const words = bounds.map(([a, b]) => tokens.slice(a, b).map((t) => t.text));
  const stats = docStats(words);
  const mask = 2 ** model.tagger.bits - 1;
  let feats: Uint32Array = new Uint32Array(256 * FEATURES_PER_TOKEN);
  let emit = new Float64Array(256 * L);
  let labels = new Int32Array(256);
  const spans: TaggedSpan[] = [];
  let nextReport = 0;
  for (let k = 0; k < bounds.length; k++) {
    const [a] = bounds[k]!;
    const w = words[k]!;
    const n = w.length;
    if (emit.length < n * L) {
      emit = new Float64Array(n * L * 2);
      labels = new Int32Array(n * 2);
    }
    feats = sentenceFeatures(w, model.lexicon, stats, mask, feats);
    emissions(model.tagger, feats, n, emit);
    viterbi(model.tagger, emit, n, labels);
    for (const [s, e, tag] of labelSpans(labels, n)) {
      spans.push({
        start: tokens[a + s]!.start,
        end: tokens[a + e - 1]!.end,
        tag,
        first: a + s,
        last: a + e - 1,
      });
    }
    if (onProgress && a >= nextReport) {
      onProgress(a / Math.max(1, tokens.length));
      nextReport = a + 5000;
    }
  }
  return { tokens, sentences: bounds, spans };
}
