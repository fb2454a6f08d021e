/**
 * Rebuilds a document's running text from a corpus file, with each gold entity as character
 * offsets into it, so the bench can run the app's own pipeline (tokeniser included) on it.
 * Sentences with their original text (UNER, GUM) are joined by spaces; token-only corpora get
 * tokens joined by spaces and one sentence per line.
 */
import type { Span } from './span-f1';
import { tagSpans, type Doc } from './read-iob';

export interface TextDoc {
  id: string;
  text: string;
  gold: Span[];
}

/** `tokenized`: ignore the original sentence text and join tokens by spaces (CoNLL-style input). */
export function docText(doc: Doc, tokenized = false): TextDoc {
  let text = '';
  const gold: Span[] = [];
  for (const s of doc.sentences) {
    const useOriginal = !tokenized && s.text !== undefined && alignable(s.text, s.words);
    if (text) text += useOriginal ? ' ' : '\n';
    const base = text.length;
    const sentence = useOriginal ? s.text! : s.words.join(' ');
    const starts: number[] = [];
    let cursor = 0;
    for (const w of s.words) {
      const at = sentence.indexOf(w, cursor);
      starts.push(at);
      cursor = at + w.length;
    }
    for (const [a, b, type] of tagSpans(s.tags)) {
      gold.push({ start: base + starts[a]!, end: base + starts[b - 1]! + s.words[b - 1]!.length, type });
    }
    text += sentence;
  }
  return { id: doc.id, text, gold };
}

function alignable(text: string, words: string[]): boolean {
  let cursor = 0;
  for (const w of words) {
    const at = text.indexOf(w, cursor);
    if (at < 0 || text.slice(cursor, at).trim() !== '') return false;
    cursor = at + w.length;
  }
  return true;
}
