/**
 * `npx tsx scripts/train/language-check.ts`: how often language detection (language.ts) calls an
 * English document unsupported, per corpus (false positives: every one would lose its entities),
 * with the first few such documents shown; and what it says on the non-English samples in
 * electron/core/entities/fixtures/languages.json.
 */
import { readFileSync } from 'node:fs';
import { francAll } from 'franc-min';
import path from 'node:path';
import { englishShare, textLanguage } from '../../electron/core/entities/language';
import { DATA_DIR, pudNews } from './corpora';
import { docText } from './doc-text';
import { newswireProbe } from './probe';
import { readIob, type Doc } from './read-iob';
import { resultsDocs } from './newswire-results';
import { nameBank } from './name-bank';
import { seededRandom } from './perceptron';

const FILES = [
  'uner-pud.test',
  'gum.test',
  'gum.train',
  'wikigold.all',
  'redocred.dev',
  'crossner.dev',
  'litbank.train',
  'btc.train',
  'wnut17.train',
];

function engScore(text: string): string {
  return (francAll(text.slice(0, 4000), { minLength: 20 }).find(([c]) => c === 'eng')?.[1] ?? 0).toFixed(2);
}

function check(name: string, docs: Doc[]): void {
  let flagged = 0;
  const shown: string[] = [];
  for (const d of docs) {
    const text = docText(d).text;
    const result = textLanguage(text);
    if (result.supported) continue;
    flagged++;
    if (shown.length < 3)
      shown.push(`    ${result.language} (eng ${engScore(text)}): ${text.slice(0, 100).replace(/\n/g, ' ')}`);
  }
  console.log(`${name}: ${flagged} of ${docs.length} documents flagged not English`);
  for (const s of shown) console.log(s);
}

for (const f of FILES) check(f, readIob(path.join(DATA_DIR, `${f}.iob2`), f));
check('PUD news', pudNews());
check('newswire probe', newswireProbe());
const gum = readIob(path.join(DATA_DIR, 'gum.train.iob2'), 'gum');
check('synthetic results documents', resultsDocs(nameBank(gum), seededRandom(1), 300));

const samples = JSON.parse(
  readFileSync(
    path.resolve(import.meta.dirname, '../../electron/core/entities/fixtures/languages.json'),
    'utf8',
  ),
) as { language: string; text: string }[];
let right = 0;
for (const s of samples) {
  const r = textLanguage(s.text);
  if (!r.supported && r.language === s.language) right++;
  else console.log(`  sample ${s.language}: got ${r.language} (supported ${r.supported})`);
}
console.log(`non-English samples: ${right} of ${samples.length} named right and unsupported`);
// The distributions the thresholds were chosen from.
const lows: number[] = [];
for (const f of [
  'uner-pud.test',
  'gum.train',
  'wikigold.all',
  'redocred.dev',
  'crossner.dev',
  'litbank.train',
])
  for (const d of readIob(path.join(DATA_DIR, `${f}.iob2`), f)) {
    const e = englishShare(docText(d).text);
    if (e.lowerWords >= 8) lows.push(e.share);
  }
lows.sort((a, b) => a - b);
console.log(
  `English documents' share, 0.1% / 1% / 5% quantiles: ${[0.001, 0.01, 0.05].map((q) => lows[Math.floor(q * lows.length)]!.toFixed(3)).join(' / ')}`,
);
console.log(
  `samples' share and English trigram score: ${samples.map((s) => `${s.language} ${englishShare(s.text).share.toFixed(2)} ${engScore(s.text)}`).join(', ')}`,
);
