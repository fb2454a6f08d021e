import { memo, useEffect, useRef } from 'react';
import type { ArticleView, Highlight } from '../../../electron/contract/model';
import { call } from '../api/client';
import { NoteEditor } from '../editor/NoteEditor';
import type { HighlightActions } from '../reader/use-highlights';
import { HighlightCard } from './HighlightCard';
import { TagInput } from './TagInput';
import { useProgressiveCount } from './use-progressive-count';

/** The article's own note and tags, then one card per highlight in document order. Memoised: selecting text must not re-render every card. */
export const NotesTab = memo(function NotesTab({
  article,
  articleTags,
  onArticleTags,
  highlights,
  actions,
  active,
  onJump,
}: {
  article: ArticleView;
  articleTags: string[];
  onArticleTags: (tags: string[]) => void;
  highlights: Highlight[];
  actions: HighlightActions;
  active: { id: string; nonce: number } | null;
  onJump: (highlight: Highlight) => void;
}) {
  const list = useRef<HTMLDivElement>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const activeIndex = active ? highlights.findIndex((highlight) => highlight.id === active.id) : -1;
  const shown = useProgressiveCount(highlights.length, activeIndex, sentinel);

  // Clicking a highlight in the text brings its card into view and gives it focus.
  useEffect(() => {
    if (!active) return;
    const card = list.current?.querySelector<HTMLElement>(`[data-highlight-id="${CSS.escape(active.id)}"]`);
    if (!card) return;
    card.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    card.focus({ preventScroll: true });
  }, [active]);

  return (
    <div className="notes-tab">
      <section className="panel-section" aria-labelledby="article-note-title">
        <h2 id="article-note-title" className="panel-heading">
          Article note
        </h2>
        <NoteEditor
          note={article.note}
          label="Article note"
          placeholder="Your thoughts on the whole article…"
          testId="article-note"
          onSave={async (note) => {
            await call('notes/save', { articleId: article.id, note });
          }}
        />
        <TagInput
          tags={articleTags}
          label="Article tags"
          testId="article-tags"
          onChange={async (tags) => {
            const result = await call('tags/set', { articleId: article.id, tags });
            onArticleTags(result.tags);
          }}
        />
      </section>
      <section className="panel-section" aria-labelledby="highlights-title">
        <h2 id="highlights-title" className="panel-heading">
          Highlights <span className="panel-count">{highlights.length}</span>
        </h2>
        {highlights.length === 0 && (
          <p className="panel-empty">
            Select a passage in the article, then press <kbd>H</kbd> or pick a color to highlight it.
          </p>
        )}
        <div ref={list} className="highlight-list">
          {highlights.slice(0, shown).map((highlight) => (
            <HighlightCard
              key={highlight.id}
              highlight={highlight}
              active={active?.id === highlight.id}
              actions={actions}
              onJump={onJump}
            />
          ))}
        </div>
        {shown < highlights.length && (
          <div ref={sentinel} className="panel-muted" role="status">
            Showing {shown} of {highlights.length} highlights…
          </div>
        )}
      </section>
    </div>
  );
});
