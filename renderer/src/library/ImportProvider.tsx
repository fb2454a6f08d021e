import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { navigate } from '../common/route';
import { useToasts } from '../common/toast-context';
import { ImportContext } from './import-context';
import type { ImportApi } from './import-context';
import { importFile } from './import-file';

/** Owns importing: the button and drag-and-drop both come here; a drop anywhere works. */
export function ImportProvider({ children }: { children: ReactNode }) {
  const { notify, reportError } = useToasts();
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);

  const importFiles = useCallback(
    async (files: Iterable<File>) => {
      setBusy(true);
      try {
        for (const file of files) {
          try {
            const article = await importFile(file);
            setVersion((value) => value + 1);
            notify({
              tone: 'success',
              message: `Imported “${article.title}”.`,
              action: { label: 'Open', run: () => navigate({ name: 'reader', id: article.id, at: null }) },
            });
          } catch (error) {
            reportError(error, 'Import failed');
          }
        }
      } finally {
        setBusy(false);
      }
    },
    [notify, reportError],
  );

  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth.current += 1;
      setDragging(true);
    };
    const onLeave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    };
    const onOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      // Without this the browser (or Electron) would navigate to the dropped file.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth.current = 0;
      setDragging(false);
      void importFiles(Array.from(event.dataTransfer?.files ?? []));
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [importFiles]);

  const api = useMemo<ImportApi>(() => ({ importFiles, version, busy }), [importFiles, version, busy]);
  return (
    <ImportContext value={api}>
      {children}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-overlay-card">
            <strong>Drop to import</strong>
            <span>Plain text (.txt) or Markdown (.md) files</span>
          </div>
        </div>
      )}
    </ImportContext>
  );
}
