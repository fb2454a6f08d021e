import { useCallback, useEffect, useRef } from 'react';
import type { ArticleSummary, ReadingState } from '../../../electron/contract/model';
import { dialogOpen, isTyping } from '../common/keyboard';
import type { SelectAction, Selection } from '../common/selection';
import { stateForKey } from '../reading-state/reading-state-keys';
import { useMoveArticles } from '../reading-state/use-move-articles';

const rowLink = (id: string) =>
  document.querySelector<HTMLElement>(`[data-article-id="${CSS.escape(id)}"] .article-row-title a`);
const focusedRow = () => document.activeElement?.closest<HTMLElement>('[data-article-id]')?.dataset.articleId;

/**
 * The library's keyboard and moves: ↓/↑ go from row to row, X picks the focused row (Shift+X a
 * range), A/L/I move the picked rows (or the focused one) to a reading state. Rows that leave
 * the list hand the focus to the next row still listed.
 */
export function useRowActions({
  articles,
  state,
  selection,
  act,
  onMoved,
}: {
  articles: ArticleSummary[] | null;
  state: ReadingState | null;
  selection: Selection;
  act: (action: SelectAction) => void;
  onMoved: () => void;
}) {
  const move = useMoveArticles(onMoved);
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const id = focusNext.current;
    if (!id || !articles) return;
    focusNext.current = null;
    rowLink(id)?.focus();
  }, [articles]);

  const moveArticles = useCallback(
    (moving: ArticleSummary[], to: ReadingState) => {
      if (state !== null && state !== to) {
        const listed = articles ?? [];
        const leaving = new Set(moving.map((article) => article.id));
        const last = Math.max(...moving.map((article) => listed.findIndex((item) => item.id === article.id)));
        const staying = (item: ArticleSummary) => !leaving.has(item.id);
        const next = listed.slice(last + 1).find(staying) ?? listed.slice(0, last).reverse().find(staying);
        if (focusedRow() !== undefined) focusNext.current = next?.id ?? null;
      }
      void move(moving, to);
    },
    [articles, state, move],
  );

  const latest = useRef({ articles, selection, act, moveArticles });
  latest.current = { articles, selection, act, moveArticles };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { articles: listed, selection: picked, act: pick, moveArticles: moveTo } = latest.current;
      const focused = listed?.find((article) => article.id === focusedRow());
      const wanted = stateForKey(event);
      if (wanted) {
        const targets = picked.ids.size > 0 ? (listed ?? []).filter((a) => picked.ids.has(a.id)) : [];
        const moving = targets.length > 0 ? targets : focused ? [focused] : [];
        if (moving.length === 0) return;
        event.preventDefault();
        moveTo(moving, wanted);
        return;
      }
      if (event.defaultPrevented || isTyping(event) || dialogOpen() || !listed || !focused) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'x' || event.key === 'X') {
        event.preventDefault();
        pick({ kind: 'click', id: focused.id, shift: event.shiftKey, toggle: true });
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        const at = listed.indexOf(focused) + (event.key === 'ArrowDown' ? 1 : -1);
        const target = listed[at];
        if (!target) return;
        event.preventDefault();
        rowLink(target.id)?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return {
    moveArticles,
    moveRow: (article: ArticleSummary, to: ReadingState) => moveArticles([article], to),
  };
}
