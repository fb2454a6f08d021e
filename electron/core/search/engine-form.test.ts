import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { loadEngine, snapshotEngine } from './engine-form';

const OPTIONS = { fields: ['title', 'body'] };
const documents = [
  { id: 'a', title: 'Harbour', body: 'harbour cranes at dawn' },
  { id: 'b', title: 'Gulls', body: 'cranes and gulls' },
  { id: 'c', title: 'Quotes', body: 'dawn "quoted" \\ gulls über' },
];

/** The form as the index file holds it, written `count` terms at a time. */
function written(engine: MiniSearch<never>, count: number): unknown {
  const snapshot = snapshotEngine(engine);
  let text = snapshot.head;
  for (let piece = snapshot.next(count); piece !== null; piece = snapshot.next(count)) text += piece;
  return JSON.parse(text + snapshot.tail);
}

/** What MiniSearch saves of an engine, its terms in any order (the tree's order follows insertion). */
function state(engine: MiniSearch<never>) {
  const form = engine.toJSON();
  return { ...form, index: Object.fromEntries(form.index) };
}

const ids = (engine: MiniSearch<never>, query: string) =>
  engine.search(query).map((result) => String(result.id));

describe('the engine as saved', () => {
  it.each([1, 2, 100])('reads back into the state MiniSearch itself saves (%i terms a piece)', (count) => {
    const engine = new MiniSearch<never>(OPTIONS);
    engine.addAll(documents as never[]);
    const loaded = loadEngine<never>(written(engine, count), OPTIONS);
    expect(state(loaded)).toEqual(state(engine));
    expect(ids(loaded, 'cranes')).toEqual(ids(engine, 'cranes'));
  });

  it("leaves out discarded documents' postings, so the loaded engine has nothing to clean", () => {
    const engine = new MiniSearch<never>(OPTIONS);
    engine.addAll(documents as never[]);
    engine.discard('b');
    engine.add({ id: 'b', title: 'Terns', body: 'terns over gulls' } as never);
    const saved = written(engine, 2) as { terms: unknown[][] };
    expect(saved.terms.map((row) => row[0])).not.toContain('and'); // only the old "b" had it
    const loaded = loadEngine<never>(saved, OPTIONS);
    expect(loaded.dirtCount).toBe(0);
    expect(ids(loaded, 'gulls').sort()).toEqual(['b', 'c']);
    expect(ids(loaded, 'terns')).toEqual(['b']);
    expect(ids(loaded, 'cranes')).toEqual(['a']);
  });

  it('keeps changing after it is read as the engine it was saved from does', () => {
    const engine = new MiniSearch<never>(OPTIONS);
    engine.addAll(documents as never[]);
    const loaded = loadEngine<never>(written(engine, 100), OPTIONS);
    for (const copy of [engine, loaded]) {
      copy.discard('b');
      copy.add({ id: 'b', title: 'Terns', body: 'terns over the harbour' } as never);
      copy.add({ id: 'd', title: 'Cranes', body: 'new cranes' } as never);
    }
    expect(ids(loaded, 'harbour')).toEqual(ids(engine, 'harbour'));
    expect(ids(loaded, 'cranes')).toEqual(ids(engine, 'cranes'));
    expect(state(loaded)).toEqual(state(engine));
  });

  it("reads MiniSearch's own form too (an index an older Gloss saved)", () => {
    const engine = new MiniSearch<never>(OPTIONS);
    engine.addAll(documents as never[]);
    const loaded = loadEngine<never>(JSON.parse(JSON.stringify(engine)), OPTIONS);
    expect(ids(loaded, 'gulls')).toEqual(ids(engine, 'gulls'));
  });
});
