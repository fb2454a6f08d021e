import { useEffect, useState } from 'react';
import type { Entity, EntityIndexEntry } from '../../../electron/contract/model';
import { call } from '../api/client';
import { describeError } from '../api/api-error';
import { plural } from '../common/format';
import { routeHash } from '../common/route';

/** The entity index: other articles in the library that mention this entity, opened at it. */
export function OtherArticles({ entity, articleId }: { entity: Entity; articleId: string }) {
  const [entry, setEntry] = useState<EntityIndexEntry | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setEntry(null);
    setError(null);
    call('entities/articles', { name: entity.name, type: entity.type }).then(
      (value) => live && setEntry(value),
      (failure: unknown) => live && setError(describeError(failure)),
    );
    return () => {
      live = false;
    };
  }, [entity.name, entity.type]);

  const others = entry?.articles.filter((article) => article.articleId !== articleId) ?? [];
  return (
    <section className="other-articles" aria-label={`Other articles mentioning ${entity.name}`}>
      <h3 className="field-label">Other articles</h3>
      {error && <p className="field-error">{error}</p>}
      {!entry && !error && <p className="panel-muted">Looking through your library…</p>}
      {entry && others.length === 0 && (
        <p className="panel-muted">No other article in your library mentions {entity.name}.</p>
      )}
      {others.length > 0 && (
        <ul className="other-article-list">
          {others.map((article) => (
            <li key={article.articleId}>
              <a href={routeHash({ name: 'reader', id: article.articleId, at: article.firstMention.start })}>
                {article.title}
              </a>
              <span className="panel-muted"> · {plural(article.mentionCount, 'mention')}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
