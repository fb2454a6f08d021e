import { useCallback, useEffect, useState } from 'react';
import type { Backup } from '../../../electron/contract/model';
import { describeError } from '../api/api-error';
import { call } from '../api/client';

export type BackupListState =
  { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; backups: Backup[] };

/** The library's backups, newest first, read each time the dialog opens (and on `reload`). */
export function useBackupList(open: boolean): { state: BackupListState; reload: () => void } {
  const [state, setState] = useState<BackupListState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // Forget the list on closing, so the next opening never shows a stale one; a reload while
  // open keeps the list on screen (and focus on its buttons).
  useEffect(() => {
    if (!open) setState({ status: 'loading' });
  }, [open]);

  useEffect(() => {
    if (!open) return;
    let live = true;
    call('backups/list', {}).then(
      (backups) => {
        if (live) setState({ status: 'ready', backups });
      },
      (error: unknown) => {
        if (live) setState({ status: 'failed', message: describeError(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [open, attempt]);

  const reload = useCallback(() => setAttempt((value) => value + 1), []);
  return { state, reload };
}
