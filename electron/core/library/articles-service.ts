import { createHash } from 'node:crypto';
import type { Api } from '../../contract/api';
import type { ArticleSummary, ImportedArticle } from '../../contract/model';
import { encodeMentions } from '../../contract/codec/mention-columns';
import { GlossError } from '../errors';
import { decodePage } from '../fetch';
import { folderPath, importImageSource, keepImages, keptImageSource, type ImageSource } from '../images';
import { checkImportSize, extensionOf, type ArticleParser, type ParsedArticle } from '../import';
import type { ArticleContent, ArticleEntry, Store } from '../storage/store';
import { neutralizeBidi } from '../text/bidi';
import { findEarlierVersion } from './earlier-version';
import type { EntitiesService } from './entities-service';
import { toHighlights } from './highlights-service';
import { newId, nowIso } from './ids';
import { sortArticles } from './article-sort';
import { canonicalTags, hasTag, tagFromLabel } from './tags';

type ArticleMethods = Pick<
  Api,
  | 'articles/list'
  | 'articles/get'
  | 'articles/restoreText'
  | 'articles/delete'
  | 'articles/setProgress'
  | 'articles/setReadingState'
  | 'import/file'
>;

export function toSummary(entry: ArticleEntry): ArticleSummary {
  const { highlightTags: _highlightTags, sourceHash: _sourceHash, ...summary } = entry;
  return summary;
}

function matches(entry: ArticleEntry, query: string): boolean {
  const needle = query.trim().toLowerCase();
  return [entry.title, entry.byline ?? '', entry.source].some((field) =>
    field.toLowerCase().includes(needle),
  );
}

/** The SHA-256 (hex) of the file an article came from: the same file imported again finds it. */
export const sourceHashOf = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The content an article's parsed file becomes. */
const contentOf = (id: string, parsed: ParsedArticle): ArticleContent => ({
  id,
  text: parsed.text,
  blocks: parsed.blocks,
  marks: parsed.marks,
});

/**
 * Add a file's article to the library, and keep the file in its folder; `source` is where it
 * came from (a name or path). The same file imported again adds nothing: the answer is the
 * article it already is, with its text restored if that was lost. A file the library has an
 * earlier version of (earlier-version.ts) adds nothing either, unless `separate`: the answer is
 * that article, `changed` (or `duplicate` when only the bytes differ, not the text).
 */
export async function importArticle(
  store: Store,
  parser: ArticleParser,
  file: {
    name: string;
    bytes: Uint8Array;
    source?: string;
    /** Files imported with it (a saved page's `_files` folder, images next to a `.md`), by relative path. */
    files?: ReadonlyMap<string, Uint8Array>;
    /** Add it even when the library has an earlier, different version of it. */
    separate?: boolean;
  },
): Promise<{ entry: ArticleEntry; existing?: ImportedArticle['existing'] }> {
  const images = importImageSource({ fetchWeb: false, ...(file.files ? { files: file.files } : {}) });
  const hash = sourceHashOf(file.bytes);
  const known = store.list().find((entry) => entry.sourceHash === hash);
  if (known) {
    const readable = await store.readContentIfReadable(known.id);
    if (!('lost' in readable)) return { entry: known, existing: 'duplicate' };
    const parsed = await parser.parse({ name: file.name, bytes: file.bytes });
    const kept = await keepImages(known.id, parsed.blocks, parsed.figures, images);
    await store.replaceContent(known.id, contentOf(known.id, { ...parsed, blocks: kept.blocks }), kept.files);
    return { entry: known, existing: 'reattached' };
  }
  const parsed = await parser.parse({ name: file.name, bytes: file.bytes });
  const earlier = await findEarlierVersion(store, parsed, { name: file.name });
  if (earlier && !(file.separate && earlier.existing === 'changed')) return earlier;
  // A file that parsed has one of the extensions Gloss imports (the parser goes by it).
  const source = { extension: extensionOf(file.name), bytes: file.bytes };
  const entry = await addParsedArticle(store, parsed, file.source ?? file.name, hash, images, source);
  return { entry };
}

/**
 * Keep the file an article came from in its folder, to restore a lost text from it later, with
 * the kept image each of its image addresses became (`images`, keep-images.ts).
 */
export async function keepSource(
  store: Store,
  id: string,
  extension: string,
  bytes: Uint8Array,
  images: ReadonlyMap<string, string> = new Map(),
): Promise<void> {
  // A convenience for later: an import never fails for want of it.
  await store.keepSource(id, { extension, bytes, images }).catch(() => undefined);
}

/**
 * Store a parsed article as a new library entry; `source` is the file name, path or URL, and
 * `file` the file (or fetched page) to keep beside it.
 */
