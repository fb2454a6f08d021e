import type { Backup } from '../../../electron/contract/model';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { formatDateTime, relativeTime } from '../common/format';

/**
 * Says plainly what a restore changes (settings, tag colours) and what it never touches. The time
 * has its seconds: backups made minutes apart must not read alike here.
 */
export function RestoreConfirm({
  backup,
  busy,
  onConfirm,
  onCancel,
}: {
  backup: Backup | null;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <ConfirmDialog
      open={backup !== null}
      title={backup ? `Restore the backup from ${relativeTime(backup.createdAt)}?` : 'Restore this backup?'}
      confirmLabel="Restore backup"
      busyLabel="Restoring…"
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      {backup && (
        <>
          <p>
            Gloss will put back the library index saved on {formatDateTime(backup.createdAt, true)}. Your
            settings, such as the theme, and your tag colours go back to how they were then.
          </p>
          <p>
            Your articles, highlights and notes stay as they are now: they live in their own files, and Gloss
            checks the restored list against them.
          </p>
          <p>The library as it is now is backed up first, so you can come back to it from this list.</p>
        </>
      )}
    </ConfirmDialog>
  );
}
