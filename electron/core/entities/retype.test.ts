import { expect, it } from 'vitest';
import { emptyLexicon } from './lexicon';
import { parseModel, serializeModel } from './model-file';
import { DocTypes, R, retypeScores, spanFeatures, spanTaggerScores, T, type RetyperModel } from './retype';
import { L } from './tagger-model';

it('tells a span the types the tagger gave its other mentions, by text and by last word', () => {
  const doc = new DocTypes([
    { words: ['Montreal', 'HC'], type: 1 },
    { words: ['Montreal'], type: 2 },
    { words: ['HC'], type: 1 },
  ]);
  // Its own reading (id 0) does not count; "HC" alone was read as ORG.
  expect(doc.masks(['Montreal', 'HC'], 0)).toEqual([0, 0b10]);
  expect(doc.masks(['montreal'], 0)).toEqual([0b100, 0b100]);
});

it("scores the tagger's types for a span relative to its best one", () => {
  const emit = new Float64Array(2 * L);
  emit[3] = 8; // B-ORG on the first token
  emit[L + 4] = 8; // I-ORG on the second
  const out = new Float64Array(T);
  spanTaggerScores(emit, 0, 2, out);
  expect(out[1]).toBe(0);
  expect(out[0]).toBe(-1);
});

it('keeps the retyper through the model file', () => {
  const bits = 4;
  const weights = new Float32Array(2 ** bits * R);
  const feats = spanFeatures(['the', 'Labour', 'Party', 'said'], 1, 2, emptyLexicon(), 2 ** bits - 1, false);
  for (const id of feats) weights[id * R + 1] = 1;
  const retyper: RetyperModel = { bits, weights, scale: 1, tagger: new Float32Array(T * R) };
  const tagger = {
    bits: 2,
    weights: new Float32Array(4 * L),
    scale: 1,
    transitions: new Float32Array((L + 1) * L),
  };
  const back = parseModel(serializeModel(tagger, { lowerShare: [], gazetteer: {} }, {}, 1, retyper)).retyper!;
  const scores = retypeScores(back, feats, new Float64Array(T));
  expect(scores.indexOf(Math.max(...scores))).toBe(1);
});
