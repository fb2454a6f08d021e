import type { ArticleSort, ArticleSummary } from '../../contract/model';

type Compare = (a: ArticleSummary, b: ArticleSummary) => number;

// Titles as a person alphabetises them: case and accents second, "Part 2" before "Part 10".
const titles = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const newestAdded: Compare = (a, b) => b.addedAt.localeCompare(a.addedAt);

/** Articles without a publication date come after every dated one. */
const newestPublished: Compare = (a, b) => {
  if (a.publishedAt === b.publishedAt) return 0;
  if (a.publishedAt === null) return 1;
  if (b.publishedAt === null) return -1;
  return b.publishedAt.localeCompare(a.publishedAt);
};

const ORDERS: Record<ArticleSort, Compare> = {
  added: newestAdded,
  published: newestPublished,
  title: (a, b) => titles.compare(a.title, b.title),
  progress: (a, b) => b.progress - a.progress,
  highlights: (a, b) => b.highlightCount - a.highlightCount,
};

/** A sorted copy: in the order `sort` names, ties newest added first, then by id (stable across calls). */
export function sortArticles<T extends ArticleSummary>(articles: readonly T[], sort: ArticleSort): T[] {
  const order = ORDERS[sort];
  return [...articles].sort((a, b) => order(a, b) || newestAdded(a, b) || a.id.localeCompare(b.id));
}
