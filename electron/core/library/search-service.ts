import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { SearchArticle, SearchIndexing, SearchResults, StoredEntityRule } from '../../contract/model';
import { applyCorrections } from '../entities';
import { articleFields, type ArticleFields, type Field } from '../search/article-fields';
import { findMatches, hasPhrases, matcher, phrasePatterns } from '../search/find-matches';
import { isEmptyQuery, parseQuery, type ParsedQuery } from '../search/query-syntax';
import { searchDocument } from '../search/search-document';
import type { SearchReply, SearchRequest } from '../search/search-protocol';
import { Layout } from '../storage/layout';
import type { ArticleEntry, Store } from '../storage/store';
import { createRespawningClient } from '../workers/respawning-client';
import type { EntityJobs } from './entity-jobs';
import { namesOfRules, rulesKey } from './search-rules';

type IndexItem = Extract<SearchRequest, { kind: 'put' }>['items'][number];

/** The index file: a rebuildable cache like entities.json (deleting it loses nothing). */
export const INDEX_FILE = 'search-index.json.gz';
/** Articles read and sent to the worker per message while (re)building. */
const BATCH = 50;
/** A query waits for the index to catch up with at most this many changed articles. */
const WAIT_FOR_AT_MOST = 200;
/**
 * Saving writes the whole index (seconds at 10,000 articles, the worker busy meanwhile), so it
 * waits for this many changed articles, then for this long after the last change; fewer are
 * saved on close. Unsaved changes lose nothing: their files' stamps differ from the saved
 * ones, so they are indexed again at the next start.
 */
const SAVE_FROM = 100;
const SAVE_AFTER_MS = 10_000;
/** Article texts kept for snippets of recent results. */
const FIELDS_CACHE = 300;
/** Progress is told for a catch-up of at least this many articles (a build, not one write). */
const TELL_FROM = BATCH;

/**
 * Library-wide full-text search: the index lives on a worker (search-worker.ts), saved in the
 * data dir. Changes reach it in one place, `#sync`: an article is re-indexed when its index
 * entry object changed (the store replaces it on every notes, tags or title write), when its
 * entities were detected again, or, after a restart, when its files' stamps differ from those
 * the saved index was built from. (A change stream can call `changed(id)` instead.)
 */
