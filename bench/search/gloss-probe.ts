/**
 * Gloss's search measured against the targets in a fresh process, on the same
 * generated library as the engines: `node --expose-gc --import tsx bench/search/gloss-probe.ts N`
 * prints JSON. Beside it, in the same run: today's scan of notes only, and a naive scan of bodies.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { articleFields } from '../../electron/core/search/article-fields';
import { findMatches, matcher } from '../../electron/core/search/find-matches';
import { fold, foldQuery } from '../../electron/core/search/fold';
import { writeIndexFile } from '../../electron/core/search/index-file';
import { parseQuery } from '../../electron/core/search/query-syntax';
import { searchDocument } from '../../electron/core/search/search-document';
import { SearchIndex } from '../../electron/core/search/search-index';
import type { SearchEntry, SearchNotes } from '../../electron/core/search/source';
import { percentile } from '../storage/measure';
import { Corpus, type CorpusArticle } from './corpus';
import { LibrarySearch } from './notes-scan';

export interface GlossFigures {
  buildMs: number;
  queryP50: number;
  queryP95: number;
  notesScanP50: number;
  bodyScanP50: number;
  updateP50: number;
  updateP95: number;
  indexBytes: number;
  textBytes: number;
  rssMb: number;
  knownItemFirst: number;
}

function entryOf(article: CorpusArticle): SearchEntry {
  return {
    id: article.id,
    title: article.title,
    byline: article.byline,
    source: `https://${article.siteName}/${article.id}`,
    url: `https://${article.siteName}/${article.id}`,
    siteName: article.siteName,
    lang: 'en',
    format: 'html',
    publishedAt: article.publishedAt,
    addedAt: article.publishedAt,
    tags: article.tags,
    highlightCount: article.highlights.length,
    wordCount: 800,
    progress: 0,
    readingState: 'inbox',
    highlightTags: article.highlights.flatMap((h) => h.tags),
  };
}

function notesOf(article: CorpusArticle): SearchNotes {
  return {
    note: { markdown: article.note },
    highlights: article.highlights.map((h) => ({
      id: h.id,
      color: 'yellow' as const,
      selector: { quote: { exact: h.quote }, position: { start: h.start } },
      note: { markdown: h.note },
      tags: h.tags,
    })),
  };
}

const gc = () => (globalThis as { gc?: () => void }).gc?.();
const rss = () => {
  gc();
  return process.memoryUsage().rss;
};

async function main(): Promise<void> {
  const corpus = new Corpus(42);
  const articles = corpus.library(Number(process.argv.at(-1) ?? 10_000));
  const byId = new Map(articles.map((article) => [article.id, article]));
  const entities = (a: CorpusArticle) => a.entities.map((e) => ({ ...e, aliases: e.aliases }));
  const before = rss();
  const index = new SearchIndex();
  let textBytes = 0;
  let started = performance.now();
  for (const article of articles) {
    const { document, facts } = searchDocument(
      entryOf(article),
      article.text,
      notesOf(article),
      entities(article),
    );
    for (const value of Object.values(document) as string[]) textBytes += Buffer.byteLength(value);
    index.put(document, facts, 'stamp');
  }
  const buildMs = performance.now() - started;
  const rssMb = (rss() - before) / 2 ** 20;

  // As the app answers: ranked hits, then snippets from each of the first 20 articles' texts.
  const answer = (query: string) => {
    const parsed = parseQuery(query);
    const { hits } = index.search(parsed, 20);
    const pattern = matcher([...new Set(hits.flatMap((hit) => Object.keys(hit.terms)))], parsed.phrases)!;
    for (const hit of hits) {
      const article = byId.get(hit.id)!;
      const fields = articleFields(entryOf(article), notesOf(article), article.text, entities(article));
      findMatches(fields, pattern, () => true);
    }
    return hits;
  };
  const queries = corpus.queries(200);
  const times: number[] = [];
  for (const query of queries) {
    started = performance.now();
    answer(query);
    times.push(performance.now() - started);
  }
  let knownItemFirst = 0;
  const rare = new Set(corpus.words.slice(15_000));
  for (let n = 0; n < 50; n++) {
    const article = articles[Math.floor(corpus.random() * articles.length)]!;
    const words = article.text
      .toLowerCase()
      .match(/\p{L}+/gu)!
      .filter((word) => rare.has(word));
    if (words.length >= 2 && answer(`${words[0]} ${words[1]}`)[0]?.id === article.id) knownItemFirst++;
  }

  const entries = articles.map(entryOf);
  const cached = new Map(entries.map((entry) => [entry.id, entry]));
  const scanSource = {
    list: () => entries,
    entry: (id: string) => cached.get(id),
    peekNotes: (id: string) => Promise.resolve(notesOf(byId.get(id)!)),
  };
  const scan = new LibrarySearch(scanSource);
  await scan.query('warm', 50);
  const notesTimes: number[] = [];
  const bodyTimes: number[] = [];
  for (const query of queries.slice(0, 40)) {
    started = performance.now();
    await scan.query(query, 50);
    notesTimes.push(performance.now() - started);
    started = performance.now();
    const needle = foldQuery(query);
    let found = 0;
    for (const article of articles) if (fold(article.text).includes(needle)) found++;
    bodyTimes.push(performance.now() - started);
    if (found < 0) throw new Error('unreachable');
  }

  const updates: number[] = [];
  for (let n = 0; n < 50; n++) {
    const article = articles[Math.floor(corpus.random() * articles.length)]!;
    const notes = notesOf(article);
    notes.note.markdown += ` ${corpus.sentence()}`;
    started = performance.now();
    const { document, facts } = searchDocument(entryOf(article), article.text, notes, entities(article));
    index.put(document, facts, 'stamp2');
    updates.push(performance.now() - started);
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gloss-bench-index-'));
  const indexBytes = await writeIndexFile(path.join(dir, 'index.json.gz'), index.snapshot());
  await rm(dir, { recursive: true, force: true });
  const figures: GlossFigures = {
    buildMs,
    queryP50: percentile(times, 50),
    queryP95: percentile(times, 95),
    notesScanP50: percentile(notesTimes, 50),
    bodyScanP50: percentile(bodyTimes, 50),
    updateP50: percentile(updates, 50),
    updateP95: percentile(updates, 95),
    indexBytes,
    textBytes,
    rssMb,
    knownItemFirst: knownItemFirst / 50,
  };
  console.log(JSON.stringify(figures));
}

if (process.argv[1]?.endsWith('gloss-probe.ts')) await main();
