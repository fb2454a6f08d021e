import { useCallback, useEffect, useRef } from 'react';
import type { ArticleSummary, ReadingState } from '../../../electron/contract/model';
import { dialogOpen, isTyping } from '../common/keyboard';
import type { SelectAction, Selection } from '../common/selection';
import { stateForKey } from '../reading-state/reading-state-keys';
import { useMoveArticles } from '../reading-state/use-move-articles';
import { useDeleteArticles } from '../trash/use-delete-articles';

const rowLink = (id: string) =>
  document.querySelector<HTMLElement>(`[data-article-id="${CSS.escape(id)}"] .article-row-title a`);
const focusedRow = () => document.activeElement?.closest<HTMLElement>('[data-article-id]')?.dataset.articleId;

/**
 * The library's keyboard, moves and deletes: ↓/↑ go from row to row, X picks the focused row
 * (Shift+X a range), A/L/I move the picked rows (or the focused one) to a reading state, Delete
 * moves them to the trash. Rows that leave the list hand the focus to the next row still listed.
 */
export function useRowActions({
  articles,
  state,
  selection,
  act,
  onMoved,
  onDeleted,
}: {
  articles: ArticleSummary[] | null;
  state: ReadingState | null;
  selection: Selection;
  act: (action: SelectAction) => void;
  onMoved: () => void;
  onDeleted: () => void;
}) {
  const move = useMoveArticles(onMoved);
  const remove = useDeleteArticles(onDeleted);
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const id = focusNext.current;
    if (!id || !articles) return;
    focusNext.current = null;
    rowLink(id)?.focus();
  }, [articles]);

  /** Rows about to leave the list: the keyboard focus, if on a row, goes to the next one staying. */
  const handOffFocus = useCallback(
    (leavingRows: readonly ArticleSummary[]) => {
      if (focusedRow() === undefined) return;
      const listed = articles ?? [];
      const leaving = new Set(leavingRows.map((article) => article.id));
      const last = Math.max(
        ...leavingRows.map((article) => listed.findIndex((item) => item.id === article.id)),
      );
      const staying = (item: ArticleSummary) => !leaving.has(item.id);
      const next = listed.slice(last + 1).find(staying) ?? listed.slice(0, last).reverse().find(staying);
      focusNext.current = next?.id ?? null;
    },
    [articles],
  );
  const moveArticles = useCallback(
    (moving: ArticleSummary[], to: ReadingState) => {
      if (state !== null && state !== to) handOffFocus(moving);
      void move(moving, to);
    },
    [state, move, handOffFocus],
  );
  const deleteArticles = useCallback(
    (deleting: ArticleSummary[]) => {
      handOffFocus(deleting);
      void remove(deleting);
    },
    [remove, handOffFocus],
  );

  const latest = useRef({ articles, selection, act, moveArticles, deleteArticles });
  latest.current = { articles, selection, act, moveArticles, deleteArticles };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { articles: listed, selection: picked, act: pick, moveArticles: moveTo } = latest.current;
      const focused = listed?.find((article) => article.id === focusedRow());
      const targets = picked.ids.size > 0 ? (listed ?? []).filter((a) => picked.ids.has(a.id)) : [];
      const chosen = targets.length > 0 ? targets : focused ? [focused] : [];
      const wanted = stateForKey(event);
      if (wanted) {
        if (chosen.length === 0) return;
        event.preventDefault();
        moveTo(chosen, wanted);
        return;
      }
      if (event.defaultPrevented || isTyping(event) || dialogOpen() || !listed) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'Delete' && chosen.length > 0) {
        event.preventDefault();
        latest.current.deleteArticles(chosen);
        return;
      }
      if (!focused) return;
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
    deleteArticles,
    moveRow: (article: ArticleSummary, to: ReadingState) => moveArticles([article], to),
    deleteRow: (article: ArticleSummary) => deleteArticles([article]),
  };
}
