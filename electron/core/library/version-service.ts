import type { Api } from '../../contract/api';
import type { NewVersion } from '../../contract/model';
import { anchorAll, quoteSelector } from '../anchoring';
import { GlossError } from '../errors';
import { asLibraryWork } from './call-context';
import { importImageSource, keepImages, type ImageSource } from '../images';
import { checkImportSize, type ArticleParser } from '../import';
import type { FetchLimits } from '../fetch';
import type { Store, StoredHighlight } from '../storage/store';
import { neutralizeBidi } from '../text/bidi';
import { companionFiles, keepSource, sourceHashOf, toSummary } from './articles-service';
import type { EntitiesService } from './entities-service';
import { fetchArticle, type FetchedArticle } from './url-import-service';

/** Where each highlight is in the new text: those found elsewhere with their new selector, and the orphans. */
function reanchor(text: string, highlights: readonly StoredHighlight[]) {
  const anchored = anchorAll(
    text,
    highlights.map((highlight) => highlight.selector),
  );
  const moves: { highlightId: string; selector: StoredHighlight['selector'] }[] = [];
  const orphans: StoredHighlight[] = [];
  highlights.forEach((highlight, i) => {
    const { start, end, status } = anchored[i]!;
    // An orphan keeps its old selector: the quote and its context are all that is left of it.
    if (status === 'orphan') orphans.push(highlight);
    // Found elsewhere, or a little reworded: it now quotes the passage as the new text has it.
    else if (status !== 'position') {
      moves.push({
        highlightId: highlight.id,
        selector: { quote: quoteSelector(text, start, end), position: { start, end } },
      });
    }
  });
  return { moves, orphans };
}

/**
 * Replace an article's content with a newly parsed version of it, keeping its id, its notes
 * and the user's fields (title edits, tags, reading state). Highlights are re-anchored
 * (anchoring/: position, exact quote, fuzzy quote with prefix and suffix) and their selectors
 * moved to where they are now; those that no longer anchor stay as orphans, quote and note
 * intact, shown under "No longer in the text".
 */
export async function addVersion(
  store: Store,
  entities: EntitiesService,
  articleId: string,
  { parsed, source, kept }: FetchedArticle,
  images: ImageSource,
): Promise<NewVersion> {
  const entry = store.entry(articleId);
  if (!entry)
    throw new GlossError('not-found', 'That article is not in the library. It may have been deleted.');
  const fields = {
    source: neutralizeBidi(source),
    url: parsed.url ?? entry.url,
    siteName: parsed.siteName === null ? entry.siteName : neutralizeBidi(parsed.siteName),
    byline: parsed.byline === null ? entry.byline : neutralizeBidi(parsed.byline),
    lang: parsed.lang ?? entry.lang,
    publishedAt: parsed.publishedAt ?? entry.publishedAt,
    format: parsed.format,
    wordCount: parsed.wordCount,
    // Importing this version's file again is then a duplicate of the article.
    sourceHash: sourceHashOf(kept.bytes),
  };
  const { text, marks } = parsed;
  // The new version's images are kept as an import keeps them, written before the text.
  const media = await keepImages(articleId, parsed.blocks, parsed.figures, images);
  // Those of the old version it no longer shows go: a version's images are the ones it shows.
  await store.replaceContent(articleId, { id: articleId, text, blocks: media.blocks, marks }, media.files, {
    dropUnusedMedia: true,
  });
  await keepSource(store, articleId, kept.extension, kept.bytes, media.sources);
  // Not undoable: an undo would take back the details and the moved highlights, not the text.
  // Written as the library's own work, so no window's undo holds it (and older steps on what it
  // touched are refused as stale, rather than applied over the new text).
  const { orphans, count, updated } = await asLibraryWork('new-version', async () => {
    const notes = await store.readNotes(articleId);
    const { moves, orphans } = reanchor(text, notes.highlights);
    for (const { highlightId, selector } of moves) {
      // One deleted meanwhile (another window) has nothing left to move.
      await store
        .apply({ type: 'highlight/updated', articleId, highlightId, set: { selector } })
        .catch((error: unknown) => {
          if (!(error instanceof GlossError && error.code === 'not-found')) throw error;
        });
    }
    // The entry's new fields as a record: every window hears of the new version and reloads it.
    const updated = await store.updateEntry(articleId, fields);
    return { orphans, count: notes.highlights.length, updated };
  });
  entities.forget(articleId);
  void entities.forArticle(articleId, 0).catch(() => undefined);
  return {
    article: toSummary(updated),
    kept: count - orphans.length,
    orphans: orphans.map((highlight) => ({
      highlightId: highlight.id,
      exact: highlight.selector.quote.exact,
      note: highlight.note.markdown,
    })),
  };
}

/** A file's bytes from base64, refused before decoding when oversized (4 characters carry 3 bytes). */
function decodeImport(name: string, data: string): Buffer {
  checkImportSize(name, Math.floor((data.length * 3) / 4) - (data.match(/=+$/)?.[0].length ?? 0));
  return Buffer.from(data, 'base64');
}

export function versionMethods(
  store: Store,
  parser: ArticleParser,
  entities: EntitiesService,
  limits?: FetchLimits,
): Pick<Api, 'import/version'> {
  return {
    'import/version': async (params) => {
      if ('url' in params) {
        const fetched = await fetchArticle(parser, params.url, limits);
        return addVersion(store, entities, params.articleId, fetched, importImageSource({ fetchWeb: true }));
      }
      const { name, data, files } = params;
      const bytes = decodeImport(name, data);
      const parsed = await parser.parse({ name, bytes });
      const extension = /\.([A-Za-z0-9]{1,10})$/.exec(name)?.[1]?.toLowerCase() ?? 'txt';
      const fromFile = { parsed, source: name, kept: { extension, bytes } };
      // The images sent with the file, as `import/file` takes them (a `_files` folder, a `.md`'s).
      const images = importImageSource({
        fetchWeb: false,
        ...(files ? { files: companionFiles(files) } : {}),
      });
      return addVersion(store, entities, params.articleId, fromFile, images);
    },
  };
}
