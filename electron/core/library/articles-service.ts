import type { Api } from '../../contract/api';
import type { ArticleSummary } from '../../contract/model';
import { GlossError } from '../errors';
import { checkImportSize, type ArticleParser, type ParsedArticle } from '../import';
import type { ArticleEntry, Store } from '../storage/store';
import { neutralizeBidi } from '../text/bidi';
import type { EntitiesService } from './entities-service';
import { toHighlights } from './highlights-service';
import { newId, nowIso } from './ids';
import { sortArticles } from './article-sort';
import { canonicalTags, hasTag, tagFromLabel } from './tags';

type ArticleMethods = Pick<
  Api,
  | 'articles/list'
  | 'articles/get'
  | 'articles/delete'
  | 'articles/setProgress'
  | 'articles/setReadingState'
  | 'import/file'
>;

export function toSummary(entry: ArticleEntry): ArticleSummary {
  const { highlightTags: _highlightTags, ...summary } = entry;
  return summary;
}

function matches(entry: ArticleEntry, query: string): boolean {
  const needle = query.trim().toLowerCase();
  return [entry.title, entry.byline ?? '', entry.source].some((field) =>
    field.toLowerCase().includes(needle),
  );
}

/** Add a file's article to the library; `source` is where it came from (a name or path). */
export async function importArticle(
  store: Store,
  parser: ArticleParser,
  file: { name: string; bytes: Uint8Array; source?: string },
): Promise<ArticleEntry> {
  const parsed = await parser.parse({ name: file.name, bytes: file.bytes });
  return addParsedArticle(store, parsed, file.source ?? file.name);
}

/** Store a parsed article as a new library entry; `source` is the file name, path or URL. */
export async function addParsedArticle(
  store: Store,
  parsed: ParsedArticle,
  source: string,
): Promise<ArticleEntry> {
  const entry: ArticleEntry = {
    id: newId(),
    // Labels shown across the app: no explicit bidi control may reorder them or what follows.
    title: neutralizeBidi(parsed.title),
    byline: parsed.byline === null ? null : neutralizeBidi(parsed.byline),
    source: neutralizeBidi(source),
    url: parsed.url,
    siteName: parsed.siteName === null ? null : neutralizeBidi(parsed.siteName),
    lang: parsed.lang,
    format: parsed.format,
    publishedAt: parsed.publishedAt,
    addedAt: nowIso(),
    // Tags the file gives (Markdown front matter), spelled as the library already spells them.
    tags: canonicalTags(
      parsed.tags.map(tagFromLabel),
      store.list().flatMap((known) => known.tags),
    ),
    highlightCount: 0,
    wordCount: parsed.wordCount,
    progress: 0,
    readingState: 'inbox',
    highlightTags: [],
  };
  await store.addArticle(entry, {
    id: entry.id,
    text: parsed.text,
    blocks: parsed.blocks,
    marks: parsed.marks,
  });
  return entry;
}

export function articleMethods(
  store: Store,
  parser: ArticleParser,
  entities: EntitiesService,
): ArticleMethods {
  const requireEntry = (id: string) => {
    const entry = store.entry(id);
    if (!entry)
      throw new GlossError('not-found', 'That article is not in the library. It may have been deleted.');
    return entry;
  };

  return {
    'articles/list': ({ tag, query, sort = 'added', state }) => {
      const entries = store
        .list()
        .filter(
          (entry) =>
            (!state || entry.readingState === state) &&
            (!tag || hasTag(entry, tag)) &&
            (!query || matches(entry, query)),
        );
      return Promise.resolve(sortArticles(entries, sort).map(toSummary));
    },

    'articles/get': async ({ id }) => {
      const entry = requireEntry(id);
      const [content, notes, found] = await Promise.all([
        store.readContent(id),
        store.readNotes(id),
        entities.forArticle(id),
      ]);
      return {
        ...toSummary(entry),
        text: content.text,
        blocks: content.blocks.map(({ text: _text, ...block }) => block),
        marks: content.marks,
        entities: found.entities,
        entityList: found.entityList,
        entityState: found.state,
        entityCorrections: found.corrections,
        entityRules: found.rules,
        highlights: toHighlights(id, content.text, notes.highlights, content.blocks),
        note: notes.note,
      };
    },

    'articles/delete': async ({ id }) => {
      requireEntry(id);
      await store.deleteArticle(id);
      entities.forget(id);
      return { ok: true };
    },

    'articles/setProgress': async ({ id, progress }) => {
      requireEntry(id);
      await store.updateEntry(id, { progress });
      return { ok: true };
    },

    'articles/setReadingState': async ({ ids, state }) => {
      const unique = [...new Set(ids)];
      // All or nothing as far as Gloss can tell: a stale id refuses the call before any write.
      const entries = unique.map(requireEntry);
      for (const entry of entries) {
        if (entry.readingState !== state) await store.updateEntry(entry.id, { readingState: state });
      }
      return { ok: true };
    },

    'import/file': async ({ name, data }) => {
      // Refuse an oversized file before decoding it: base64 carries 3 bytes in 4 characters.
      checkImportSize(name, Math.floor((data.length * 3) / 4) - (data.match(/=+$/)?.[0].length ?? 0));
      const entry = await importArticle(store, parser, { name, bytes: Buffer.from(data, 'base64') });
      void entities.forArticle(entry.id, 0).catch(() => undefined);
      return toSummary(entry);
    },
  };
}
