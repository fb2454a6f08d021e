/**
 * `npm run train:entities [-- --bits 20 --epochs 8 --seed 1 --out models/entities.bin]`
 * Trains the entity tagger on the corpus pack (../shared/ner-data, or GLOSS_NER_DATA) and writes
 * the shipped model file plus electron/core/entities/model-id.ts. Deterministic for a seed.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildLexicon } from '../electron/core/entities/lexicon';
import { parseModel, serializeModel } from '../electron/core/entities/model-file';
import { gumTest, isHeldOut, loadFile, pudNews, TRAIN_FILES } from './train/corpora';
import { lowerShares } from './train/lower-share';
import { seededRandom, train, type TrainSentence } from './train/perceptron';
import { prepareDocs } from './train/prepare';
import type { Doc } from './train/read-iob';
import { summary, tokenEval } from './train/token-eval';
import { buildGazetteers } from './train/gazetteers';

const { values } = parseArgs({
  options: {
    bits: { type: 'string', default: '20' },
    epochs: { type: 'string', default: '8' },
    seed: { type: 'string', default: '1' },
    upper: { type: 'string', default: '0.05' },
    clip: { type: 'string', default: '0' },
    out: { type: 'string', default: 'models/entities.bin' },
    'no-gazetteers': { type: 'boolean', default: false },
    /** Experiments: "btc=0,litbank=0.25" overrides corpus weights; "none" or "all" sets partial MISC. */
    weights: { type: 'string', default: '' },
    partial: { type: 'string', default: '' },
    'dry-run': { type: 'boolean', default: false },
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
];

const allTrain = trainDocs.flatMap((t) => t.docs);
const serialLexicon = {
  lowerShare: lowerShares(allTrain, 2),
  gazetteer: values['no-gazetteers'] ? {} : buildGazetteers(),
};
const lexicon = buildLexicon(serialLexicon);
console.log(`lexicon: ${serialLexicon.lowerShare.length} words, ${lexicon.gazetteer.size} gazetteer phrases`);

const data: TrainSentence[] = [];
for (const t of trainDocs) {
  const prepared = prepareDocs(t.docs, lexicon, {
    bits,
    partialMisc: t.partialMisc,
    upperShare: Number(values.upper),
    random,
  });
  for (const s of prepared) {
    // Whole copies for weights >= 1, a random subsample for the fraction.
    for (let k = 0; k < Math.floor(t.weight); k++) data.push(s);
    if (random() < t.weight % 1) data.push(s);
  }
}
console.log(`training on ${data.length} sentences, ${data.reduce((n, s) => n + s.n, 0)} tokens`);

const model = train(data, {
  bits,
  epochs: Number(values.epochs),
  seed,
  onEpoch: (_epoch, averaged) => {
    for (const set of evalSets)
      console.log(`  ${set.name}: ${summary(tokenEval(averaged, lexicon, set.docs))}`);
  },
});

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
const bytes = serializeModel(model, serialLexicon, meta, clip);
const shipped = parseModel(bytes);
for (const set of evalSets)
  console.log(`int8 ${set.name}: ${summary(tokenEval(shipped.tagger, shipped.lexicon, set.docs))}`);
console.log(`model: ${(bytes.length / 2 ** 20).toFixed(2)} MiB`);
if (!values['dry-run']) {
  writeFileSync(path.resolve(root, values.out), bytes);
  const id = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  writeFileSync(
    path.join(root, 'electron/core/entities/model-id.ts'),
    `// Written by scripts/train-entities.ts: the hash of models/entities.bin, part of DETECTOR_VERSION.\nexport const MODEL_ID = '${id}';\n`,
  );
  console.log(`wrote ${values.out} (${id})`);
}
