/**
 * The shipped model file: gzip of a small JSON header (transitions, lexicon, provenance) and the
 * non-zero emission rows as delta-encoded bucket numbers plus int8 weights.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { FEATURE_VERSION } from './features';
import { buildLexicon, type Lexicon, type SerializedLexicon } from './lexicon';
import { L, LABELS, type TaggerModel } from './tagger-model';

const MAGIC = 'GLOSS-NER1';

export interface ModelHeader {
  format: typeof MAGIC;
  bits: number;
  scale: number;
  labels: string[];
  transitions: number[];
  stacked?: boolean;
  /** FEATURE_VERSION of the code that trained it (absent: version 1). */
  featureVersion?: number;
  lexicon: SerializedLexicon;
  /** Where the model came from: data, command, date. Free-form. */
  meta: Record<string, unknown>;
}

export interface LoadedModel {
  tagger: TaggerModel;
  lexicon: Lexicon;
  meta: Record<string, unknown>;
}

export function parseModel(bytes: Uint8Array): LoadedModel {
  const buf = gunzipSync(bytes);
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const headerLength = view.getUint32(0, true);
  const header = JSON.parse(buf.subarray(4, 4 + headerLength).toString('utf8')) as ModelHeader;
  if (header.format !== MAGIC || header.labels.join() !== LABELS.join())
    throw new Error('The entity model file is not a Gloss model of this version.');
  // Version 1 differs only by the two stacking features, which it treats as unknown.
  if ((header.featureVersion ?? 1) > FEATURE_VERSION)
    throw new Error('The entity model file needs a newer Gloss (feature version mismatch).');
  let at = 4 + headerLength;
  const count = view.getUint32(at, true);
  at += 4;
  const rows = new Uint32Array(count);
  let bucket = 0;
  for (let i = 0; i < count; i++) {
    let delta = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = buf[at++]!;
      delta += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    bucket += delta;
    rows[i] = bucket;
  }
  const packed = new Int8Array(buf.buffer, buf.byteOffset + at, count * L);
  const weights = new Int8Array(2 ** header.bits * L);
  // A plain copy loop: a subarray per row would allocate ~200,000 views.
  for (let i = 0, p = 0; i < count; i++) {
    const row = rows[i]! * L;
    for (let l = 0; l < L; l++) weights[row + l] = packed[p++]!;
  }
  return {
    tagger: {
      bits: header.bits,
      weights,
      scale: header.scale,
      transitions: Float32Array.from(header.transitions),
      stacked: header.stacked === true,
    },
    lexicon: buildLexicon(header.lexicon),
    meta: header.meta,
  };
}

/** Quantises float weights to int8 (rows that round to all zeros are dropped) and packs the file. */
export function serializeModel(
  tagger: TaggerModel,
  lexicon: SerializedLexicon,
  meta: Record<string, unknown>,
  clip: number,
): Buffer {
  const w = tagger.weights;
  const scale = clip / 127;
  const rows: number[] = [];
  const packed: number[] = [];
  const buckets = 2 ** tagger.bits;
  for (let b = 0; b < buckets; b++) {
    const q: number[] = [];
    let any = false;
    for (let l = 0; l < L; l++) {
      const v = Math.max(-127, Math.min(127, Math.round(w[b * L + l]! / scale)));
      q.push(v);
      if (v !== 0) any = true;
    }
    if (!any) continue;
    rows.push(b);
    packed.push(...q);
  }
  const header: ModelHeader = {
    format: MAGIC,
    bits: tagger.bits,
    scale,
    labels: LABELS,
    transitions: Array.from(tagger.transitions, (v) => Math.round(v * 1000) / 1000),
    stacked: tagger.stacked === true,
    featureVersion: FEATURE_VERSION,
    lexicon,
    meta,
  };
  const head = Buffer.from(JSON.stringify(header), 'utf8');
  const varints: number[] = [];
  let prev = 0;
  for (const r of rows) {
    let delta = r - prev;
    prev = r;
    while (delta >= 0x80) {
      varints.push((delta & 0x7f) | 0x80);
      delta = Math.floor(delta / 128);
    }
    varints.push(delta);
  }
  const out = Buffer.alloc(4 + head.length + 4 + varints.length + packed.length);
  out.writeUInt32LE(head.length, 0);
  head.copy(out, 4);
  let at = 4 + head.length;
  out.writeUInt32LE(rows.length, at);
  at += 4;
  Buffer.from(varints).copy(out, at);
  at += varints.length;
  Buffer.from(Int8Array.from(packed).buffer).copy(out, at);
  return gzipSync(out, { level: 9 });
}
