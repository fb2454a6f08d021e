/**
 * Averaged structured perceptron (Collins 2002) over the shared feature hashing and Viterbi
 * decoder. Sentences from corpora that never annotate MISC carry partial labels: their O tokens
 * may be O or MISC, and the target is the best sequence consistent with what is annotated.
 */
import { FEATURES_PER_TOKEN } from '../../electron/core/entities/features';
import { emissions, L, viterbi, type TaggerModel } from '../../electron/core/entities/tagger-model';

export interface TrainSentence {
  feats: Uint32Array;
  n: number;
  gold: Int32Array;
  only?: Uint16Array;
  /** Cross-validation half of the document it comes from. */
  fold: number;
}

export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function train(
  data: TrainSentence[],
  options: {
    bits: number;
    epochs: number;
    seed: number;
    onEpoch?: (epoch: number, model: TaggerModel) => void;
  },
): TaggerModel {
  const size = 2 ** options.bits * L;
  const model: TaggerModel = {
    bits: options.bits,
    weights: new Float32Array(size),
    scale: 1,
    transitions: new Float32Array((L + 1) * L),
  };
  const w = model.weights as Float32Array;
  const acc = new Float64Array(size);
  const tr = model.transitions;
  const trAcc = new Float64Array(tr.length);
  const random = seededRandom(options.seed);
  const order = data.map((_, i) => i);
  let emit = new Float64Array(256 * L);
  let pred = new Int32Array(256);
  let target = new Int32Array(256);
  let c = 1;
  const bump = (f: number, label: number, d: number) => {
    w[f * L + label]! += d;
    acc[f * L + label]! += c * d;
  };
  const bumpTr = (p: number, l: number, d: number) => {
    tr[p * L + l]! += d;
    trAcc[p * L + l]! += c * d;
  };
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    for (const index of order) {
      const s = data[index]!;
      if (s.n > pred.length) {
        emit = new Float64Array(s.n * 2 * L);
        pred = new Int32Array(s.n * 2);
        target = new Int32Array(s.n * 2);
      }
      emissions(model, s.feats, s.n, emit);
      viterbi(model, emit, s.n, pred);
      if (s.only) viterbi(model, emit, s.n, target, s.only);
      else target.set(s.gold);
      let wrong = false;
      for (let t = 0; t < s.n; t++) {
        const g = target[t]!;
        const p = pred[t]!;
        const gPrev = t === 0 ? L : target[t - 1]!;
        const pPrev = t === 0 ? L : pred[t - 1]!;
        if (g !== p) {
          wrong = true;
          for (let k = 0; k < FEATURES_PER_TOKEN; k++) {
            const f = s.feats[t * FEATURES_PER_TOKEN + k]!;
            bump(f, g, 1);
            bump(f, p, -1);
          }
        }
        if (g !== p || gPrev !== pPrev) {
          bumpTr(gPrev, g, 1);
          bumpTr(pPrev, p, -1);
        }
      }
      if (wrong) errors++;
      c++;
    }
    const averaged = average(model, acc, trAcc, c);
    console.log(`epoch ${epoch}: ${errors} of ${data.length} sentences wrong`);
    options.onEpoch?.(epoch, averaged);
  }
  return average(model, acc, trAcc, c);
}

function average(model: TaggerModel, acc: Float64Array, trAcc: Float64Array, c: number): TaggerModel {
  const w = model.weights;
  const avg = new Float32Array(w.length);
  for (let i = 0; i < w.length; i++) if (w[i] !== 0 || acc[i] !== 0) avg[i] = w[i]! - acc[i]! / c;
  const tr = Float32Array.from(model.transitions, (v, i) => v - trAcc[i]! / c);
  return { bits: model.bits, weights: avg, scale: 1, transitions: tr };
}
