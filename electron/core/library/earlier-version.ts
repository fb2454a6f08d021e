import path from 'node:path';
import type { ImportedArticle } from '../../contract/model';
import { sourceKey } from '../annotations/target-source';
import type { ParsedArticle } from '../import';
import type { ArticleEntry, Store } from '../storage/store';
import { neutralizeBidi } from '../text/bidi';

/** Where an import comes from: the file's name, or the addresses a URL import asked for and got. */
export interface ImportOrigin {
  name?: string;
  addresses?: readonly string[];
}

/** What the library already has of an import: that article, the same (`duplicate`) or not (`changed`). */
export interface EarlierVersion {
  entry: ArticleEntry;
  existing: Extract<ImportedArticle['existing'], 'duplicate' | 'changed'>;
}

const isWebAddress = (address: string | null | undefined): address is string =>
  !!address && /^https?:\/\//i.test(address);

/** An article's web addresses (its page's, and the address it was fetched from), compared by sourceKey. */
const addressKeys = (entry: ArticleEntry): string[] =>
  [entry.url, entry.source].filter(isWebAddress).map(sourceKey);

/**
 * The article an import is a version of: one with the same web address when the import has one
 * (a fragment, tracking parameters, a trailing slash and http vs https ignored), else one from a
 * file of the same name with the same title; the newest when several are. `duplicate` when its
 * text and formatting are the import's, `changed` otherwise (or when its text is lost).
 */
export async function findEarlierVersion(
  store: Store,
  parsed: ParsedArticle,
  origin: ImportOrigin,
): Promise<EarlierVersion | null> {
  const wanted = new Set([parsed.url, ...(origin.addresses ?? [])].filter(isWebAddress).map(sourceKey));
  const title = neutralizeBidi(parsed.title);
  const sameSource = (entry: ArticleEntry) =>
    wanted.size > 0
      ? addressKeys(entry).some((key) => wanted.has(key))
      : origin.name !== undefined &&
        addressKeys(entry).length === 0 &&
        path.basename(entry.source) === path.basename(origin.name) &&
        entry.title === title;
  const entry = store
    .list()
    .filter(sameSource)
    .sort((a, b) => b.addedAt.localeCompare(a.addedAt))[0];
  if (!entry) return null;
  const readable = await store.readContentIfReadable(entry.id);
  const same =
    'content' in readable &&
    readable.content.text === parsed.text &&
    JSON.stringify(readable.content.marks) === JSON.stringify(parsed.marks);
  return { entry, existing: same ? 'duplicate' : 'changed' };
}
