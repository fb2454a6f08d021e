/**
 * Crash-test writer: opens a library and changes it as fast as it can until killed, printing
 * one line per acknowledged write (after its promise resolved, so printed = on disk):
 *   H <article> <highlight>         highlight created
 *   N <article> <n>                 article note set to "n<n>"
 *   U <article> <highlight> <n>     highlight note set to "u<n>"
 *   E <article> <n>                 progress set to n / 1e7
 *   A <article>                     article added
 * Counters start at <first> and only grow, so a later write always carries a larger n.
 */
import { openStore } from './open-store';
import { makeContent, makeEntry, addHighlights, makeHighlight, seededRandom } from './test-helpers';

const [dataDir, seedArg, firstArg] = process.argv.slice(2);
if (!dataDir || !seedArg || !firstArg) throw new Error('usage: crash-child.ts <dataDir> <seed> <first>');
const seed = Number(seedArg);
const random = seededRandom(seed);
// Write the index very often, and fold notes logs into their snapshots every few lines, so kills
// land in index writes and in folds (between a snapshot and its log's rotation) too.
const store = await openStore({
  dataDir,
  indexWrite: { delayMs: 2, maxDelayMs: 10 },
  compaction: { maxLines: 1 + (seed % 8), minBytes: 1 << 20 },
});
const articles = store.list().map((entry) => entry.id);
const created: [string, string][] = [];
let counter = Number(firstArg);
const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
const ack = (line: string) => process.stdout.write(`${line}\n`);
ack('ready');

async function step(): Promise<void> {
  const n = ++counter;
  const roll = random();
  const article = pick(articles);
  const note = (markdown: string) => ({ markdown, editorState: null, updatedAt: null });
  if (roll < 0.6) {
    const id = `h${seed}-${n}`;
    await addHighlights(store, article, makeHighlight(id));
    created.push([article, id]);
    ack(`H ${article} ${id}`);
  } else if (roll < 0.75) {
    await store.apply({ type: 'note/saved', articleId: article, note: note(`n${n}`) });
    ack(`N ${article} ${n}`);
  } else if (roll < 0.88 && created.length > 0) {
    const [owner, id] = pick(created);
    await store.apply({
      type: 'highlight/updated',
      articleId: owner,
      highlightId: id,
      set: { note: note(`u${n}`) },
    });
    ack(`U ${owner} ${id} ${n}`);
  } else if (roll < 0.97) {
    await store.updateEntry(article, { progress: n / 1e7 });
    ack(`E ${article} ${n}`);
  } else {
    const id = `x${seed}-${n}`;
    await store.addArticle(makeEntry(id), makeContent(id));
    articles.push(id);
    ack(`A ${id}`);
  }
}

async function writer(): Promise<never> {
  for (;;) await step();
}

await Promise.all([writer(), writer(), writer(), writer()]);
