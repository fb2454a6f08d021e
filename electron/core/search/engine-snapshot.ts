import type MiniSearch from 'minisearch';

/**
 * What MiniSearch 7 keeps and its `toJSON()` writes. The fields are protected, and `toJSON()`
 * builds the whole form at once (seconds at 10,000 articles, during which the worker answers
 * no search), so the form is written here in pieces instead; search-index.test.ts checks it
 * against `toJSON()`, so an engine that keeps its state otherwise fails there, not in a user's data.
 */
interface EngineState {
  _index: Iterable<[string, Map<number, Map<number, number>>]>;
  _documentCount: number;
  _nextId: number;
  _documentIds: Map<number, string>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _storedFields: Map<number, unknown>;
}

/** The engine's saved form (`MiniSearch.loadJS`'s input) as JSON text, in pieces. */
export interface EngineSnapshot {
  /** The form up to the terms: `{"documentCount":…,"index":[`. */
  readonly head: string;
  /** The next `count` terms as JSON text (each but the first led by a comma), null once all are given. */
  next(count: number): string | null;
  /** The end of the form: `],"serializationVersion":2}`. */
  readonly tail: string;
}

/**
 * The engine as it is now, written later in pieces while the engine keeps changing. That stays
 * true to this moment because of how MiniSearch changes: an added document gets a new short
 * id (left out here), a discarded one only leaves its postings to be cleaned away, and the
 * term list and each term's postings map are taken now. What can differ is the postings of a
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
    storedFields: Object.fromEntries(state._storedFields),
    dirtCount: 0,
  });
  let at = 0;
  let first = true;
  return {
    head: `${head.slice(0, -1)},"index":[`,
    next(count) {
      if (at >= terms.length) return null;
      let text = '';
      for (const end = Math.min(terms.length, at + count); at < end; at++) {
        const [term, fields] = terms[at]!;
        const postings = fieldPostings(fields, live);
        if (!postings) continue;
        text += `${first ? '' : ','}[${JSON.stringify(term)},{${postings}}]`;
        first = false;
      }
      return text;
    },
    tail: '],"serializationVersion":2}',
  };
}

/** `"0":{"12":1,"40":3},"4":{…}`: a term's postings by field, of live documents only ('' if none). */
function fieldPostings(fields: Map<number, Map<number, number>>, live: Map<number, string>): string {
  let text = '';
  for (const [fieldId, postings] of fields) {
    let list = '';
    for (const [doc, frequency] of postings) {
      if (live.has(doc)) list += `${list ? ',' : ''}"${doc}":${frequency}`;
    }
    if (list) text += `${text ? ',' : ''}"${fieldId}":{${list}}`;
  }
  return text;
}
