import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { NoteInput } from '../../../electron/contract/api';
import type { ArticleView, Highlight, HighlightColor, Note } from '../../../electron/contract/model';
import { call } from '../api/client';
import { useToasts } from '../common/toast-context';
import { useLiveNotes } from './use-live-notes';

const byPosition = (a: Highlight, b: Highlight) => a.start - b.start || a.end - b.end;

export interface HighlightActions {
  create: (start: number, end: number, color: HighlightColor) => Promise<Highlight | null>;
  setColor: (id: string, color: HighlightColor) => void;
  saveNote: (id: string, note: NoteInput) => Promise<Note>;
  /** The highlight's note as stored now. */
  loadNote: (id: string) => Promise<Note>;
  setTags: (id: string, tags: string[]) => Promise<void>;
  remove: (id: string) => void;
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
  const current = useRef(highlights);
  current.current = highlights;

  useEffect(() => {
    if (!article) return;
    setHighlights([...article.highlights].sort(byPosition));
    setNote(article.note);
  }, [article]);

  useLiveNotes(
    articleId,
    (stored) => {
      setHighlights([...stored.highlights].sort(byPosition));
      setNote(stored.note);
    },
    textStale,
  );

  const put = useCallback((highlight: Highlight) => {
    setHighlights((all) => [...all.filter((item) => item.id !== highlight.id), highlight].sort(byPosition));
  }, []);

  const create = useCallback(
    async (start: number, end: number, color: HighlightColor) => {
      try {
        const highlight = await call('highlights/create', { articleId, start, end, color });
        put(highlight);
        return highlight;
      } catch (error) {
        reportError(error, 'Could not highlight');
        return null;
      }
    },
    [articleId, put, reportError],
  );

  const setColor = useCallback(
    (id: string, color: HighlightColor) => {
      const before = current.current.find((item) => item.id === id);
      if (!before || before.color === color) return;
      put({ ...before, color });
      call('highlights/update', { articleId, id, color }).then(put, (error: unknown) => {
        put(before);
        reportError(error, 'Could not change the color');
      });
    },
    [articleId, put, reportError],
  );

  const saveNote = useCallback(
    async (id: string, note: NoteInput) => {
      const saved = await call('highlights/update', { articleId, id, note });
      // Keep the note text in state for export previews; the editor itself is uncontrolled.
      setHighlights((all) => all.map((item) => (item.id === id ? { ...item, note: saved.note } : item)));
      return saved.note;
    },
    [articleId],
  );

  const loadNote = useCallback(
    async (id: string) => {
      const stored = await call('notes/get', { articleId });
      const found = stored.highlights.find((item) => item.id === id);
      if (!found) throw new Error('That highlight was deleted in another window.');
      return found.note;
    },
    [articleId],
  );

  const setTags = useCallback(
    async (id: string, tags: string[]) => {
      const result = await call('tags/set', { articleId, highlightId: id, tags });
      setHighlights((all) => all.map((item) => (item.id === id ? { ...item, tags: result.tags } : item)));
    },
    [articleId],
  );

  const remove = useCallback(
    (id: string) => {
      call('highlights/delete', { articleId, id }).then(
        () => {
          setHighlights((all) => all.filter((item) => item.id !== id));
          notify({
            message: 'Highlight deleted.',
            // Undo goes through the window's history; the highlight comes back by its event.
            undo: true,
          });
        },
        (error: unknown) => reportError(error, 'Could not delete the highlight'),
      );
    },
    [articleId, notify, reportError],
  );

  const actions = useMemo(
    () => ({ create, setColor, saveNote, loadNote, setTags, remove }),
    [create, setColor, saveNote, loadNote, setTags, remove],
  );
  return { highlights, note, actions };
}
