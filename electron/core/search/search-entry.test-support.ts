/**
 * An article's entry as the search tests index it: a Markdown file with no published date.
 * (Written out here: the search layer may not reach the storage layer's `makeEntry`.)
 */
export const searchEntry = (id: string, title: string, more: Record<string, unknown> = {}) => ({
  id,
  title,
  byline: null,
  source: `/home/reader/${id}.md`,
  url: null,
  siteName: null,
  lang: null,
  format: 'markdown' as const,
  publishedAt: null,
  addedAt: '2025-01-01T00:00:00.000Z',
  tags: [],
  highlightCount: 0,
  wordCount: 10,
  progress: 0,
  highlightTags: [],
  readingState: 'inbox' as const,
  ...more,
});
