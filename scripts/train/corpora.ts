/**
 * Which corpus files train the model, with what weight, and which documents are held out.
 * Never: uner-pud.test (the dev set) and uner-ewt-* (LDC text). See docs/entities.md.
 */
import path from 'node:path';
import { readIob, type Doc } from './read-iob';

export const DATA_DIR =
  process.env.GLOSS_NER_DATA ?? path.resolve(import.meta.dirname, '../../../shared/ner-data');

export interface CorpusFile {
  file: string;
  corpus: string;
  /** Copies of each sentence in training (fractions subsample). */
  weight: number;
  /** The corpus never annotates MISC, so its O tokens may be MISC (partial labels). */
  partialMisc: boolean;
}

export const TRAIN_FILES: CorpusFile[] = [
  { file: 'wikigold.all.iob2', corpus: 'wikigold', weight: 1, partialMisc: false },
  { file: 'redocred.dev.iob2', corpus: 'redocred', weight: 1, partialMisc: false },
  { file: 'redocred.test.iob2', corpus: 'redocred', weight: 1, partialMisc: false },
  { file: 'crossner.train.iob2', corpus: 'crossner', weight: 1, partialMisc: false },
  { file: 'crossner.dev.iob2', corpus: 'crossner', weight: 1, partialMisc: false },
  { file: 'crossner.test.iob2', corpus: 'crossner', weight: 1, partialMisc: false },
  { file: 'gum.train.iob2', corpus: 'gum', weight: 2, partialMisc: true },
  { file: 'gum.dev.iob2', corpus: 'gum', weight: 2, partialMisc: true },
  { file: 'litbank.train.iob2', corpus: 'litbank', weight: 0.5, partialMisc: true },
  { file: 'litbank.dev.iob2', corpus: 'litbank', weight: 0.5, partialMisc: true },
  { file: 'btc.train.iob2', corpus: 'btc', weight: 0.5, partialMisc: true },
  { file: 'btc.dev.iob2', corpus: 'btc', weight: 0.5, partialMisc: true },
  { file: 'btc.test.iob2', corpus: 'btc', weight: 0.5, partialMisc: true },
  { file: 'wnut17.train.iob2', corpus: 'wnut', weight: 0.5, partialMisc: true },
  { file: 'wnut17.dev.iob2', corpus: 'wnut', weight: 0.5, partialMisc: true },
  { file: 'wnut17.test.iob2', corpus: 'wnut', weight: 0.5, partialMisc: true },
];

/** Held-out documents: every 5th Wikigold and every 10th Re-DocRED document, and all of gum.test. */
export function isHeldOut(doc: Doc, index: number): boolean {
  if (doc.corpus === 'wikigold') return index % 5 === 0;
  if (doc.corpus === 'redocred') return index % 10 === 0;
  return false;
}

export interface EvalSet {
  name: string;
  docs: Doc[];
}

export function loadFile(f: CorpusFile): Doc[] {
  if (/^uner-ewt|^uner-pud/.test(f.file)) throw new Error(`${f.file} must never be trained on.`);
  return readIob(path.join(DATA_DIR, f.file), f.corpus);
}

/** PUD news documents (ids starting with "n"): the dev set, for reporting only. */
export function pudNews(): Doc[] {
  return readIob(path.join(DATA_DIR, 'uner-pud.test.iob2'), 'pud').filter((d) => d.id.startsWith('n'));
}

export function gumTest(newsOnly: boolean): Doc[] {
  const docs = readIob(path.join(DATA_DIR, 'gum.test.iob2'), 'gum');
  return newsOnly ? docs.filter((d) => /news/.test(d.id)) : docs;
}

/** The same documents with the first sentence in capitals, like a wire-service headline. */
export function withCapitalHeadline(docs: Doc[]): Doc[] {
  return docs.map((d) => ({
    ...d,
    sentences: d.sentences.map((s, i) =>
      i === 0
        ? {
            words: s.words.map((w) => w.toUpperCase()),
            tags: s.tags,
            ...(s.text ? { text: s.text.toUpperCase() } : {}),
          }
        : s,
    ),
  }));
}
