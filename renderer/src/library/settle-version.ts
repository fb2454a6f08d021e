import type { ImportedArticle, NewVersion } from '../../../electron/contract/model';
import { importFile, importFileVersion } from './import-file';
import type { PathedFile } from './import-groups';
import { importUrl, importUrlVersion } from './import-url';
import type { VersionChoice } from './version-question';

/** What was imported: a file (with the files that came with it) or a web page by its address. */
export type ImportSource = { file: File; companions?: PathedFile[] } | { url: string };

/** How an import ended: the article, and when it became an article's new version, what that did. */
export interface ImportOutcome {
  article: ImportedArticle;
  version?: NewVersion;
}

/**
 * Carry out the user's answer for an import the library has in an earlier version (`existing`,
 * the article it has): the same file or address again as its new version, or as an article of
 * its own; Cancel leaves the library as it is.
 */
export async function settleVersion(
  choice: VersionChoice,
  existing: ImportedArticle,
  source: ImportSource,
): Promise<ImportOutcome> {
  if (choice === 'cancel') return { article: existing };
  if (choice === 'separate') {
    const article = await ('file' in source
      ? importFile(source.file, source.companions, true)
      : importUrl(source.url, true));
    return { article };
  }
  const version = await ('file' in source
    ? importFileVersion(existing.id, source.file, source.companions)
    : importUrlVersion(existing.id, source.url));
  return { article: version.article, version };
}
