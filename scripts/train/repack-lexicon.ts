/**
 * `npx tsx scripts/train/repack-lexicon.ts [--in models/entities.bin] [--out same]`: writes the
 * rule-only lists (lexicon.orgNames, lexicon.commonWords) into an existing model file without retraining, exactly as
 * `npm run train:entities` now writes them; the weights are untouched. Updates model-id.ts when
 * it rewrites the shipped model.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { ModelHeader } from '../../electron/core/entities/model-file';
import { commonWords, companyNames } from './gazetteers';

const root = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: { in: { type: 'string', default: 'models/entities.bin' }, out: { type: 'string', default: '' } },
});
const input = path.resolve(root, values.in);
const output = path.resolve(root, values.out || values.in);
const buf = gunzipSync(readFileSync(input));
const length = buf.readUInt32LE(0);
const header = JSON.parse(buf.subarray(4, 4 + length).toString('utf8')) as ModelHeader;
header.lexicon.orgNames = companyNames(new Map(header.lexicon.lowerShare));
header.lexicon.commonWords = commonWords(new Map(header.lexicon.lowerShare)).join('\n');
header.meta = {
  ...header.meta,
  repacked: 'scripts/train/repack-lexicon.ts: lexicon.orgNames and lexicon.commonWords added',
};
const head = Buffer.from(JSON.stringify(header), 'utf8');
const size = Buffer.alloc(4);
size.writeUInt32LE(head.length, 0);
const bytes = gzipSync(Buffer.concat([size, head, buf.subarray(4 + length)]), { level: 9 });
writeFileSync(output, bytes);
console.log(
  `${header.lexicon.orgNames.length} company names, ${header.lexicon.commonWords.split('\n').length} common words; wrote ${path.relative(root, output)}`,
);
if (output === path.resolve(root, 'models/entities.bin')) {
  const id = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  writeFileSync(
    path.join(root, 'electron/core/entities/model-id.ts'),
    `// Written by scripts/train-entities.ts: the hash of models/entities.bin, part of DETECTOR_VERSION.\nexport const MODEL_ID = '${id}';\n`,
  );
}
