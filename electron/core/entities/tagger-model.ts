/**
 * The linear-chain tagger: hashed emission weights per label plus label-transition weights,
 * decoded with Viterbi under BIO constraints (an I-X only continues a B-X or I-X).
 */
import { FEATURES_PER_TOKEN } from './features';

export const ENTITY_TAGS = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityTag = (typeof ENTITY_TAGS)[number];
export const LABELS = ['O', ...ENTITY_TAGS.flatMap((t) => [`B-${t}`, `I-${t}`])];
export const L = LABELS.length;

export interface TaggerModel {
  bits: number;
  /** buckets * L emission weights, row-major by bucket. Int8 when shipped, Float32 in training. */
  weights: Float32Array | Int8Array;
  /** Multiplier applied to `weights` (the int8 quantisation step). */
  scale: number;
  /** (L + 1) * L: row `prev` (L = sentence start) to column `label`. */
  transitions: Float32Array;
  /** Trained with stacking features: tag twice (see tag-document.ts). */
  stacked?: boolean;
}

/** Whether label `to` may follow label `from` (from === L is the sentence start). */
export function allowed(from: number, to: number): boolean {
  if (to === 0 || to % 2 === 1) return true; // O or B-X
  return from !== L && from !== 0 && Math.ceil(from / 2) === to / 2;
}

export function emissions(model: TaggerModel, feats: Uint32Array, n: number, out: Float64Array): void {
  if (L !== 9) return emissionsAnyL(model, feats, n, out);
  const w = model.weights;
  const scale = model.scale;
  // Nine running sums in locals, not in `out`: the weight rows are scattered over megabytes,
  // and fewer instructions per row let the CPU keep more of those cache misses in flight.
  for (let i = 0; i < n; i++) {
    let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0, a8 = 0; // prettier-ignore
    const base = i * FEATURES_PER_TOKEN;
    for (let t = 0; t < FEATURES_PER_TOKEN; t++) {
      const r = feats[base + t]! * 9;
      a0 += w[r]!;
      a1 += w[r + 1]!;
      a2 += w[r + 2]!;
      a3 += w[r + 3]!;
      a4 += w[r + 4]!;
      a5 += w[r + 5]!;
      a6 += w[r + 6]!;
      a7 += w[r + 7]!;
      a8 += w[r + 8]!;
    }
    const o = i * 9;
    out[o] = a0 * scale;
    out[o + 1] = a1 * scale;
    out[o + 2] = a2 * scale;
    out[o + 3] = a3 * scale;
    out[o + 4] = a4 * scale;
    out[o + 5] = a5 * scale;
    out[o + 6] = a6 * scale;
    out[o + 7] = a7 * scale;
    out[o + 8] = a8 * scale;
  }
}

function emissionsAnyL(model: TaggerModel, feats: Uint32Array, n: number, out: Float64Array): void {
  const w = model.weights;
  out.fill(0, 0, n * L);
  for (let i = 0; i < n; i++) {
    const o = i * L;
    const base = i * FEATURES_PER_TOKEN;
    for (let t = 0; t < FEATURES_PER_TOKEN; t++) {
      const row = feats[base + t]! * L;
      for (let l = 0; l < L; l++) out[o + l]! += w[row + l]!;
    }
    if (model.scale !== 1) for (let l = 0; l < L; l++) out[o + l]! *= model.scale;
  }
}

/** allowed(from, to) as a table: row `from` (L = start), column `to`. */
const ALLOWED = Uint8Array.from({ length: (L + 1) * L }, (_, k) =>
  allowed(Math.floor(k / L), k % L) ? 1 : 0,
);
/** For each label, the labels that may precede it (an I-X only two; O and B-X all nine). */
const PREDECESSORS: Int8Array[] = Array.from({ length: L }, (_, to) =>
  Int8Array.from(Array.from({ length: L }, (_, from) => from).filter((from) => allowed(from, to))),
);
// Grow-only scratch buffers: Viterbi runs per sentence, tens of thousands of times per article.
let score = new Float64Array(64 * L);
let back = new Int32Array(64 * L);

/**
 * Best label sequence for n tokens given their emission scores. `only` (training with partial
 * labels) restricts token i to the labels whose bits are set in only[i].
 */
export function viterbi(
  model: TaggerModel,
  emit: Float64Array,
  n: number,
  labels: Int32Array,
  only?: Uint16Array,
): void {
  if (score.length < n * L) {
    score = new Float64Array(n * L * 2);
    back = new Int32Array(n * L * 2);
  }
  const tr = model.transitions;
  for (let l = 0; l < L; l++) {
    const ok = ALLOWED[L * L + l] === 1 && (!only || (only[0]! & (1 << l)) !== 0);
    score[l] = ok ? emit[l]! + tr[L * L + l]! : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    const mask = only ? only[i]! : 0xffff;
    for (let l = 0; l < L; l++) {
      if ((mask & (1 << l)) === 0) {
        score[i * L + l] = -Infinity;
        continue;
      }
      let best = -Infinity;
      let arg = 0;
      const preds = PREDECESSORS[l]!;
      for (let k = 0; k < preds.length; k++) {
        const p = preds[k]!;
        const v = score[prev + p]! + tr[p * L + l]!;
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      score[i * L + l] = best + emit[i * L + l]!;
      back[i * L + l] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let l = 0; l < L; l++) {
    const v = score[(n - 1) * L + l]!;
    if (v > best) {
      best = v;
      arg = l;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = arg;
    arg = back[i * L + arg]!;
  }
}

/** Spans [start, end, type] (token indices, end exclusive) from a BIO label sequence. */
export function labelSpans(labels: ArrayLike<number>, n: number): [number, number, EntityTag][] {
  const out: [number, number, EntityTag][] = [];
  for (let i = 0; i < n; i++) {
    const l = labels[i]!;
    if (l === 0 || l % 2 === 0) continue;
    let j = i + 1;
    while (j < n && labels[j] === l + 1) j++;
    out.push([i, j, ENTITY_TAGS[(l - 1) / 2]!]);
    i = j - 1;
  }
  return out;
}
