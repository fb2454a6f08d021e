import { useState } from 'react';
import type { ArticleView } from '../../../electron/contract/model';
import { describeError } from '../api/api-error';
import { call } from '../api/client';

/**
 * In place of an article whose text cannot be read: what happened, that the notes and
 * highlights are safe (in the side panel), and the way back to the text.
 */
export function TextLostNotice({
  articleId,
  lost,
  onRestored,
}: {
  articleId: string;
  lost: NonNullable<ArticleView['textLost']>;
  onRestored: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const restore = () => {
    setBusy(true);
    setError(null);
    call('articles/restoreText', { id: articleId }).then(onRestored, (failure: unknown) => {
      setBusy(false);
      setError(describeError(failure));
    });
  };
  return (
    <section className="text-lost" role="alert" data-testid="text-lost">
      <h2>The text of this article could not be read</h2>
      <p>{lost.message}</p>
      <p>Your note and highlights, with their quotes, are in the side panel and still export.</p>
      {lost.restorable ? (
        <button type="button" className="button button-primary" onClick={restore} disabled={busy}>
          {busy ? 'Restoring…' : 'Restore the text from the kept file'}
        </button>
      ) : (
        <p>No copy of the original file was kept. Import it again: it is matched to this article.</p>
      )}
      {error && <p className="modal-error">{error}</p>}
    </section>
  );
}
