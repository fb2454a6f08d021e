/** Reads the corpus pack's IOB2 files (token<TAB>tag, blank line between sentences, # doc:). */
import { readFileSync } from 'node:fs';

export interface Sentence {
  words: string[];
  tags: string[];
  /** The untokenised sentence, when the corpus keeps it (UNER, GUM). */
  text?: string;
}

export interface Doc {
  id: string;
  corpus: string;
  sentences: Sentence[];
}

/**
 * Files without document markers (tweets, CrossNER) become one document per sentence, so no
 * document-level feature links unrelated sentences.
 */
export function readIob(file: string, corpus: string): Doc[] {
  const docs: Doc[] = [];
  let doc: Doc | null = null;
  let sentence: Sentence = { words: [], tags: [] };
  let hasDocs = false;
  let counter = 0;
  const flush = () => {
    if (!sentence.words.length) return;
    if (!doc || !hasDocs) {
      doc = { id: `${corpus}-${counter++}`, corpus, sentences: [] };
      docs.push(doc);
    }
    doc.sentences.push(sentence);
    sentence = { words: [], tags: [] };
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('# doc: ')) {
      flush();
      hasDocs = true;
      doc = { id: line.slice(7).trim(), corpus, sentences: [] };
      docs.push(doc);
    } else if (line.startsWith('# text = ')) {
      sentence.text = line.slice(9);
    } else if (line.trim() === '') {
      flush();
    } else {
      const tab = line.lastIndexOf('\t');
      sentence.words.push(line.slice(0, tab));
      sentence.tags.push(line.slice(tab + 1).trim());
    }
  }
  flush();
  return docs.filter((d) => d.sentences.length > 0);
}

/** Gold spans [start, end, type] of one sentence (token indices, end exclusive). */
export function tagSpans(tags: string[]): [number, number, string][] {
  const out: [number, number, string][] = [];
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    if (!tag.startsWith('B-')) continue;
    const type = tag.slice(2);
    let j = i + 1;
    while (j < tags.length && tags[j] === `I-${type}`) j++;
    out.push([i, j, type]);
    i = j - 1;
  }
  return out;
}
