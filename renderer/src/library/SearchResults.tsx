import type { KeyboardEvent } from 'react';
import type { SearchArticle, SearchIndexing, SearchMatch } from '../../../electron/contract/model';
import { plural } from '../common/format';
import { routeHash, type Route } from '../common/route';
import { writtenMatches, type LibrarySearchState } from './use-library-search';

const KIND_LABEL: Record<SearchMatch['kind'], string> = {
  title: 'Title',
  tag: 'Tag',
  'article-note': 'Article note',
  highlight: 'Highlight',
  'highlight-note': 'Note on a highlight',
  body: 'Text',
  entity: 'Mentions',
};

/** The snippet as text, the matched range in a <mark>: offsets from the core, never HTML. */
function Snippet({ match }: { match: SearchMatch }) {
  const { snippet, start, end } = match;
  return (
    <span className="search-snippet">
      {match.kind === 'tag' && '#'}
      {snippet.slice(0, start)}
      <mark>{snippet.slice(start, end)}</mark>
      {snippet.slice(end)}
    </span>
  );
}

function label(match: SearchMatch): string {
  return match.kind === 'tag' && match.highlightId ? 'Tag on a highlight' : KIND_LABEL[match.kind];
}

/** Where a match opens the article: at its highlight, at the article's note or tags, or at the top. */
function matchRoute(articleId: string, match: SearchMatch): Route {
  const route: Route = { name: 'reader', id: articleId, at: null };
  if (match.highlightId) return { ...route, highlight: match.highlightId };
  if (match.kind === 'article-note') return { ...route, focus: 'note' };
  if (match.kind === 'tag') return { ...route, focus: 'tags' };
  return match.at !== undefined ? { ...route, at: match.at } : route;
}

function ArticleMatches({ article }: { article: SearchArticle }) {
  // Title matches are in the article list below; here, the text and what the reader wrote and marked.
  const matches = article.matches.filter((match) => match.kind !== 'title');
  const titled = article.matches.length - matches.length;
  const more = article.matchCount - titled - matches.length;
  return (
    <li className="search-group">
      <h3 className="search-group-title">
        <a href={routeHash({ name: 'reader', id: article.articleId, at: null })} data-search-result="">
          {article.title}
        </a>
      </h3>
      <ul className="search-matches">
        {matches.map((match, index) => (
          <li key={`${match.kind}-${match.highlightId ?? ''}-${index}`}>
            <a
              className={`search-match${match.color ? ` card-${match.color}` : ''}`}
              href={routeHash(matchRoute(article.articleId, match))}
              data-search-result=""
            >
              <span className="search-kind">{label(match)}</span> <Snippet match={match} />
            </a>
          </li>
        ))}
      </ul>
      {more > 0 && (
        <p className="search-more">and {plural(more, 'more match', 'more matches')} in this article</p>
      )}
    </li>
  );
}

/** Up and Down move between results (links, so Enter opens one); Up from the first goes back to the box. */
function moveFocus(event: KeyboardEvent<HTMLElement>, backTo: () => void) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-search-result]')];
  const index = links.indexOf(document.activeElement as HTMLElement);
  if (index === -1) return;
  event.preventDefault();
  const next = index + (event.key === 'ArrowDown' ? 1 : -1);
  if (next < 0) backTo();
  else links[Math.min(next, links.length - 1)]?.focus();
}

/** Library search: what matches (text, highlights, notes, tags, entities), grouped by article, best first. */
export function SearchResults({
  search,
  indexing,
  onBackToSearch,
}: {
  search: LibrarySearchState;
  /** A build of the index is under way (the answer covers only what it has read so far). */
  indexing: SearchIndexing | null;
  onBackToSearch: () => void;
}) {
  const { results, pending, error } = search;
  const articles = results ? writtenMatches(results) : [];
  const matchCount = articles.reduce(
    (sum, article) => sum + article.matches.filter((m) => m.kind !== 'title').length,
    0,
  );
  // The answer came from a part of the index: said (with how far the build is now) until asked again.
  const partial = results?.indexing ? (indexing ?? results.indexing) : null;
  const still = partial
    ? `the library is still being indexed (${partial.indexed.toLocaleString('en-US')} of ${partial.total.toLocaleString('en-US')} articles read)`
    : '';
  let status: string;
  if (error) status = error;
  else if (!results) status = 'Searching your library…';
  else if (articles.length === 0)
    status = partial
      ? `Nothing matches “${results.query}” yet: ${still}.`
      : `Nothing in your library matches “${results.query}”.`;
  else if (partial)
    status = `${plural(matchCount, 'match', 'matches')} in ${plural(articles.length, 'article')} so far: ${still}`;
  else
    status = `${plural(matchCount, 'match', 'matches')} in ${plural(articles.length, 'article')}${results.truncated ? ' (the most relevant shown)' : ''}`;
  return (
    <section
      className="search-results"
      aria-labelledby="search-results-title"
      aria-busy={pending}
      data-incomplete={partial ? '' : undefined}
      onKeyDown={(event) => moveFocus(event, onBackToSearch)}
    >
      <div className="search-results-heading">
        <h2 id="search-results-title">In your library</h2>
        <p className={error ? 'field-error' : 'library-count'} role="status" data-testid="search-status">
          {status}
        </p>
      </div>
      {articles.length > 0 && (
        <ol className="search-groups" aria-label="Matching articles">
          {articles.map((article) => (
            <ArticleMatches key={article.articleId} article={article} />
          ))}
        </ol>
      )}
    </section>
  );
}
