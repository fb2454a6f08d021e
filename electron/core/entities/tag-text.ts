/**
 * Runs the trained tagger over a whole text: tokenise, split sentences, extract features with
 * document statistics, decode. Returns PER/ORG/LOC/MISC spans in UTF-16 offsets.
 */
import type { LoadedModel } from './model-file';
import { tagSentences } from './tag-document';
import { labelSpans, type EntityTag } from './tagger-model';
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
  /** The tagger's final emissions, tokens * 9 (token i at row i), for the span retyper. */
  emissions?: Float64Array;
  /** Per sentence, the words the tagger read (all-caps headlines truecased). */
  words?: string[][];
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
  const out: { all?: Float64Array; words?: string[][] } = {};
  const labels = tagSentences(words, model, onProgress, false, out);
  const spans: TaggedSpan[] = [];
  bounds.forEach(([a], k) => {
    for (const [s, e, tag] of labelSpans(labels[k]!, words[k]!.length)) {
      spans.push({
        start: tokens[a + s]!.start,
        end: tokens[a + e - 1]!.end,
        tag,
        first: a + s,
        last: a + e - 1,
      });
    }
  });
  return { tokens, sentences: bounds, spans, emissions: out.all, words: out.words };
}
