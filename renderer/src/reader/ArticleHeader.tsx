import type { ArticleView } from '../../../electron/contract/model';
import { formatDate, readingTime } from '../common/format';

/** Title and the facts a close reader checks first: who wrote it, when, where it came from. */
export function ArticleHeader({ article }: { article: ArticleView }) {
  let source = article.source;
  let href: string | null = null;
  try {
    const url = new URL(article.source);
    if (url.protocol === 'http:' || url.protocol === 'https:') {
      href = url.href;
      source = url.hostname.replace(/^www\./, '');
    }
  } catch {
    source = article.source.split(/[\\/]/).pop() ?? article.source;
  }
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
          {href ? (
            <a href={href} target="_blank" rel="noreferrer noopener">
              {source}
            </a>
          ) : (
            source
          )}
        </span>
        <span>
          {article.wordCount.toLocaleString()} words · {readingTime(article.wordCount)}
        </span>
      </p>
    </header>
  );
}
