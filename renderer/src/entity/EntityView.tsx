import { useEffect, useMemo } from 'react';
import type { EntityType } from '../../../electron/contract/model';
import { formatDate, plural } from '../common/format';
import { useReadySignal } from '../common/ready';
import { routeHash } from '../common/route';
import { ENTITY_LABELS } from '../common/vocabulary';
import { call } from '../api/client';
import { NoteEditor } from '../editor/NoteEditor';
import { EntityAliases } from './EntityAliases';
import { EntityTimeline } from './EntityTimeline';
import { useEntityPage } from './use-entity-page';
import { SubPageHeader } from './SubPageHeader';

/** A page for one person, place or organization: everywhere it appears across the library. */
export function EntityView({ name, type }: { name: string; type: EntityType }) {
  const { page, error, reload } = useEntityPage(name, type);
  useEffect(() => {
    document.title = `${page?.name ?? name} · Gloss`;
  }, [name, page?.name]);
  useReadySignal('entity', page !== null);
  const canonical = page?.name ?? name;
  const stored = page?.note;
  // The note as stored now: another window's save shows up here, or clashes with unsaved typing.
  const sync = useMemo(
    () =>
      stored && {
        stored,
        load: async () => (await call('entities/page', { name: canonical, type })).note,
      },
    [stored, canonical, type],
  );

  return (
    <div className="library-layout entity-layout">
      <SubPageHeader />
      <main className="library-main" aria-labelledby="entity-title">
        <div className="library-heading entity-heading">
          <span className={`type-dot type-${type}`} aria-hidden="true" />
          <h1 id="entity-title">{page?.name ?? name}</h1>
          <p className="library-count">{ENTITY_LABELS[type].one}</p>
        </div>
        {error && (
          <p className="modal-error" role="alert">
            This page could not be put together. {error}
          </p>
        )}
        {page && (
          <>
            <p className="entity-summary">
              {page.articles.length === 0
                ? 'No article in your library mentions this name.'
                : `${plural(page.mentionCount, 'mention')} in ${plural(page.articles.length, 'article')}.`}
            </p>
            <section aria-labelledby="note-title" className="entity-section">
              <h2 id="note-title">Your note</h2>
              <NoteEditor
                note={page.note}
                sync={sync}
                label={`Note on ${page.name}`}
                placeholder={`What you know about ${page.name}…`}
                testId="entity-note"
                onSave={(note) => call('entities/saveNote', { name: page.name, type, note })}
              />
            </section>
            <EntityAliases page={page} onChanged={reload} />
            {page.coMentions.length > 0 && (
              <section aria-labelledby="with-title" className="entity-section">
                <h2 id="with-title">Appears with</h2>
                <ul className="co-mentions">
                  {page.coMentions.map((other) => (
                    <li key={`${other.type}:${other.name}`}>
                      <a
                        className={`chip co-mention type-${other.type}`}
                        href={routeHash({ name: 'entity', type: other.type, entity: other.name })}
                      >
                        <span className={`type-dot type-${other.type}`} aria-hidden="true" />
                        {other.name}
                        <span
                          className="co-mention-count"
                          aria-label={`${plural(other.articleCount, 'article')} together`}
                        >
                          {other.articleCount}
                        </span>
                      </a>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            {page.articles.length > 0 && (
              <section aria-labelledby="articles-title" className="entity-section">
                <h2 id="articles-title">Articles</h2>
                <ul className="entity-articles">
                  {page.articles.map((article) => (
                    <li key={article.articleId} data-testid="entity-article">
                      <h3 className="search-group-title">
                        <a
                          href={routeHash({
                            name: 'reader',
                            id: article.articleId,
                            at: article.contexts[0]?.start ?? null,
                          })}
                        >
                          {article.title}
                        </a>
                      </h3>
                      <p className="article-row-meta">
                        {article.siteName && <span>{article.siteName}</span>}
                        <span>{formatDate(article.publishedAt ?? article.addedAt)}</span>
                        <span>{plural(article.mentionCount, 'mention')}</span>
                      </p>
                      <ul className="entity-contexts">
                        {article.contexts.map((context) => (
                          <li key={context.start}>
                            <a href={routeHash({ name: 'reader', id: article.articleId, at: context.start })}>
                              {context.snippet.slice(0, context.snippetStart)}
                              <mark>{context.snippet.slice(context.snippetStart, context.snippetEnd)}</mark>
                              {context.snippet.slice(context.snippetEnd)}
                            </a>
                          </li>
                        ))}
                      </ul>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            {page.timeline.length > 0 && (
              <section aria-labelledby="timeline-title" className="entity-section">
                <h2 id="timeline-title">Timeline</h2>
                <EntityTimeline timeline={page.timeline} />
              </section>
            )}
          </>
        )}
      </main>
    </div>
  );
}
