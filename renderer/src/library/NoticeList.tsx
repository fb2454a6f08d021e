import { useEffect, useState } from 'react';
import type { Notice } from '../../../electron/contract/model';
import { call } from '../api/client';
import { useToasts } from '../common/toast-context';
import { useLibraryVersion } from '../common/use-server-event';

/** What the library repaired or restored on its own, shown until the user dismisses it. */
export function NoticeList() {
  const { reportError } = useToasts();
  // A restored backup brings its own notices.
  const refresh = useLibraryVersion((event) => event.name === 'library/reloaded');
  const [notices, setNotices] = useState<Notice[]>([]);

  useEffect(() => {
    call('library/status', {}).then(
      (status) => setNotices(status.notices),
      (error: unknown) => reportError(error, 'Could not open the library'),
    );
  }, [refresh, reportError]);

  if (notices.length === 0) return null;
  const dismiss = (id: string) => {
    setNotices((all) => all.filter((notice) => notice.id !== id));
    call('library/dismissNotice', { id }).catch((error: unknown) => reportError(error));
  };
  return (
    <section className="notices" aria-label="Library notices">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice-${notice.level}`}
          role={notice.level === 'error' ? 'alert' : 'status'}
        >
          <p>{notice.message}</p>
          <button type="button" className="button button-quiet" onClick={() => dismiss(notice.id)}>
            Dismiss
          </button>
        </div>
      ))}
    </section>
  );
}
