import { memo, useEffect, useMemo, useRef } from 'react';
import type { ArticleView, Highlight, Note } from '../../../electron/contract/model';
import { call } from '../api/client';
import type { ArticleField } from '../common/route';
import { NoteEditor } from '../editor/NoteEditor';
import type { HighlightActions } from '../reader/use-highlights';
import { HighlightCard } from './HighlightCard';
import { HighlightList } from './HighlightList';
import { TagInput } from './TagInput';

/**
 * What the Notes tab brings into view and focuses: a highlight's card, or the article's note or
 * tag input. A new `nonce` does it again for the same target. `fresh`: a highlight just made
 * (H or a color), whose card takes what is typed on it as the start of its note.
 */
export type NotesFocus =
  { kind: 'highlight'; id: string; nonce: number; fresh?: boolean } | { kind: ArticleField; nonce: number };

/**
 * Whether bringing `target` into view should glide: only a short way, within about a screen of
 * its scroller. A far jump glides through every card between, each rendered on the way.
 */
function glides(target: HTMLElement): boolean {
  const scroller = target.closest('.panel-body');
  if (!scroller) return true;
  const view = scroller.getBoundingClientRect();
  const box = target.getBoundingClientRect();
  return box.bottom > view.top - view.height && box.top < view.bottom + view.height;
}

/** The article's own note and tags, then one card per highlight in document order. Memoised: selecting text must not re-render every card. */
export const NotesTab = memo(function NotesTab({
  article,
  note,
  articleTags,
  onArticleTags,
  highlights,
  actions,
  active,
  onJump,
}: {
  article: ArticleView;
  /** The article's note as stored now (it follows other windows' saves). */
  note: Note;
  articleTags: string[];
  onArticleTags: (tags: string[]) => void;
  highlights: Highlight[];
  actions: HighlightActions;
  active: NotesFocus | null;
  onJump: (highlight: Highlight) => void;
}) {
  const list = useRef<HTMLDivElement>(null);
  const own = useRef<HTMLElement>(null);
  // Highlights whose passage a new version no longer has: listed apart, never painted. When the
  // whole text is lost every highlight is one, and they stay in the one list.
  const [anchored, orphans] = useMemo(() => {
    if (article.textLost) return [highlights, []];
    return [
      highlights.filter((highlight) => highlight.anchor !== 'orphan'),
      highlights.filter((highlight) => highlight.anchor === 'orphan'),
    ];
  }, [highlights, article.textLost]);
  const activeId = active?.kind === 'highlight' ? active.id : null;
  const activeIsNew = active?.kind === 'highlight' && active.fresh === true;
  const articleId = article.id;
  const sync = useMemo(
    () => ({
      stored: note,
      load: async () => (await call('notes/get', { articleId })).note,
    }),
    [note, articleId],
  );

  // Clicking a highlight in the text brings its card into view and gives it focus; opening the
  // article from a search match on its note or tags does the same for the editor or tag input.
  useEffect(() => {
    if (!active) return;
    const find = () =>
      active.kind === 'highlight'
        ? // By its stored id, or by the temporary one a card made with H keeps as its key.
          list.current?.querySelector<HTMLElement>(
            `[data-highlight-id="${CSS.escape(active.id)}"], [data-card-key="${CSS.escape(active.id)}"]`,
          )
        : own.current?.querySelector<HTMLElement>(
            active.kind === 'note' ? '[contenteditable="true"]' : '[role="combobox"]',
          );
    // The virtualised list renders a card once its tab is shown and measured (a frame or two
    // after a switch from the Entities tab): look again in the next frames until it is there.
    let frame = 0;
    let tries = 0;
    const attempt = () => {
      const target = find();
      if (target) {
        target.focus({ preventScroll: true });
        target.scrollIntoView({ block: 'nearest', behavior: glides(target) ? 'smooth' : 'instant' });
      }
      if ((!target || !target.contains(document.activeElement)) && ++tries < 5)
        frame = requestAnimationFrame(attempt);
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  }, [active]);

  return (
    <div className="notes-tab">
      <section ref={own} className="panel-section" aria-labelledby="article-note-title">
        <h2 id="article-note-title" className="panel-heading">
          Article note
        </h2>
        <NoteEditor
          note={article.note}
          sync={sync}
          label="Article note"
          placeholder="Your thoughts on the whole article…"
          testId="article-note"
          onSave={(input) => call('notes/save', { articleId, note: input })}
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
          Highlights <span className="panel-count">{anchored.length}</span>
        </h2>
        {anchored.length === 0 && (
          <p className="panel-empty">
            Select a passage in the article, then press <kbd>H</kbd> or pick a color to highlight it.
          </p>
        )}
        <div ref={list}>
          <HighlightList
            highlights={anchored}
            activeId={activeId}
            activeIsNew={activeIsNew}
            actions={actions}
            onJump={onJump}
          />
          {orphans.length > 0 && (
            // Few, and after the list: plain cards, not virtualised.
            <section className="panel-section orphan-section" aria-labelledby="orphans-title">
              <h2 id="orphans-title" className="panel-heading">
                Not in this version <span className="panel-count">{orphans.length}</span>
              </h2>
              <p className="panel-muted">
                Their passages are no longer in the article’s text. Each keeps its quote, note and tags, and
                they are still exported.
              </p>
              <div className="orphan-list" data-testid="orphan-list">
                {orphans.map((highlight) => (
                  <HighlightCard
                    key={highlight.id}
                    highlight={highlight}
                    active={activeId !== null && actions.names(highlight, activeId)}
                    actions={actions}
                    onJump={onJump}
                  />
                ))}
              </div>
            </section>
          )}
        </div>
      </section>
    </div>
  );
});
