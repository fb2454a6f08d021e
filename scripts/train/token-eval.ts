/** Scores a tagger on gold-tokenised documents (fast, for training runs; the bench runs the full pipeline). */
import { docStats, FEATURES_PER_TOKEN, sentenceFeatures } from '../../electron/core/entities/features';
import type { Lexicon } from '../../electron/core/entities/lexicon';
import {
  emissions,
  L,
  labelSpans,
  viterbi,
  type TaggerModel,
} from '../../electron/core/entities/tagger-model';
import type { Doc } from './read-iob';
import { tagSpans } from './read-iob';
import { prf, SpanScorer } from './span-f1';

export function tokenEval(model: TaggerModel, lexicon: Lexicon, docs: Doc[]): SpanScorer {
  const scorer = new SpanScorer(['PER', 'ORG', 'LOC']);
  const mask = 2 ** model.bits - 1;
  let feats: Uint32Array = new Uint32Array(1024 * FEATURES_PER_TOKEN);
  for (const doc of docs) {
    const stats = docStats(doc.sentences.map((s) => s.words));
    for (const s of doc.sentences) {
      const n = s.words.length;
      feats = sentenceFeatures(s.words, lexicon, stats, mask, feats);
      const emit = new Float64Array(n * L);
      const labels = new Int32Array(n);
      emissions(model, feats, n, emit);
      viterbi(model, emit, n, labels);
      const toSpan = ([start, end, type]: [number, number, string]) => ({ start, end, type });
      scorer.add(tagSpans(s.tags).map(toSpan), labelSpans(labels, n).map(toSpan));
    }
  }
  return scorer;
}

export function summary(scorer: SpanScorer): string {
  const parts = [...scorer.byType].map(([t, c]) => `${t} ${prf(c).f1.toFixed(1)}`);
  return `F1 ${prf(scorer.overall()).f1.toFixed(1)} (${parts.join(', ')})`;
}
