import type { ArticleView } from '../../../electron/contract/model';
import { formatDate, readingTime } from '../common/format';
import { articleOrigin } from '../common/links';

/** Title and the facts a close reader checks first: who wrote it, when, where it came from. */
export function ArticleHeader({ article }: { article: ArticleView }) {
  const origin = articleOrigin(article);
  return (
    <header className="article-header">
      <h1 className="article-title">{article.title}</h1>
      <p className="article-meta">
        {article.byline && <span className="article-byline">{article.byline}</span>}
        {article.publishedAt && (
          <time dateTime={article.publishedAt} data-testid="published">
            {formatDate(article.publishedAt)}
          </time>
        )}
        <span>
          {origin.href ? (
            <a href={origin.href} target="_blank" rel="noreferrer noopener">
              {origin.label}
            </a>
          ) : (
            origin.label
          )}
        </span>
        <span>
          {article.wordCount.toLocaleString()} words · {readingTime(article.wordCount)}
        </span>
      </p>
    </header>
  );
}
