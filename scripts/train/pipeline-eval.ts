/** F1 of the app's whole detection pipeline on running text of the held-out and dev sets. */
import { detectEntities } from '../../electron/core/entities';
import { gumTest, isHeldOut, loadFile, pudNews, TRAIN_FILES } from './corpora';
import { docText, type TextDoc } from './doc-text';
import { newswireProbe } from './probe';
import { prf, SpanScorer, type Span } from './span-f1';

const TYPE: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };

export function pipelineScore(docs: TextDoc[]): SpanScorer {
  const scorer = new SpanScorer(['PER', 'ORG', 'LOC']);
  for (const d of docs) {
    const predicted = detectEntities(d.text).mentions.flatMap((m): Span[] => {
      const type = TYPE[m.type];
      return type ? [{ start: m.start, end: m.end, type }] : [];
    });
    scorer.add(d.gold, predicted);
  }
  return scorer;
}

export function heldOutTexts(corpus: string): TextDoc[] {
  return TRAIN_FILES.filter((f) => f.corpus === corpus)
    .flatMap((f) => loadFile(f).filter((d, i) => isHeldOut(d, i)))
    .map((d) => docText(d));
}

export function pipelineSummary(): string {
  const sets: [string, TextDoc[]][] = [
    ['wikigold', heldOutTexts('wikigold')],
    ['redocred', heldOutTexts('redocred')],
    ['gum.test', gumTest(false).map((d) => docText(d))],
    ['PUD news', pudNews().map((d) => docText(d))],
  ];
  const scores = sets.map(([name, docs]) => [name, prf(pipelineScore(docs).overall()).f1] as const);
  const mean = scores.reduce((n, [, f]) => n + f, 0) / scores.length;
  // The probe is a smoke test (small, hand-written), reported apart from the mean.
  const probe = prf(pipelineScore(newswireProbe().map((d) => docText(d, true))).overall()).f1;
  return `${scores.map(([n, f]) => `${n} ${f.toFixed(1)}`).join(', ')}; mean ${mean.toFixed(1)}; newswire probe ${probe.toFixed(1)}`;
}
