/**
 * `npm run train:entities [-- --bits 18 --epochs 6 --seed 1 --soup 3 --out models/entities.bin]`
 * Trains the entity tagger on the corpus pack (../shared/ner-data, or GLOSS_NER_DATA) and writes
 * the shipped model file plus electron/core/entities/model-id.ts. Deterministic for a seed.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resetFeatureCache } from '../electron/core/entities/features';
import { buildLexicon, type SerializedLexicon } from '../electron/core/entities/lexicon';
import type { LoadedModel } from '../electron/core/entities/model-file';
import { useModelBytes } from '../electron/core/entities/model-store';
import { stackValues } from '../electron/core/entities/stacking';
import { tagSentences } from '../electron/core/entities/tag-document';
import type { TaggerModel } from '../electron/core/entities/tagger-model';
import { parseModel, serializeModel } from '../electron/core/entities/model-file';
import { gumTest, isHeldOut, loadFile, pudNews, TRAIN_FILES, withCapitalHeadline } from './train/corpora';
import { lowerShares } from './train/lower-share';
import { pipelineSummary } from './train/pipeline-eval';
import { seededRandom, train, type TrainSentence } from './train/perceptron';
import { prepareDocs } from './train/prepare';
import type { Doc } from './train/read-iob';
import type { RetyperModel } from '../electron/core/entities/retype';
import { addRetypeExamples, trainRetyper, type RetypeExample } from './train/retyper';
import { summary, tokenEval } from './train/token-eval';
import { buildGazetteers, commonWords, companyNames } from './train/gazetteers';
import { nameBank } from './train/name-bank';
import { seenNames } from './train/seen-names';
import { withDatelines } from './train/newswire-datelines';
import { resultsDocs } from './train/newswire-results';

const TWEETS = new Set(['btc', 'wnut']);

const { values } = parseArgs({
  options: {
    bits: { type: 'string', default: '18' },
    epochs: { type: 'string', default: '6' },
    seed: { type: 'string', default: '1' },
    upper: { type: 'string', default: '0.05' },
    clip: { type: 'string', default: '0' },
    out: { type: 'string', default: 'models/entities.bin' },
    'no-gazetteers': { type: 'boolean', default: false },
    /** Experiments: "btc=0,litbank=0.25" overrides corpus weights; "none" or "all" sets partial MISC. */
    weights: { type: 'string', default: '' },
    partial: { type: 'string', default: '' },
    'dry-run': { type: 'boolean', default: false },
    crossfit: { type: 'boolean', default: false },
    names: { type: 'boolean', default: false },
    'min-city': { type: 'string', default: '50000' },
    /** Average the weights of this many runs with consecutive seeds (a "model soup"). */
    soup: { type: 'string', default: '3' },
    companies: { type: 'boolean', default: false },
    /** Document-level stacking: a cross-validated first pass feeds a second (see stacking.ts). */
    'no-stack': { type: 'boolean', default: false },
    /** Score the averaged model on the evaluation sets after every epoch (slower). */
    'eval-every': { type: 'boolean', default: false },
    /** Share of training documents given a wire-service dateline (see newswire-datelines.ts). */
    dateline: { type: 'string', default: '0' },
    /** Names annotated in the training documents as gazetteer classes, cross-fitted (see seen-names.ts). */
    'seen-names': { type: 'boolean', default: false },
    /** Gazetteer classes for company suffixes and institution head words (see org-words.ts). */
    'org-words': { type: 'boolean', default: false },
    /** Number of synthetic documents of scorers and cricket scorecards (see newswire-results.ts). */
    scorecards: { type: 'string', default: '0' },
    /** Number of synthetic sports-results documents (see newswire-results.ts). */
    results: { type: 'string', default: '300' },
    /** Truecase all-caps sentences in training as detection does (see prepare.ts); no gain measured. */
    truecase: { type: 'boolean', default: false },
    /** Buckets (2^n) of the span retyper (see train/retyper.ts); 0 for none. */
    'retyper-bits': { type: 'string', default: '18' },
    /** Extra weight of the tagger's own scores in the retyper (its examples come from half-data taggers). */
    'retyper-trust': { type: 'string', default: '1' },
  },
});
const root = path.resolve(import.meta.dirname, '..');
const bits = Number(values.bits);
const seed = Number(values.seed);
const random = seededRandom(seed);

