import { useId, useRef, useState } from 'react';
import { isElectron } from '../api/client';
import { ModalHeader } from '../common/ModalHeader';
import { useModalDialog } from '../common/use-modal-dialog';
import { useLibraryExport } from './use-library-export';

/**
 * "Export and import": the whole library as a folder of Markdown (Obsidian, Logseq, a plain
 * folder), the highlights as W3C Web Annotations, and annotations in from another tool.
 */
export function ExportDialog({
  open,
  onClose,
  onImported,
}: {
  open: boolean;
  onClose: () => void;
  onImported: () => void;
}) {
  const dialog = useModalDialog(open);
  const [entityNotes, setEntityNotes] = useState(true);
  const { state, exportVault, exportAnnotations, importAnnotations } = useLibraryExport();
  const picker = useRef<HTMLInputElement>(null);
  const notesId = useId();
  const busy = state.status === 'working';

  return (
    <dialog ref={dialog} className="modal export-dialog" aria-labelledby="export-title" onClose={onClose}>
      <ModalHeader id="export-title" title="Export and import" onClose={onClose} />
      <section className="export-section" aria-labelledby="vault-title">
        <h3 id="vault-title">Your library as Markdown</h3>
        <p className="modal-intro">
          One file per article with its notes and highlights, for Obsidian, Logseq or a plain folder.
          {isElectron()
            ? ' Exporting again into the same folder writes only what changed and never overwrites a file you edited there.'
            : ' Downloads a .zip.'}
        </p>
        <label className="check-row" htmlFor={notesId}>
          <input
            id={notesId}
            type="checkbox"
            checked={entityNotes}
            onChange={(event) => setEntityNotes(event.target.checked)}
          />
          <span>
            A note for each person, organization and place
            <small>Linked both ways with the articles, so a graph view shows who appears with whom.</small>
          </span>
        </label>
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => void exportVault(entityNotes)}
        >
          {isElectron() ? 'Export to a folder…' : 'Download .zip'}
        </button>
      </section>
      <section className="export-section" aria-labelledby="annotations-title">
        <h3 id="annotations-title">Web Annotations</h3>
        <p className="modal-intro">
          Highlights and notes in the W3C format other annotation tools read; import annotations made
          elsewhere (for example with Hypothesis) on pages in your library.
        </p>
        <div className="modal-actions export-actions">
          <button type="button" className="button" disabled={busy} onClick={() => void exportAnnotations()}>
            Export highlights (.jsonld)
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => picker.current?.click()}>
            Import annotations…
          </button>
          <input
            ref={picker}
            type="file"
            accept=".json,.jsonld,application/json,application/ld+json"
            hidden
            data-testid="annotations-file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void importAnnotations(file).then(onImported);
            }}
          />
        </div>
      </section>
      <div className="export-status" aria-live="polite">
        {state.status === 'working' && <p className="modal-status">{state.what}</p>}
        {state.status === 'done' && state.lines.map((line) => <p key={line}>{line}</p>)}
        {state.status === 'failed' && (
          <p className="modal-error" role="alert">
            {state.message}
          </p>
        )}
      </div>
    </dialog>
  );
}