export async function addParsedArticle(
  store: Store,
  parsed: ParsedArticle,
  source: string,
  sourceHash?: string,
  images: ImageSource = importImageSource({ fetchWeb: false }),
  file?: { extension: string; bytes: Uint8Array },
): Promise<ArticleEntry> {
  const id = newId();
  // Images are resolved before anything is written; the store writes them before the content
  // that shows them.
  const kept = await keepImages(id, parsed.blocks, parsed.figures, images);
  const entry: ArticleEntry = {
    id,
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
    ...(sourceHash ? { sourceHash } : {}),
  };
  await store.addArticle(entry, contentOf(entry.id, { ...parsed, blocks: kept.blocks }), kept.files);
  if (file) await keepSource(store, entry.id, file.extension, file.bytes, kept.sources);
  return entry;
}

/** Files sent with an import, by their path relative to the imported file's folder. */
export function companionFiles(files: readonly { path: string; data: string }[]): Map<string, Uint8Array> {
  const byPath = new Map<string, Uint8Array>();
  for (const file of files) {
    const inFolder = folderPath(file.path);
    if (inFolder !== null) byPath.set(inFolder, Buffer.from(file.data, 'base64'));
  }
  return byPath;
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
      const readable = await store.readContentIfReadable(id);
      if ('lost' in readable) {
        // The text is gone, not what the user wrote: the notes and highlights (their quotes
        // kept) are shown and exported, and the text can come back from the kept source.
        const [notes, source] = await Promise.all([store.readNotes(id), store.readSource(id)]);
        return {
          ...toSummary(entry),
          text: '',
          blocks: [],
          marks: [],
          mentions: { start: [], end: [], entity: [] },
          entityList: [],
          entityState: { status: 'ready' },
          entityCorrections: notes.corrections,
          entityRules: [],
          highlights: toHighlights(id, '', notes.highlights),
          note: notes.note,
          textLost: { message: readable.lost, restorable: source !== null },
        };
      }
      const content = readable.content;
      const [notes, found] = await Promise.all([store.readNotes(id), entities.forArticle(id)]);
      return {
        ...toSummary(entry),
        text: content.text,
        blocks: content.blocks.map(({ text: _text, ...block }) => block),
        marks: content.marks,
        mentions: encodeMentions(found.entities, found.entityList),
        entityList: found.entityList,
        entityState: found.state,
        entityCorrections: found.corrections,
        entityRules: found.rules,
        highlights: toHighlights(id, content.text, notes.highlights, content.blocks),
        note: notes.note,
        textLost: null,
      };
    },

    'articles/restoreText': async ({ id }) => {
      const entry = requireEntry(id);
      const source = await store.readSource(id);
      if (!source) {
        throw new GlossError(
          'not-found',
          `Gloss kept no copy of the file “${entry.title}” came from. Import that file again: it is matched to this article, and its highlights are kept.`,
        );
      }
      // A fetched page is read again as a page of its address (its images' addresses, as at import).
      const parsed =
        source.extension === 'html' && /^https?:\/\//i.test(entry.source)
          ? await parser.parsePage({ html: decodePage(source.bytes, null).text, url: entry.source })
          : await parser.parse({ name: `source.${source.extension}`, bytes: source.bytes });
      // Its images as kept at import (and data: URIs from the file itself); nothing is fetched.
      const kept = await keepImages(id, parsed.blocks, parsed.figures, keptImageSource(source.imageBytes));
      await store.replaceContent(id, contentOf(id, { ...parsed, blocks: kept.blocks }), kept.files);
      entities.forget(id);
      return { ok: true };
    },

    'articles/delete': async (params) => {
      // All or nothing as far as Gloss can tell: a stale id refuses the call before any write.
      const entries = [...new Set('ids' in params ? params.ids : [params.id])].map(requireEntry);
      // The entities service forgets each one as its article/deleted change arrives.
      for (const entry of entries) await store.deleteArticle(entry.id);
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

    'import/file': async ({ name, data, files, separate }) => {
      // Refuse an oversized file before decoding it: base64 carries 3 bytes in 4 characters.
      checkImportSize(name, Math.floor((data.length * 3) / 4) - (data.match(/=+$/)?.[0].length ?? 0));
      const { entry, existing } = await importArticle(store, parser, {
        name,
        bytes: Buffer.from(data, 'base64'),
        ...(files ? { files: companionFiles(files) } : {}),
        ...(separate ? { separate } : {}),
      });
      if (existing === 'reattached') entities.forget(entry.id);
      void entities.forArticle(entry.id, 0).catch(() => undefined);
      return existing ? { ...toSummary(entry), existing } : toSummary(entry);
    },
  };
}
