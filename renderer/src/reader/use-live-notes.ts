import { useRef } from 'react';
import type { ApiResult } from '../../../electron/contract/api';
import type { ChangeType } from '../../../electron/contract/server-events';
import { call } from '../api/client';
import { isOwnChange, useServerEvent } from '../common/use-server-event';

/** The changes that alter what the Notes tab shows of an article. */
const NOTE_CHANGES: ReadonlySet<ChangeType> = new Set<ChangeType>([
  'highlight/created',
  'highlight/updated',
  'highlight/deleted',
  'note/saved',
]);

export type StoredNotes = ApiResult<'notes/get'>;

/**
 * Follow an article's note and highlights as other windows (or scripts) change them: after
 * each such change, or a reload of the whole library, read them again (`notes/get`) and hand
 * them to `apply`. Only the answer to the latest read is applied. A new version's changes are
 * not followed, nor any while `paused` (a new version waits to be shown): their highlights are
 * placed in the new text, and the reader reads the whole article again for it.
 */
export function useLiveNotes(articleId: string, apply: (notes: StoredNotes) => void, paused = false): void {
  const latest = useRef(apply);
  latest.current = apply;
  const reads = useRef(0);
  useServerEvent((event) => {
    if (!articleId || paused) return;
    if (event.name === 'library/changed' && event.payload.version) return;
    const changed =
      event.name === 'library/changed' &&
      event.payload.articleId === articleId &&
      NOTE_CHANGES.has(event.payload.type) &&
      !isOwnChange(event);
    if (!changed && event.name !== 'library/reloaded') return;
    const read = ++reads.current;
    call('notes/get', { articleId }).then(
      (notes) => read === reads.current && latest.current(notes),
      // The article went away (deleted elsewhere): the reader keeps what it shows.
      () => undefined,
    );
  });
}
