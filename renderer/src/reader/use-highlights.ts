import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { NoteInput } from '../../../electron/contract/api';
import type { ArticleView, Highlight, HighlightColor, Note } from '../../../electron/contract/model';
import { call } from '../api/client';
import { useToasts } from '../common/toast-context';
import { PendingHighlights } from './pending-highlights';
import { useLiveNotes } from './use-live-notes';

const byPosition = (a: Highlight, b: Highlight) => a.start - b.start || a.end - b.end;

export interface HighlightActions {
  /**
   * Highlight `[start, end)`: it is in the list at once (optimistic, under a temporary id) and
   * replaced by the stored one when the core answers; `stored` is null if the core refused it
   * (then it is gone again, with a toast).
   */
  create: (
    start: number,
    end: number,
    color: HighlightColor,
  ) => { highlight: Highlight; stored: Promise<Highlight | null> };
  setColor: (id: string, color: HighlightColor) => void;
  saveNote: (id: string, note: NoteInput) => Promise<Note>;
  /** The highlight's note as stored now. */
  loadNote: (id: string) => Promise<Note>;
  setTags: (id: string, tags: string[]) => Promise<void>;
  remove: (id: string) => void;
  /** The key a highlight's card keeps for its whole life (a new one's temporary id). */
  cardKey: (highlight: Highlight) => string;
  /** Whether `id` (stored or temporary) names `highlight`. */
  names: (highlight: Highlight, id: string) => boolean;
}

/**
 * The article's highlights in document order, its note as stored, and the calls that change
 * them; both follow what other windows save (not while `textStale`: a new version waits).
 */
export function useHighlights(
  article: ArticleView | null,
  textStale = false,
): {
  highlights: Highlight[];
  note: Note | null;
  actions: HighlightActions;
} {
  const { notify, reportError } = useToasts();
  const [highlights, setHighlights] = useState<Highlight[]>([]);
  const [note, setNote] = useState<Note | null>(null);
  const articleId = article?.id ?? '';
  const text = article?.text ?? '';
  const current = useRef(highlights);
  current.current = highlights;
  const [pending] = useState(() => new PendingHighlights());

  useEffect(() => {
    if (!article) return;
    setHighlights([...article.highlights].sort(byPosition));
    setNote(article.note);
  }, [article]);

  useLiveNotes(
    articleId,
    (stored) => {
      // A highlight made here that the core has not answered for yet is in no stored list.
      setHighlights((all) =>
        [...stored.highlights, ...all.filter((item) => pending.unanswered(item))].sort(byPosition),
      );
      setNote(stored.note);
    },
    textStale,
  );

  const put = useCallback((highlight: Highlight) => {
    setHighlights((all) => [...all.filter((item) => item.id !== highlight.id), highlight].sort(byPosition));
  }, []);

  const create = useCallback(
    (start: number, end: number, color: HighlightColor) => {
      const highlight = pending.optimistic(articleId, text, start, end, color);
      put(highlight);
      const stored = call('highlights/create', { articleId, start, end, color }).then(
        (saved) => {
          setHighlights((all) =>
            [...all.filter((item) => item.id !== highlight.id && item.id !== saved.id), saved].sort(
              byPosition,
            ),
          );
          return saved;
        },
        (error: unknown) => {
          setHighlights((all) => all.filter((item) => item.id !== highlight.id));
          reportError(error, 'Could not highlight');
          return null;
        },
      );
      pending.track(highlight.id, stored);
      return { highlight, stored };
    },
    [articleId, text, pending, put, reportError],
  );

  const setColor = useCallback(
    (id: string, color: HighlightColor) => {
      const before = current.current.find((item) => item.id === id);
      if (!before || before.color === color) return;
      put({ ...before, color });
      pending
        .settle(id)
        .then((stored) => call('highlights/update', { articleId, id: stored, color }))
        .then(put, (error: unknown) => {
          put(before);
          reportError(error, 'Could not change the color');
        });
    },
    [articleId, put, pending, reportError],
  );

  const saveNote = useCallback(
    async (id: string, note: NoteInput) => {
      const stored = await pending.settle(id);
      const saved = await call('highlights/update', { articleId, id: stored, note });
      // Keep the note text in state for export previews; the editor itself is uncontrolled.
      setHighlights((all) => all.map((item) => (item.id === stored ? { ...item, note: saved.note } : item)));
      return saved.note;
    },
    [articleId, pending],
  );

  const loadNote = useCallback(
    async (id: string) => {
      const storedId = await pending.settle(id);
      const stored = await call('notes/get', { articleId });
      const found = stored.highlights.find((item) => item.id === storedId);
      if (!found) throw new Error('That highlight was deleted in another window.');
      return found.note;
    },
    [articleId, pending],
  );

  const setTags = useCallback(
    async (id: string, tags: string[]) => {
      const stored = await pending.settle(id);
      const result = await call('tags/set', { articleId, highlightId: stored, tags });
      setHighlights((all) => all.map((item) => (item.id === stored ? { ...item, tags: result.tags } : item)));
    },
    [articleId, pending],
  );

  const remove = useCallback(
    (id: string) => {
      pending
        .settle(id)
        .then((stored) => call('highlights/delete', { articleId, id: stored }))
        .then(
          (deleted) => {
            setHighlights((all) => all.filter((item) => item.id !== deleted.id));
            notify({
              message: 'Highlight deleted.',
              // Undo goes through the window's history; the highlight comes back by its event.
              undo: true,
            });
          },
          (error: unknown) => reportError(error, 'Could not delete the highlight'),
        );
    },
    [articleId, pending, notify, reportError],
  );

  const actions = useMemo(
    () => ({
      create,
      setColor,
      saveNote,
      loadNote,
      setTags,
      remove,
      cardKey: (highlight: Highlight) => pending.cardKey(highlight),
      names: (highlight: Highlight, id: string) => pending.names(highlight, id),
    }),
    [create, setColor, saveNote, loadNote, setTags, remove, pending],
  );
  return { highlights, note, actions };
}
