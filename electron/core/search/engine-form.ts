import MiniSearch, { type Options } from 'minisearch';
import { LazyPostings } from './lazy-postings';

/**
 * What MiniSearch 7 keeps (its `toJSON()` writes the same). The fields are protected, and
 * `toJSON()` builds the whole form at once (seconds at 10,000 articles, during which the
 * worker answers no search), and its form (a term's postings as objects keyed by document
 * number) is slow to read back. So the engine is written here in pieces, in a compact form,
 * and read back into the same state; engine-form.test.ts checks the state against `toJSON()`,
 * so an engine that keeps its state otherwise fails there, not in a user's data.
 */
interface EngineState {
  _index: Iterable<[string, Postings]> & { set(term: string, postings: Postings): void };
  _documentCount: number;
  _nextId: number;
  _documentIds: Map<number, string>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
}

/** A term's postings: by field number, each document's number and the term's count in that field. */
type Postings = Map<number, Map<number, number>>;

/**
 * The engine as saved. `terms`: one row per term, `[term, field, n, doc, count, doc, count, …,
 * field, n, …]`, each doc number as the difference from the one before it (they mostly ascend,
 * so the numbers stay short): arrays of numbers read back several times faster than objects.
 */
export interface EngineForm {
  documentCount: number;
  nextId: number;
  documentIds: Record<string, string>;
  fieldIds: Record<string, number>;
  fieldLength: Record<string, number[]>;
  averageFieldLength: number[];
  terms: (string | number)[][];
}

/** The engine's saved form as JSON text, in pieces. */
export interface EngineSnapshot {
  /** The form up to the terms: `{"documentCount":…,"terms":[`. */
  readonly head: string;
  /** The next `count` terms as JSON text (each but the first led by a comma), null once all are given. */
  next(count: number): string | null;
  /** The end of the form: `]}`. */
  readonly tail: string;
}

/**
 * The engine as it is now, written later in pieces while the engine keeps changing. That stays
 * true to this moment because of how MiniSearch changes: an added document gets a new number
 * (left out here), a discarded one only leaves its postings to be cleaned away, and the term
 * list and each term's postings map are taken now. What can differ is the postings of a
 * document discarded meanwhile (some cleaned away): the caller marks such documents stale.
 * Postings of documents discarded before now are left out, so the saved form needs no vacuum.
 */
export function snapshotEngine(engine: MiniSearch<never>): EngineSnapshot {
  const state = engine as unknown as EngineState;
  const live = new Map(state._documentIds);
  const terms = Array.from(state._index);
  const head = JSON.stringify({
    documentCount: state._documentCount,
    nextId: state._nextId,
    documentIds: Object.fromEntries(live),
    fieldIds: state._fieldIds,
    fieldLength: Object.fromEntries(state._fieldLength),
    averageFieldLength: state._avgFieldLength,
  } satisfies Omit<EngineForm, 'terms'>);
  let at = 0;
  let first = true;
  return {
    head: `${head.slice(0, -1)},"terms":[`,
    next(count) {
      if (at >= terms.length) return null;
      let text = '';
      for (const end = Math.min(terms.length, at + count); at < end; at++) {
        const [term, postings] = terms[at]!;
        const row = postingsRow(postings, live);
        if (!row) continue;
        text += `${first ? '' : ','}[${JSON.stringify(term)}${row}]`;
        first = false;
      }
      return text;
    },
    tail: ']}',
  };
}

/** `,field,n,doc,count,…` for each field with postings of live documents ('' if none). */
function postingsRow(fields: Postings, live: Map<number, string>): string {
  let text = '';
  for (const [field, postings] of fields) {
    let list = '';
    let count = 0;
    let last = 0;
    for (const [doc, frequency] of postings) {
      if (!live.has(doc)) continue;
      list += `,${doc - last},${frequency}`;
      last = doc;
      count++;
    }
    if (count) text += `,${field},${count}${list}`;
  }
  return text;
}

/**
 * The engine of a saved form: MiniSearch's own (`index`, an older Gloss) or the compact one,
 * whose terms' postings are read from their rows as searches first look at them.
 */
export function loadEngine<T>(saved: unknown, options: Options<T>): MiniSearch<T> {
  const form = saved as Partial<EngineForm>;
  if (!Array.isArray(form.terms))
    return MiniSearch.loadJS(saved as Parameters<typeof MiniSearch.loadJS>[0], options);
  const { terms, ...head } = form as EngineForm;
  const engine = MiniSearch.loadJS(
    { ...head, storedFields: {}, dirtCount: 0, index: [], serializationVersion: 2 },
    options,
  );
  const index = (engine as unknown as EngineState)._index;
  for (const row of terms) index.set(row[0] as string, new LazyPostings(row));
  return engine;
}
