import { useState } from 'react';
import { ExportIcon } from '../common/icons';
import { ExportDialog } from './ExportDialog';

/** The library header's way into "Export and import". `onImported` reloads what an import changed. */
export function ExportLibraryButton({ onImported }: { onImported: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="icon-button"
        aria-label="Export and import"
        aria-haspopup="dialog"
        title="Export and import"
        onClick={() => setOpen(true)}
      >
        <ExportIcon />
      </button>
      <ExportDialog open={open} onClose={() => setOpen(false)} onImported={onImported} />
    </>
  );
}
