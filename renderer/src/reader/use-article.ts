import { useEffect, useRef, useState } from 'react';
import type { ArticleView } from '../../../electron/contract/model';
import { describeError } from '../api/api-error';
import { call } from '../api/client';
import { useServerEvent } from '../common/use-server-event';
import { flushAllSaves } from '../editor/pending-saves';
import { isTypingIn, useWhenDoneTyping } from '../common/typing-focus';

/** The same text and formatting: a reload that brings them is not a new version. */
const sameContent = (a: ArticleView, b: ArticleView): boolean =>
  a.text === b.text &&
  JSON.stringify(a.blocks) === JSON.stringify(b.blocks) &&
  JSON.stringify(a.marks) === JSON.stringify(b.marks);

/**
 * Load one article; `error` is a sentence for the user when it cannot be opened. `reload` reads
 * it again (after its text was restored). A new version of it (`import/version`, from this
 * window or any other) is read again by itself; `generation` grows each time the text it reads
 * differs, so the reader can start afresh on the new text. While the user is typing in the
 * reader (a note, a tag) the new version waits (`versionWaiting`) until the focus leaves that
 * field (`showVersion` moves on at once): starting afresh would take the field from under
 * their fingers. Unsaved notes are saved before it is read, so it brings what they typed.
 */
export function useArticle(id: string): {
  article: ArticleView | null;
  error: string | null;
  reload: () => void;
  generation: number;
  versionWaiting: boolean;
  showVersion: () => void;
} {
  const [article, setArticle] = useState<ArticleView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [generation, setGeneration] = useState(0);
  const [versionWaiting, setVersionWaiting] = useState(false);
  const shown = useRef<ArticleView | null>(null);
  useEffect(() => {
    let live = true;
    flushAllSaves()
      .then(() => call('articles/get', { id }))
      .then(
        (value) => {
          if (!live) return;
          if (shown.current && !sameContent(shown.current, value)) setGeneration((n) => n + 1);
          shown.current = value;
          setArticle(value);
        },
        (failure: unknown) => live && setError(describeError(failure)),
      );
    return () => {
      live = false;
    };
  }, [id, version]);
  const showVersion = () => {
    setVersionWaiting(false);
    setVersion((n) => n + 1);
  };
  useWhenDoneTyping(versionWaiting, showVersion);
  useServerEvent((event) => {
    if (
      event.name === 'library/changed' &&
      event.payload.type === 'article/updated' &&
      event.payload.articleId === id &&
      event.payload.version
    ) {
      if (isTypingIn(document.activeElement)) setVersionWaiting(true);
      else showVersion();
    }
  });
  return {
    article,
    error,
    reload: () => setVersion((n) => n + 1),
    generation,
    versionWaiting,
    showVersion,
  };
}
