import type { Backup } from '../../../electron/contract/model';
import { formatBytes, formatDateTime, plural, relativeTime } from '../common/format';

/** One line per backup: when (relative, then exact), how many articles, how large; Restore. */
export function BackupList({
  backups,
  disabled,
  onRestore,
}: {
  backups: Backup[];
  disabled: boolean;
  onRestore: (backup: Backup) => void;
}) {
  // Two backups in the same minute would read alike; then every time gets its seconds.
  const minutes = backups.map((backup) => formatDateTime(backup.createdAt));
  const seconds = new Set(minutes).size < minutes.length;
  return (
    <ul className="backup-list" aria-label="Backups, newest first">
      {backups.map((backup) => {
        const when = formatDateTime(backup.createdAt, seconds);
        return (
          <li key={backup.id} className="backup-row" data-testid="backup-row">
            <div className="backup-row-main">
              <span className="backup-when">{relativeTime(backup.createdAt)}</span>
              <time className="backup-time" dateTime={backup.createdAt}>
                {when}
              </time>
            </div>
            <span className="backup-facts">
              {plural(backup.articleCount, 'article')} · {formatBytes(backup.bytes)}
            </span>
            <button
              type="button"
              className="button button-small"
              aria-label={`Restore the backup from ${when}`}
              disabled={disabled}
              onClick={() => onRestore(backup)}
            >
              Restore…
            </button>
          </li>
        );
      })}
    </ul>
  );
}
