/**
 * One engine measured in a fresh process (so its RSS is its own):
 * `node --expose-gc --import tsx bench/search/engine-probe.ts <engine> <articles>` prints JSON.
 */
import { gzipSync } from 'node:zlib';
import { fold } from '../../electron/core/search/fold';
import { snippet } from '../../electron/core/search/snippet';
import { percentile } from '../storage/measure';
import { Corpus, type CorpusArticle } from './corpus';
import { ENGINES, FIELDS, type EngineDoc } from './engines';

export interface EngineFigures {
  engine: string;
  buildMs: number;
  queryP50: number;
  queryP95: number;
  updateP50: number;
  updateP95: number;
  indexBytes: number;
  gzipBytes: number;
  textBytes: number;
  rssMb: number;
  knownItemFirst: number;
  typoAnswered: number;
}

export function toDoc(article: CorpusArticle): EngineDoc {
  return {
    id: article.id,
    title: article.title,
    byline: article.byline,
    site: article.siteName,
    body: article.text,
    highlights: article.highlights.map((h) => h.quote).join('\n'),
    notes: [article.note, ...article.highlights.map((h) => h.note)].join('\n'),
    tags: [...article.tags, ...article.highlights.flatMap((h) => h.tags)].join(' '),
    entities: article.entities.flatMap((e) => [e.name, ...e.aliases]).join('\n'),
  };
}

const gc = () => (globalThis as { gc?: () => void }).gc?.();
const rss = () => {
  gc();
  return process.memoryUsage().rss;
};

/** A snippet per result (first query word in the body), as a search answer shows them. */
function withSnippets(ids: string[], query: string, docs: Map<string, EngineDoc>): number {
  const word = fold(query.split(' ')[0]!);
  let made = 0;
  for (const id of ids.slice(0, 20)) {
    const body = docs.get(id)!.body;
    const at = fold(body).indexOf(word);
    if (at >= 0) made += snippet(body, at, at + word.length).snippet.length;
  }
  return made;
}

function main(): void {
  const [name = 'minisearch', size = '10000'] = process.argv.slice(2);
  const corpus = new Corpus(42);
  const articles = corpus.library(Number(size));
  const docs = articles.map(toDoc);
  const byId = new Map(docs.map((doc) => [doc.id, doc]));
  const textBytes = docs.reduce(
    (sum, doc) => sum + FIELDS.reduce((bytes, field) => bytes + Buffer.byteLength(doc[field]), 0),
    0,
  );
  const before = rss();
  const engine = ENGINES[name]!();
  let started = performance.now();
  engine.add(docs);
  const buildMs = performance.now() - started;
  const rssMb = (rss() - before) / 2 ** 20;

  const times: number[] = [];
  let typoAnswered = 0;
  const queries = corpus.queries(200);
  for (const [i, query] of queries.entries()) {
    started = performance.now();
    const ids = engine.search(query, 50);
    withSnippets(ids, query, byId);
    times.push(performance.now() - started);
    if (i % 4 === 3 && ids.length > 0) typoAnswered++;
  }
  // Known items: two words of an article's body that are rare in the library find it first.
  let knownItemFirst = 0;
  const rare = new Set(corpus.words.slice(15_000));
  for (let n = 0; n < 50; n++) {
    const article = articles[Math.floor(corpus.random() * articles.length)]!;
    const words = article.text
      .toLowerCase()
      .match(/\p{L}+/gu)!
      .filter((word) => rare.has(word));
    if (words.length < 2) continue;
    if (engine.search(`${words[0]} ${words[1]}`, 5)[0] === article.id) knownItemFirst++;
  }
  const updates: number[] = [];
  for (let n = 0; n < 50; n++) {
    const doc = docs[Math.floor(corpus.random() * docs.length)]!;
    const changed = { ...doc, notes: `${doc.notes}\n${corpus.sentence()}` };
    started = performance.now();
    engine.replace(changed);
    updates.push(performance.now() - started);
  }
  const serialized = engine.serialize();
  const figures: EngineFigures = {
    engine: engine.name,
    buildMs,
    queryP50: percentile(times, 50),
    queryP95: percentile(times, 95),
    updateP50: percentile(updates, 50),
    updateP95: percentile(updates, 95),
    indexBytes: Buffer.byteLength(serialized),
    gzipBytes: gzipSync(serialized, { level: 6 }).length,
    textBytes,
    rssMb,
    knownItemFirst: knownItemFirst / 50,
    typoAnswered: typoAnswered / 50,
  };
  console.log(JSON.stringify(figures));
}

if (process.argv[1]?.endsWith('engine-probe.ts')) main();
