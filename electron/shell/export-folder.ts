const ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_ARTICLES = 100_000;

/** Checks the renderer's options for a folder export; it is untrusted like any other caller. */
export function checkExportFolderArgs(options: unknown): { entityNotes: boolean; articleIds?: string[] } {
  if (typeof options !== 'object' || options === null) throw new Error('The export options are not valid.');
  const { entityNotes, articleIds, ...rest } = options as Record<string, unknown>;
  if (Object.keys(rest).length > 0 || typeof entityNotes !== 'boolean')
    throw new Error('The export options are not valid.');
  if (articleIds === undefined) return { entityNotes };
  if (
    !Array.isArray(articleIds) ||
    articleIds.length === 0 ||
    articleIds.length > MAX_ARTICLES ||
    !articleIds.every((id) => typeof id === 'string' && ID.test(id))
  ) {
    throw new Error('The articles to export are not valid.');
  }
  return { entityNotes, articleIds: articleIds as string[] };
}
