/** Turns documents into training sentences: features, gold labels, partial-label masks. */
import { docStats, FEATURES_PER_TOKEN, sentenceFeatures } from '../../electron/core/entities/features';
import type { Lexicon } from '../../electron/core/entities/lexicon';
import { LABELS } from '../../electron/core/entities/tagger-model';
import { truecaseHeadlines } from '../../electron/core/entities/truecase';
import type { TrainSentence } from './perceptron';
import type { Doc } from './read-iob';

const MISC_BITS = (1 << LABELS.indexOf('B-MISC')) | (1 << LABELS.indexOf('I-MISC'));

export interface PrepareOptions {
  bits: number;
  partialMisc: boolean;
  /** Also add an all-caps copy of this share of sentences (headline robustness). */
  upperShare: number;
  random: () => number;
  /** Which cross-validation half these documents belong to. */
  fold: number;
  /** First-pass stack values per sentence of a document (stacked training data). */
  stackFor?: ((doc: Doc) => Uint8Array[]) | undefined;
  /**
   * Truecase all-caps sentences (and the all-caps copies) with their document, as detection
   * does, so training sees the features detection will see.
   */
  truecase?: boolean;
}

/** Sentence k of the document in capitals, truecased the way detection would see it. */
function upperVariant(all: string[][], k: number, lexicon: Lexicon, truecase: boolean): string[] {
  const upper = all[k]!.map((w) => w.toUpperCase());
  if (!truecase) return upper;
  const copy = all.slice();
  copy[k] = upper;
  return truecaseHeadlines(copy, lexicon)[k]!;
}

export function prepareDocs(docs: Doc[], lexicon: Lexicon, options: PrepareOptions): TrainSentence[] {
  const out: TrainSentence[] = [];
  const mask = 2 ** options.bits - 1;
  let buffer: Uint32Array = new Uint32Array(1024 * FEATURES_PER_TOKEN);
  for (const doc of docs) {
    const stack = options.stackFor?.(doc);
    const raw = doc.sentences.map((s) => s.words);
    const all = options.truecase ? truecaseHeadlines(raw, lexicon) : raw;
    const stats = docStats(all, lexicon);
    for (const [k, s] of doc.sentences.entries()) {
      const variants = [all[k]!];
      if (options.random() < options.upperShare)
        variants.push(upperVariant(raw, k, lexicon, options.truecase === true));
      for (const words of variants) {
        buffer = sentenceFeatures(words, lexicon, stats, mask, buffer, stack?.[k]);
        const n = words.length;
        const gold = Int32Array.from(s.tags, (t) => Math.max(0, LABELS.indexOf(t)));
        let only: Uint16Array | undefined;
        if (options.partialMisc) {
          only = Uint16Array.from(gold, (g) => (g === 0 ? 1 | MISC_BITS : 1 << g));
        }
        out.push({
          feats: buffer.slice(0, n * FEATURES_PER_TOKEN),
          n,
          gold,
          fold: options.fold,
          ...(only ? { only } : {}),
        });
      }
    }
  }
  return out;
}
