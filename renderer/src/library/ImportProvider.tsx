import { useCallback, useMemo } from 'react';
import type { ReactNode } from 'react';
import type { ImportedArticle } from '../../../electron/contract/model';
import { navigate } from '../common/route';
import { useToasts } from '../common/toast-context';
import { ImportContext } from './import-context';
import type { ImportApi } from './import-context';
import { ImportPanel } from './ImportPanel';
import type { ImportRun } from './import-run';
import { importedMessage, summaryTitle } from './import-run';
import { useImportQueue } from './use-import-queue';
import { useWindowDrop } from './use-window-drop';

/** What a screen reader hears: the start of a batch and its outcome, not every file. */
function announcement(run: ImportRun | null): string {
  if (!run || run.total < 2) return '';
  if (!run.finished) return `Importing ${run.total} ${run.noun}s`;
  return `${summaryTitle(run)}.${run.refused.length ? ` ${run.refused.length} not imported.` : ''}`;
}

/**
 * Owns importing: the button and drag-and-drop both come here; a drop anywhere works. One file,
 * or a batch that went through entirely, is reported in a toast; several files get a progress
 * panel, and a summary that stays until dismissed when files were refused or left out. Lists
 * learn of each imported article from the core's events (use-server-event.ts).
 */
export function ImportProvider({ children }: { children: ReactNode }) {
  const { notify } = useToasts();

  const onImported = useCallback(() => undefined, []);
  const onFinished = useCallback(
    (run: ImportRun) => {
      if (run.total > 1) {
        // Reasons to read stay on screen; plain success does not need dismissing.
        if (run.refused.length > 0 || run.skipped > 0) return 'keep';
        notify({ tone: 'success', message: `${summaryTitle(run)}.` });
        return 'dismiss';
      }
      const article: ImportedArticle | undefined = run.imported[0];
      if (article) {
        notify({
          tone: article.existing === 'duplicate' ? 'info' : 'success',
          message: importedMessage(article),
          action: { label: 'Open', run: () => navigate({ name: 'reader', id: article.id, at: null }) },
        });
      } else if (run.refused[0]) {
        notify({ tone: 'error', message: `Import failed: ${run.refused[0].message}` });
      }
      return 'dismiss';
    },
    [notify],
  );
  const { run, enqueue, stop, dismiss } = useImportQueue(onImported, onFinished);
  const importFiles = useCallback(
    (files: Iterable<File>) => enqueue(Array.from(files, (file) => ({ file }))),
    [enqueue],
  );
  const importUrls = useCallback((urls: string[]) => enqueue(urls.map((url) => ({ url }))), [enqueue]);
  const dragging = useWindowDrop(importFiles, importUrls);

  const api = useMemo<ImportApi>(() => ({ importFiles, importUrls }), [importFiles, importUrls]);
  return (
    <ImportContext value={api}>
      {children}
      {run && run.total > 1 && <ImportPanel run={run} onStop={stop} onDismiss={dismiss} />}
      <p className="sr-only" role="status">
        {announcement(run)}
      </p>
      {dragging === 'files' && (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-overlay-card">
            <strong>Drop to import</strong>
            <span>Plain text (.txt), Markdown (.md) or PDF files</span>
          </div>
        </div>
      )}
      {dragging === 'link' && (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-overlay-card">
            <strong>Drop to import the page</strong>
            <span>Gloss fetches it once and keeps it to read offline</span>
          </div>
        </div>
      )}
      {dragging === 'refused' && (
        <div className="drop-hint" aria-hidden="true" data-testid="drop-hint">
          Gloss imports files and links, not text.
        </div>
      )}
    </ImportContext>
  );
}
