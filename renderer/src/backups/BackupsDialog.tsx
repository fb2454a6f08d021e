import { useState } from 'react';
import type { Backup, LibraryStatus } from '../../../electron/contract/model';
import { describeError } from '../api/api-error';
import { call } from '../api/client';
import { useModalDialog } from '../common/use-modal-dialog';
import { BackupList } from './BackupList';
import { RestoreConfirm } from './RestoreConfirm';
import { useBackupList } from './use-backup-list';
import { ModalHeader } from '../common/ModalHeader';

/**
 * "Library backups": the copies of the library index Gloss keeps, and a way to restore one.
 * A native modal, so focus stays inside and Esc closes it (the confirmation first, if open).
 */
export function BackupsDialog({
  open,
  onClose,
  onRestored,
}: {
  open: boolean;
  onClose: () => void;
  onRestored: (backup: Backup, status: LibraryStatus) => void;
}) {
  const dialog = useModalDialog(open);
  const { state, reload } = useBackupList(open);
  const [confirming, setConfirming] = useState<Backup | null>(null);
  const [restoring, setRestoring] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const restore = async () => {
    if (!confirming) return;
    setRestoring(true);
    setFailure(null);
    try {
      const status = await call('backups/restore', { id: confirming.id });
      setConfirming(null);
      onRestored(confirming, status);
      onClose();
    } catch (error) {
      setConfirming(null);
      setFailure(`The backup was not restored. ${describeError(error)}`);
      reload();
    } finally {
      setRestoring(false);
    }
  };

  return (
    <>
      <dialog
        ref={dialog}
        className="modal backups-dialog"
        aria-labelledby="backups-title"
        aria-describedby="backups-intro"
        onClose={() => {
          setFailure(null);
          onClose();
        }}
      >
        <ModalHeader id="backups-title" title="Library backups" onClose={onClose} />
        <p id="backups-intro" className="modal-intro">
          When Gloss opens a library that changed since its last backup, it keeps a copy of the library index:
          the list of articles, your settings and tag colours. Older copies make way for new ones.
        </p>
        {failure && (
          <p className="modal-error" role="alert">
            {failure}
          </p>
        )}
        {state.status === 'loading' && (
          <p className="modal-status" role="status">
            Looking for backups…
          </p>
        )}
        {state.status === 'failed' && (
          <div className="modal-error" role="alert">
            <p>Gloss could not list the backups. {state.message}</p>
            <button type="button" className="button button-small" onClick={reload}>
              Try again
            </button>
          </div>
        )}
        {state.status === 'ready' && state.backups.length === 0 && (
          <div className="modal-empty">
            <h3>No backups yet</h3>
            <p>The first one is made the next time Gloss opens this library after a change.</p>
          </div>
        )}
        {state.status === 'ready' && state.backups.length > 0 && (
          <BackupList backups={state.backups} disabled={restoring} onRestore={setConfirming} />
        )}
      </dialog>
      <RestoreConfirm
        backup={confirming}
        busy={restoring}
        onConfirm={() => void restore()}
        onCancel={() => setConfirming(null)}
      />
    </>
  );
}
