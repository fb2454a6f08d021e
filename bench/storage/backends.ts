/** The operations the storage benchmark times, on Gloss's store and on the single-file baseline. */
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { ArticleSummary } from '../../electron/contract/model';
import { openStore } from '../../electron/core/storage/open-store';
import type {
  ArticleContent,
  ArticleEntry,
  ArticleNotes,
  Store,
  StoredHighlight,
} from '../../electron/core/storage/store';
import { LibrarySearch } from '../search/notes-scan';
import { exportArticle } from './markdown';

export interface Backend {
  list(): ArticleSummary[];
  filterByTag(tag: string): ArticleSummary[];
  /** Text and highlights, as the reader needs them. */
  openArticle(id: string): Promise<{ text: string; highlights: number }>;
  addHighlight(id: string, highlight: StoredHighlight): Promise<void>;
  /** Change the note of the article's first highlight. */
  updateNote(id: string, markdown: string): Promise<void>;
  exportArticle(id: string): Promise<string>;
  /** Library search (`search/query`, 50 articles at most); resolves with the articles found. */
  search(query: string): Promise<number>;
  close(): Promise<void>;
}

const newestFirst = (a: ArticleSummary, b: ArticleSummary) => b.addedAt.localeCompare(a.addedAt);
const tagged = (tag: string) => (entry: ArticleSummary) => entry.tags.some((t) => t.toLowerCase() === tag);

export async function openSharded(dataDir: string): Promise<Backend> {
  const store: Store = await openStore({ dataDir });
  const search = new LibrarySearch(store);
  return {
    list: () => store.list().sort(newestFirst),
    filterByTag: (tag) => store.list().filter(tagged(tag)).sort(newestFirst),
    openArticle: async (id) => {
      const [content, notes] = await Promise.all([store.readContent(id), store.readNotes(id)]);
      return { text: content.text, highlights: notes.highlights.length };
    },
    // Through records, as the services write: durable first, then memory, then listeners.
    addHighlight: async (id, highlight) => {
      await store.apply({ type: 'highlight/created', articleId: id, highlight });
    },
    updateNote: async (id, markdown) => {
      const [first] = (await store.readNotes(id)).highlights;
      const note = { markdown, editorState: null, updatedAt: new Date().toISOString() };
      await store.apply({ type: 'highlight/updated', articleId: id, highlightId: first!.id, set: { note } });
    },
    exportArticle: async (id) => {
      const [content, notes] = await Promise.all([store.readContent(id), store.readNotes(id)]);
      return exportArticle(store.entry(id)!, content.text, notes);
    },
    search: async (query) => (await search.query(query, 50)).articles.length,
    close: () => store.close(),
  };
}

type SingleArticle = ArticleEntry & ArticleContent & ArticleNotes;
export interface SingleFile {
  articles: SingleArticle[];
}

/** Everything in one lowdb JSONFile, the way a first version of Gloss would have stored it. */
export async function openSingle(file: string): Promise<Backend> {
  const db = new Low<SingleFile>(new JSONFile(file), { articles: [] });
  // The baseline reads its one file once, at start-up; every later write rewrites all of it.
  await db.read();
  const byId = new Map(db.data.articles.map((article) => [article.id, article]));
  const summary = ({
    text: _t,
    blocks: _b,
    note: _n,
    highlights: _h,
    corrections: _c,
    ...rest
  }: SingleArticle) => rest;
  const article = (id: string) => byId.get(id)!;
  // The same search over the baseline's data, which is all in memory already.
  const search = new LibrarySearch({
    list: () => db.data.articles,
    entry: (id) => byId.get(id),
    peekNotes: (id) => Promise.resolve(article(id)),
  });
  return {
    list: () => db.data.articles.map(summary).sort(newestFirst),
    filterByTag: (tag) => db.data.articles.filter(tagged(tag)).map(summary).sort(newestFirst),
    openArticle: (id) =>
      Promise.resolve({ text: article(id).text, highlights: article(id).highlights.length }),
    addHighlight: async (id, highlight) => {
      article(id).highlights.push(highlight);
      await db.write();
    },
    updateNote: async (id, markdown) => {
      article(id).highlights[0]!.note = { markdown, editorState: null, updatedAt: new Date().toISOString() };
      await db.write();
    },
    exportArticle: (id) => {
      const a = article(id);
      return Promise.resolve(exportArticle(a, a.text, a));
    },
    search: async (query) => (await search.query(query, 50)).articles.length,
    close: () => Promise.resolve(),
  };
}