const trainDocs: { docs: Doc[]; weight: number; partialMisc: boolean }[] = [];
const heldOut: Doc[] = [];
const weightOverrides = new Map(
  values.weights
    .split(',')
    .filter(Boolean)
    .map((kv) => [kv.split('=')[0]!, Number(kv.split('=')[1])] as const),
);
for (const file of TRAIN_FILES) {
  const f = {
    ...file,
    weight: weightOverrides.get(file.corpus) ?? file.weight,
    partialMisc: values.partial === 'none' ? false : values.partial === 'all' ? true : file.partialMisc,
  };
  if (f.weight === 0) continue;
  const docs = loadFile(f);
  const kept = docs.filter((d, i) => !isHeldOut(d, i) || (heldOut.push(d), false));
  trainDocs.push({ docs: kept, weight: f.weight, partialMisc: f.partialMisc });
}
const evalSets = [
  { name: 'held-out wikigold+redocred', docs: heldOut },
  { name: 'gum.test', docs: gumTest(false) },
  { name: 'PUD news (dev)', docs: pudNews() },
  { name: 'PUD news, headline in capitals', docs: withCapitalHeadline(pudNews()) },
];

{
  // Newswire conventions the corpora lack; a separate random stream keeps the rest unchanged.
  const augment = seededRandom(seed + 1000);
  const bank = nameBank(trainDocs.flatMap((t) => t.docs));
  const rate = Number(values.dateline);
  if (rate > 0)
    for (const t of trainDocs)
      if (!TWEETS.has(t.docs[0]?.corpus ?? '')) t.docs = withDatelines(t.docs, bank, augment, rate);
  const results = Number(values.results);
  if (results > 0)
    trainDocs.push({ docs: resultsDocs(bank, augment, results), weight: 1, partialMisc: true });
  // Its own random stream, so that the results documents above stay the same with or without it.
  const scorecards = Number(values.scorecards);
  if (scorecards > 0)
    trainDocs.push({
      docs: resultsDocs(bank, seededRandom(seed + 2000), scorecards, [4, 5]),
      weight: 1,
      partialMisc: true,
    });
}
const allTrain = trainDocs.flatMap((t) => t.docs);
const docIndex = new Map(allTrain.map((d, i) => [d, i]));
const serialLexicon: SerializedLexicon = {
  lowerShare: lowerShares(allTrain, 2),
  gazetteer: values['no-gazetteers']
    ? {}
    : buildGazetteers({
        names: values.names,
        companies: values.companies,
        minCityPopulation: Number(values['min-city']),
        orgWords: values['org-words'],
      }),
};
const shares = new Map(serialLexicon.lowerShare);
// Company names for the type rules (not a feature; see gazetteers.ts).
serialLexicon.orgNames = companyNames(shares);
serialLexicon.commonWords = commonWords(shares).join('\n');
const baseGazetteer = { ...serialLexicon.gazetteer };
if (values['seen-names']) Object.assign(serialLexicon.gazetteer, seenNames(allTrain, shares));
const lexicon = buildLexicon(serialLexicon);
console.log(`lexicon: ${serialLexicon.lowerShare.length} words, ${lexicon.gazetteer.size} gazetteer phrases`);

/**
 * With --crossfit, each half of the documents sees lower-case shares counted on the other half,
 * so the feature behaves on training text as it will on unseen text (where many names are new).
 */
const halves = [0, 1].map((h) => {
  if (!values.crossfit && !values['seen-names']) return lexicon;
  const other = allTrain.filter((d) => docIndex.get(d)! % 2 !== h);
  return buildLexicon({
    lowerShare: values.crossfit ? lowerShares(other, 2) : serialLexicon.lowerShare,
    gazetteer: values['seen-names']
      ? { ...baseGazetteer, ...seenNames(other, shares) }
      : serialLexicon.gazetteer,
  });
});
const foldOf = (d: Doc) => docIndex.get(d)! % 2;

/** The weighted training sentences; `stackFor` gives first-pass stack values per document. */
function buildData(stackFor?: (doc: Doc) => Uint8Array[]): TrainSentence[] {
  const data: TrainSentence[] = [];
  for (const t of trainDocs) {
    const prepared = [0, 1].flatMap((h) => {
      resetFeatureCache();
      return prepareDocs(
        t.docs.filter((d) => foldOf(d) === h),
        halves[h]!,
        {
          bits,
          partialMisc: t.partialMisc,
          upperShare: Number(values.upper),
          random,
          fold: h,
          stackFor,
          truecase: values.truecase,
        },
      );
    });
    resetFeatureCache();
    for (const s of prepared) {
      // Whole copies for weights >= 1, a random subsample for the fraction.
      for (let k = 0; k < Math.floor(t.weight); k++) data.push(s);
      if (random() < t.weight % 1) data.push(s);
    }
  }
  return data;
}

