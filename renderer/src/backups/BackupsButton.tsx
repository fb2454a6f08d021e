import { HistoryIcon } from '../common/icons';
import { useOpenBackups } from './backups-context';

/** The library header's way into "Library backups". */
export function BackupsButton() {
  const openBackups = useOpenBackups();
  return (
    <button
      type="button"
      className="icon-button"
      aria-label="Library backups"
      aria-haspopup="dialog"
      title="Library backups"
      onClick={openBackups}
    >
      <HistoryIcon />
    </button>
  );
}
