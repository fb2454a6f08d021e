/** conlleval-style exact-span precision, recall and F1, per type and micro-averaged overall. */

export interface Span {
  start: number;
  end: number;
  type: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export class SpanScorer {
  readonly byType = new Map<string, Counts>();

  constructor(readonly types: string[]) {
    for (const t of types) this.byType.set(t, { tp: 0, fp: 0, fn: 0 });
  }

  /** Adds one document's (or sentence's) gold and predicted spans; other types are ignored. */
  add(gold: Span[], predicted: Span[]): void {
    const key = (s: Span) => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(gold.filter((s) => this.byType.has(s.type)).map(key));
    const predKeys = new Set(predicted.filter((s) => this.byType.has(s.type)).map(key));
    for (const k of predKeys) {
      const c = this.byType.get(k.split(':')[2]!)!;
      if (goldKeys.has(k)) c.tp++;
      else c.fp++;
    }
    for (const k of goldKeys) if (!predKeys.has(k)) this.byType.get(k.split(':')[2]!)!.fn++;
  }

  overall(): Counts {
    const sum = { tp: 0, fp: 0, fn: 0 };
    for (const c of this.byType.values()) {
      sum.tp += c.tp;
      sum.fp += c.fp;
      sum.fn += c.fn;
    }
    return sum;
  }
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p: p * 100, r: r * 100, f1: p + r ? (200 * p * r) / (p + r) : 0 };
}
