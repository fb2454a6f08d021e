/**
 * The shipped model file: gzip of a small JSON header (transitions, lexicon, provenance) and the
 * non-zero emission rows as delta-encoded bucket numbers plus int8 weights.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { FEATURE_VERSION } from './features';
import { buildLexicon, type Lexicon, type SerializedLexicon } from './lexicon';
import { L, LABELS, type TaggerModel } from './tagger-model';
import { R, type RetyperModel } from './retype';

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
  /** The span retyper (retype.ts): bits, int8 scale, tagger-score weights, base64 sparse rows. */
  retyper?: { bits: number; scale: number; tagger: number[]; rows: string };
  /** Where the model came from: data, command, date. Free-form. */
  meta: Record<string, unknown>;
}

export interface LoadedModel {
  tagger: TaggerModel;
  /** Second-stage span retyper (see retype.ts); absent in older model files. */
  retyper?: RetyperModel;
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
  const weights = unpackRows(buf, 4 + headerLength, 2 ** header.bits, L);
  return {
    tagger: {
      bits: header.bits,
      weights,
      scale: header.scale,
      transitions: Float32Array.from(header.transitions),
      stacked: header.stacked === true,
    },
    lexicon: buildLexicon(header.lexicon),
    ...(header.retyper ? { retyper: parseRetyper(header.retyper) } : {}),
    meta: header.meta,
  };
}

/** Sparse rows of a bucket * width int8 table: a count, varint bucket deltas, then the rows. */
function unpackRows(buf: Uint8Array, at: number, buckets: number, width: number): Int8Array {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
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
  const packed = new Int8Array(buf.buffer, buf.byteOffset + at, count * width);
  const weights = new Int8Array(buckets * width);
  // A plain copy loop: a subarray per row would allocate ~200,000 views.
  for (let i = 0, p = 0; i < count; i++) {
    const row = rows[i]! * width;
    for (let l = 0; l < width; l++) weights[row + l] = packed[p++]!;
  }
  return weights;
}

function packRows(w: ArrayLike<number>, buckets: number, width: number, scale: number): Buffer {
  const rows: number[] = [];
  const packed: number[] = [];
  for (let b = 0; b < buckets; b++) {
    const q: number[] = [];
    let any = false;
    for (let l = 0; l < width; l++) {
      const v = Math.max(-127, Math.min(127, Math.round(w[b * width + l]! / scale)));
      q.push(v);
      if (v !== 0) any = true;
    }
    if (!any) continue;
    rows.push(b);
    packed.push(...q);
  }
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
  const count = Buffer.alloc(4);
  count.writeUInt32LE(rows.length, 0);
  return Buffer.concat([count, Buffer.from(varints), Buffer.from(Int8Array.from(packed).buffer)]);
}

function parseRetyper(r: NonNullable<ModelHeader['retyper']>): RetyperModel {
  return {
    bits: r.bits,
    scale: r.scale,
    tagger: Float32Array.from(r.tagger),
    weights: unpackRows(Buffer.from(r.rows, 'base64'), 0, 2 ** r.bits, R),
  };
}

/** The retyper's float weights quantised to int8 (clipped at the largest absolute weight). */
export function serializeRetyper(model: RetyperModel): NonNullable<ModelHeader['retyper']> {
  let max = 0;
  for (const v of model.weights) max = Math.max(max, Math.abs(v));
  const scale = (max || 1) / 127;
  return {
    bits: model.bits,
    scale,
    tagger: Array.from(model.tagger, (v) => Math.round(v * 1000) / 1000),
    rows: packRows(model.weights, 2 ** model.bits, R, scale).toString('base64'),
  };
}

/** Quantises float weights to int8 (rows that round to all zeros are dropped) and packs the file. */
export function serializeModel(
  tagger: TaggerModel,
  lexicon: SerializedLexicon,
  meta: Record<string, unknown>,
  clip: number,
  retyper?: RetyperModel,
): Buffer {
  const scale = clip / 127;
  const header: ModelHeader = {
    format: MAGIC,
    bits: tagger.bits,
    scale,
    labels: LABELS,
    transitions: Array.from(tagger.transitions, (v) => Math.round(v * 1000) / 1000),
    stacked: tagger.stacked === true,
    featureVersion: FEATURE_VERSION,
    lexicon,
    ...(retyper ? { retyper: serializeRetyper(retyper) } : {}),
    meta,
  };
  const head = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(head.length, 0);
  const out = Buffer.concat([length, head, packRows(tagger.weights, 2 ** tagger.bits, L, scale)]);
  return gzipSync(out, { level: 9 });
}