export class SearchService {
  readonly #client;
  readonly #file: string;
  readonly #layout: Layout;
  /** The entry each indexed article was last checked against, and its stamp. */
  readonly #checked = new Map<string, { entry: ArticleEntry; stamp: string }>();
  readonly #dirty = new Set<string>();
  readonly #fields = new Map<string, { entry: ArticleEntry; fields: ArticleFields }>();
  #saved: Map<string, string> | null = null;
  /**
   * The store's revision when a sync last left no article suspect: while it is still the
   * store's and nothing is marked, a query needs no look at the 10,000 entries (that scan cost
   * every query milliseconds).
   */
  #cleanAt = -1;
  #syncing: Promise<void> | null = null;
  #building = { indexed: 0, total: 0 };
  /** Articles indexed or dropped since the last save. */
  #unsaved = 0;
  #saveTimer: NodeJS.Timeout | null = null;
  #closed = false;
  /** The library rules the index was built with (they change an article's entities). */
  #rules: readonly StoredEntityRule[];
  /** The rules' key as saved with the index; a different key at start-up re-indexes everything. */
  #savedRules: string | null = null;
  /** The articles a rule change touches are being found; a query waits for that. */
  #rulesHandled: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly jobs: EntityJobs,
    spawn: () => Worker,
    private readonly onIndexing: (progress: SearchIndexing) => void = () => undefined,
  ) {
    this.#client = createRespawningClient<SearchRequest, SearchReply>(spawn, 'search');
    this.#layout = new Layout(store.dataDir);
    this.#file = path.join(store.dataDir, INDEX_FILE);
    this.#rules = store.entityLibrary().rules;
    jobs.onDetected((articleId) => this.changed(articleId));
    store.subscribe(({ record }) => {
      if (!record.change.type.startsWith('rule/')) return;
      this.#rulesHandled = this.#rulesHandled.then(() => this.#rulesChanged()).catch(() => undefined);
    });
  }

  /** Mark an article for re-indexing at the next sync (its entities, say, changed). */
  changed(articleId: string): void {
    this.#dirty.add(articleId);
    this.#fields.delete(articleId);
  }

  /** Bring the index up to date in the background (at start-up, so the first search is quick). */
  warm(): void {
    void this.#sync().catch(() => undefined);
  }

  async query(query: string, limit: number, tag?: string): Promise<SearchResults> {
    const parsed = parseQuery(query);
    if (tag !== undefined) parsed.filters.tags.push(tag.trim().toLowerCase());
    const empty: SearchResults = { query: query.trim(), articles: [], truncated: false };
    if (isEmptyQuery(parsed)) return empty;
    await this.#rulesHandled;
    // A few changes are waited for; a whole build is not: answer from what is indexed so far.
    const current = this.#upToDate();
    const pending = current ? 0 : this.#changes(this.#saved ?? new Map<string, string>()).suspect.length;
    const sync = current ? Promise.resolve() : this.#sync();
    let synced = pending <= WAIT_FOR_AT_MOST;
    if (synced) await sync;
    else void sync.then(() => (synced = true)).catch(() => undefined);
    const take = parsed.phrases.length ? Math.min(limit * 5, 1000) : limit;
    const reply = await this.#request({ kind: 'query', query: parsed, take });
    if (reply.kind !== 'hits') throw new Error('The search worker answered out of turn.');
    const articles: SearchArticle[] = [];
    let dropped = 0;
    // One pattern for the whole answer: the index terms the query expanded to, wherever they matched.
    const terms = new Set(reply.hits.flatMap((hit) => Object.keys(hit.terms)));
    const patterns = { words: matcher([...terms], parsed.phrases), phrases: phrasePatterns(parsed.phrases) };
    for (const hit of reply.hits) {
      if (articles.length >= limit) break;
      const article = await this.#articleFields(hit.id);
      const found = article && toResult(article, parsed, patterns);
      if (found) articles.push(found);
      else dropped++;
    }
    // The build may not have counted its articles yet when the answer comes: then none is read.
    const building = this.#building.indexed < this.#building.total;
    const indexing = building ? { ...this.#building } : { indexed: 0, total: pending };
    return {
      ...empty,
      articles,
      truncated: reply.total - dropped > articles.length,
      ...(synced ? {} : { indexing }),
    };
  }

  async close(): Promise<void> {
    this.#closed = true;
    if (this.#saveTimer) clearTimeout(this.#saveTimer);
    await this.#syncing?.catch(() => undefined);
    if (this.#unsaved > 0 || this.#rulesUnsaved()) await this.#save().catch(() => undefined);
    await this.#client.close();
  }

  async #request(request: SearchRequest): Promise<SearchReply> {
    return this.#client.request(request);
  }

  /** Nothing changed since the last sync that left every article indexed as it is. */
  #upToDate(): boolean {
    return this.#cleanAt === this.store.revision() && this.#dirty.size === 0 && !this.#syncing;
  }

  /** One sync at a time; a call during one waits for it, then runs again if anything is left. */
  #sync(): Promise<void> {
    if (!this.#syncing) {
      this.#syncing = this.#syncOnce().finally(() => {
        this.#syncing = null;
      });
    }
    return this.#syncing;
  }

  /**
   * A rule added, changed or removed: the articles that mention any name it is about (found in
   * the index itself) are indexed again, so `org:` follows "never mark TEU" and a retyped or
   * merged name is found as it is now.
   */
  async #rulesChanged(): Promise<void> {
    const before = this.#rules;
    const now = this.store.entityLibrary().rules;
    if (before === now) return;
    this.#rules = now;
    const names = namesOfRules(before, now);
    if (names.length === 0 || !this.#saved) return;
    const reply = await this.#request({ kind: 'mentioning', names });
    if (reply.kind !== 'ids') throw new Error('The search worker answered out of turn.');
    for (const id of reply.ids) this.changed(id);
    void this.#sync().catch(() => undefined);
  }

  async #syncOnce(): Promise<void> {
    if (!this.#saved) {
      const opened = await this.#request({ kind: 'open', file: this.#file });
      const usable = opened.kind === 'opened' && opened.rules === rulesKey(this.#rules);
      // Saved with other rules (changed and closed before it was saved again): every stamp is suspect.
      this.#saved = new Map(usable ? Object.entries(opened.stamps) : []);
      this.#savedRules = usable ? opened.rules : null;
    }
    const saved = this.#saved;
    const revision = this.store.revision();
    const { suspect, gone } = this.#changes(saved);
    if (gone.length) {
      await this.#request({ kind: 'remove', ids: gone });
      for (const id of gone) this.#forget(id);
    }
    this.#building = { indexed: 0, total: suspect.length };
    const tell = suspect.length >= TELL_FROM;
    if (tell) this.onIndexing({ ...this.#building });
    // Reading the next batch overlaps indexing this one on the worker (one batch in flight).
    let sending: Promise<Error | null> = Promise.resolve(null);
    for (let from = 0; from < suspect.length && !this.#closed; from += BATCH) {
      const batch = suspect.slice(from, from + BATCH);
      const items = await this.#readBatch(batch, saved);
      const failure = await sending;
      if (failure) throw failure;
      const indexed = Math.min(suspect.length, from + BATCH);
      sending = this.#put(items, saved).then(
        () => {
          this.#building.indexed = indexed;
          if (tell) this.onIndexing({ ...this.#building });
          return null;
        },
        (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
      );
    }
    const failure = await sending;
    if (failure) throw failure;
    this.#building = { indexed: 0, total: 0 };
    // Clean only if nothing failed to read or changed meanwhile; as of the revision it started from.
    const left = this.#changes(saved);
    if (!this.#closed && left.suspect.length === 0 && left.gone.length === 0) this.#cleanAt = revision;
    if (this.#unsaved >= SAVE_FROM || this.#rulesUnsaved()) this.#scheduleSave();
  }

  /** The index documents of those articles of `batch` whose files changed since `saved`, read in parallel. */
  async #readBatch(batch: ArticleEntry[], saved: Map<string, string>): Promise<IndexItem[]> {
    for (const entry of batch) this.#dirty.delete(entry.id);
    const items = await Promise.all(
      batch.map(async (entry) => {
        const stamp = await this.#stamp(entry);
        if (saved.get(entry.id) === stamp && this.#checked.has(entry.id) === false && stamp !== '') {
          this.#checked.set(entry.id, { entry, stamp });
          return null;
        }
        return this.#document(entry, stamp);
      }),
    );
    return items.filter((item) => item !== null);
  }

  async #put(items: IndexItem[], saved: Map<string, string>) {
    if (items.length === 0) return;
    await this.#request({ kind: 'put', items });
    for (const item of items) saved.set(item.document.id, item.stamp);
    this.#unsaved += items.length;
  }

  /**
   * What brings the index up to date: the articles whose index document may be out of date (new,
   * changed or marked), and the indexed ones no longer in the library. Since a clean sync, only
   * the entries the store says changed are looked at; otherwise every entry.
   */
  #changes(saved: Map<string, string>): { suspect: ArticleEntry[]; gone: string[] } {
    const stale = (entry: ArticleEntry) =>
      this.#checked.get(entry.id)?.entry !== entry || this.#dirty.has(entry.id);
    const since = this.#cleanAt >= 0 ? this.store.changedSince(this.#cleanAt) : null;
    if (since === null) {
      const entries = this.store.list();
      const live = new Set(entries.map((entry) => entry.id));
      return { suspect: entries.filter(stale), gone: [...saved.keys()].filter((id) => !live.has(id)) };
    }
    const suspect: ArticleEntry[] = [];
    const gone: string[] = [];
    for (const id of new Set([...since, ...this.#dirty])) {
      const entry = this.store.entry(id);
      if (entry) {
        if (stale(entry)) suspect.push(entry);
        continue;
      }
      this.#dirty.delete(id);
      if (saved.has(id)) gone.push(id);
    }
    return { suspect, gone };
  }

  #forget(id: string): void {
    this.#saved?.delete(id);
    this.#checked.delete(id);
    this.#fields.delete(id);
    this.#unsaved++;
  }

  /**
   * Which version of the article's files and entry an index document was built from: the notes
   * file as the store knows it (from memory: start-up already checked every notes file, so a
   * restart stats only the entity caches), the entity cache, and the entry's searchable fields.
   * Every file an index document is read from must count here (a file added beside the notes
   * joins them), or a change to it made before a crash is never indexed.
   */
  async #stamp(entry: ArticleEntry): Promise<string> {
    const mtime = (file: string) =>
      stat(file).then(
        (info) => String(info.mtimeMs),
        () => '-',
      );
    const known = this.store.notesStamp(entry.id);
    // The notes log changes with every notes write; the snapshot only when the log is folded in.
    const [notes, log, entities] = await Promise.all([
      known ? String(known.mtimeMs) : mtime(this.#layout.notes(entry.id)),
      known ? String(known.log?.mtimeMs ?? '-') : mtime(this.#layout.notesLog(entry.id)),
      mtime(this.#layout.entities(entry.id)),
    ]);
    const about = [entry.title, entry.byline, entry.siteName, entry.publishedAt, entry.tags.join('\u0001')];
    return `${notes}|${log}|${entities}|${hash(about.join('\u0000'))}`;
  }

  async #document(entry: ArticleEntry, stamp: string) {
    try {
      const { text, notes, entities } = await this.#read(entry.id);
      this.#checked.set(entry.id, { entry, stamp });
      this.#fields.delete(entry.id);
      return { ...searchDocument(entry, text, notes, entities), stamp };
    } catch {
      // Deleted meanwhile, or unreadable now: tried again at the next sync.
      this.#checked.delete(entry.id);
      this.#dirty.add(entry.id);
      return null;
    }
  }

  /** An article's text, notes, and entities with the user's corrections and the library rules applied. */
  async #read(id: string) {
    const [content, notes, detection] = await Promise.all([
      this.store.readContent(id),
      this.store.peekNotes(id),
      this.jobs.cached(id),
    ]);
    const entities = detection
      ? applyCorrections(content.text, detection, notes.corrections, this.#rules).entities
      : [];
    return { text: content.text, notes, entities };
  }

  /** The texts of one article for snippets (the few articles of recent answers are kept). */
  async #articleFields(id: string): Promise<ArticleFields | null> {
    const entry = this.store.entry(id);
    if (!entry) return null;
    const kept = this.#fields.get(id);
    if (kept?.entry === entry) return kept.fields;
    try {
      const { text, notes, entities } = await this.#read(id);
      const fields = articleFields(entry, notes, text, entities);
      if (this.#fields.size >= FIELDS_CACHE) this.#fields.delete(this.#fields.keys().next().value!);
      this.#fields.set(id, { entry, fields });
      return fields;
    } catch {
      return null;
    }
  }

  /** The index on disk was saved under other library rules (then every article in it is suspect). */
  #rulesUnsaved(): boolean {
    return this.#savedRules !== rulesKey(this.#rules);
  }

  #scheduleSave(): void {
    if (this.#saveTimer || this.#closed) return;
    this.#saveTimer = setTimeout(() => {
      this.#saveTimer = null;
      void this.#save().catch(() => undefined);
    }, SAVE_AFTER_MS);
    this.#saveTimer.unref();
  }

  async #save(): Promise<void> {
    this.#unsaved = 0;
    // The rules are saved as done only once every article they touch is indexed again.
    const done = this.#dirty.size === 0 && !this.#syncing;
    const rules = done ? rulesKey(this.#rules) : (this.#savedRules ?? '');
    await this.#request({ kind: 'save', file: this.#file, rules });
    this.#savedRules = rules;
  }
}

/** Which fields a query looks in: `in:highlights` the quotes, `in:notes` the notes. */
function fieldFilter(parsed: ParsedQuery): (field: Field) => boolean {
  const { within, colors } = parsed.filters;
  const colored = (field: Field) => colors.length === 0 || !field.color || colors.includes(field.color);
  if (within === 'highlights') return (field) => field.kind === 'highlight' && colored(field);
  if (within === 'notes')
    return (field) => (field.kind === 'article-note' || field.kind === 'highlight-note') && colored(field);
  return colored;
}

function toResult(
  article: ArticleFields,
  parsed: ParsedQuery,
  { words: pattern, phrases }: { words: RegExp | null; phrases: RegExp[] },
): SearchArticle | null {
  const keep = fieldFilter(parsed);
  if (phrases.length && !hasPhrases(article, phrases, keep)) return null;
  const { matches, matchCount } = pattern
    ? findMatches(article, pattern, keep)
    : { matches: [], matchCount: 0 };
  const { entry } = article;
  return { articleId: entry.id, title: entry.title, addedAt: entry.addedAt, matches, matchCount };
}

/** FNV-1a, enough to notice that an entry's searchable fields changed. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 0x01000193);
  return (value >>> 0).toString(36);
}