const loaded = (tagger: TaggerModel): LoadedModel => ({ tagger, lexicon, meta: {} });
const epochs = Number(values.epochs);
const onEpoch = (_epoch: number, averaged: TaggerModel) => {
  if (!values['eval-every']) return;
  for (const set of evalSets) console.log(`  ${set.name}: ${summary(tokenEval(loaded(averaged), set.docs))}`);
};
const data = buildData();
console.log(`training on ${data.length} sentences, ${data.reduce((n, s) => n + s.n, 0)} tokens`);
/** Trains `--soup` models with consecutive seeds and averages their weights (less run-to-run noise). */
function soup(run: (seed: number) => TaggerModel): TaggerModel {
  const runs = Math.max(1, Number(values.soup));
  let sum: TaggerModel | null = null;
  for (let k = 0; k < runs; k++) {
    console.log(`soup: run ${k + 1} of ${runs}`);
    const m = run(seed + k);
    if (!sum) sum = m;
    else {
      for (let i = 0; i < m.weights.length; i++) sum.weights[i]! += m.weights[i]!;
      for (let i = 0; i < m.transitions.length; i++) sum.transitions[i]! += m.transitions[i]!;
    }
  }
  for (let i = 0; i < sum!.weights.length; i++) sum!.weights[i]! /= runs;
  for (let i = 0; i < sum!.transitions.length; i++) sum!.transitions[i]! /= runs;
  return sum!;
}

let model: TaggerModel;
/** The span retyper (retype.ts), trained on the first-pass models' output; needs stacking. */
const retyperBits = values['no-stack'] ? 0 : Number(values['retyper-bits']);
let retyper: RetyperModel | undefined;
if (!values['no-stack']) {
  // Cross-validated first pass: each half of the documents is tagged by a model trained on the
  // other half, so the stacked features are as noisy in training as on unseen articles.
  const firstPass = new Map<Doc, Uint8Array[]>();
  const retypeExamples: RetypeExample[] = [];
  const corpusOf = new Map<Doc, { weight: number; partialMisc: boolean }>();
  for (const t of trainDocs) for (const d of t.docs) corpusOf.set(d, t);
  const retypeRandom = seededRandom(seed + 3000);
  for (const h of [0, 1]) {
    console.log(`first-pass model for fold ${h}`);
    const foldModel = train(
      data.filter((s) => s.fold !== h),
      { bits, epochs, seed },
    );
    for (const doc of allTrain.filter((d) => foldOf(d) === h)) {
      const words = doc.sentences.map((x) => x.words);
      const out: { all?: Float64Array; words?: string[][] } = {};
      const first = tagSentences(
        words,
        { tagger: foldModel, lexicon: halves[h]!, meta: {} },
        undefined,
        true,
        out,
      );
      firstPass.set(doc, stackValues(words, first, lexicon));
      if (retyperBits > 0) {
        const { weight, partialMisc } = corpusOf.get(doc)!;
        addRetypeExamples(
          retypeExamples,
          doc,
          out.words!,
          first,
          out.all!,
          lexicon,
          retyperBits,
          weight,
          partialMisc,
          retypeRandom,
        );
      }
    }
  }
  if (retyperBits > 0) {
    console.log(`retyper: ${retypeExamples.length} spans`);
    retyper = trainRetyper(retypeExamples, {
      bits: retyperBits,
      epochs: 8,
      seed,
      trust: Number(values['retyper-trust']),
      runs: 3,
    });
  }
  const stackedData = buildData((doc) => firstPass.get(doc)!);
  model = soup((s) => train([...data, ...stackedData], { bits, epochs, seed: s, onEpoch }));
  model.stacked = true;
} else {
  model = soup((s) => train(data, { bits, epochs, seed: s, onEpoch }));
}

let maxAbs = 0;
for (const v of model.weights) maxAbs = Math.max(maxAbs, Math.abs(v));
const clip = Number(values.clip) || maxAbs;
const meta = {
  trainedAt: new Date().toISOString().slice(0, 10),
  command: `npm run train:entities -- ${process.argv.slice(2).join(' ')}`.trim(),
  data: TRAIN_FILES.map((f) => `${f.file} x${f.weight}${f.partialMisc ? ' (partial MISC)' : ''}`),
  heldOut: 'every 5th wikigold doc, every 10th redocred doc; gum.test; uner-pud never; uner-ewt never',
  licence: 'CC BY-SA 4.0 (see models/LICENSE.md)',
};
const bytes = serializeModel(model, serialLexicon, meta, clip, retyper);
const shipped = parseModel(bytes);
for (const set of evalSets) console.log(`int8 ${set.name}: ${summary(tokenEval(shipped, set.docs))}`);
console.log(`model: ${(bytes.length / 2 ** 20).toFixed(2)} MiB`);
// The whole pipeline (tokeniser, rules, stacking) on running text, as the bench measures it.
useModelBytes(bytes);
console.log(`pipeline: ${pipelineSummary()}`);
if (!values['dry-run']) {
  writeFileSync(path.resolve(root, values.out), bytes);
  const id = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  // An experiment written elsewhere leaves the shipped model's id alone.
  if (path.resolve(root, values.out) === path.resolve(root, 'models/entities.bin'))
    writeFileSync(
      path.join(root, 'electron/core/entities/model-id.ts'),
      `// Written by scripts/train-entities.ts: the hash of models/entities.bin, part of DETECTOR_VERSION.\nexport const MODEL_ID = '${id}';\n`,
    );
  console.log(`wrote ${values.out} (${id})`);
}
