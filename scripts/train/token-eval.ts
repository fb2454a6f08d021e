/** Scores a tagger on gold-tokenised documents (fast, for training runs; the bench runs the full pipeline). */
import type { LoadedModel } from '../../electron/core/entities/model-file';
import { tagSentences } from '../../electron/core/entities/tag-document';
import { labelSpans } from '../../electron/core/entities/tagger-model';
import type { Doc } from './read-iob';
import { tagSpans } from './read-iob';
import { prf, SpanScorer } from './span-f1';

export function tokenEval(model: LoadedModel, docs: Doc[]): SpanScorer {
  const scorer = new SpanScorer(['PER', 'ORG', 'LOC']);
  const toSpan = ([start, end, type]: [number, number, string]) => ({ start, end, type });
  for (const doc of docs) {
    const labels = tagSentences(
      doc.sentences.map((s) => s.words),
      model,
    );
    doc.sentences.forEach((s, k) => {
      scorer.add(tagSpans(s.tags).map(toSpan), labelSpans(labels[k]!, s.words.length).map(toSpan));
    });
  }
  return scorer;
}

export function summary(scorer: SpanScorer): string {
  const parts = [...scorer.byType].map(([t, c]) => `${t} ${prf(c).f1.toFixed(1)}`);
  return `F1 ${prf(scorer.overall()).f1.toFixed(1)} (${parts.join(', ')})`;
}
