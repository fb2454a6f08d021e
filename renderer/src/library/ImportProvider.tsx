import { useCallback, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { ImportedArticle } from '../../../electron/contract/model';
import { navigate } from '../common/route';
import { useToasts } from '../common/toast-context';
import { MAX_DROPPED_FILES } from './dropped-files';
import type { DroppedFiles } from './dropped-files';
import { importLimits } from './import-checks';
import { ImportContext } from './import-context';
import { groupImports } from './import-groups';
import type { PathedFile } from './import-groups';
import type { ImportApi } from './import-context';
import { ImportPanel } from './ImportPanel';
import type { ImportRun } from './import-run';
import { importedMessage, summaryTitle, versionMessage } from './import-run';
import type { ImportItem } from './use-import-queue';
import { useImportQueue } from './use-import-queue';
import { useWindowDrop } from './use-window-drop';
import { VersionDialog } from './VersionDialog';
import { VersionQuestions } from './version-question';
import type { VersionChoice, VersionQuestion } from './version-question';

/** What a screen reader hears: the start of a batch, a question it waits for, and its outcome, not every file. */
function announcement(run: ImportRun | null, question: VersionQuestion | undefined): string {
  if (!run || run.total < 2) return '';
  if (question && !run.finished)
    return `“${question.article.title}” is already in your library in an earlier version: the import waits for your answer in its panel.`;
  if (!run.finished) return `Importing ${run.total} ${run.noun}s`;
  return `${summaryTitle(run)}.${run.refused.length ? ` ${run.refused.length} not imported.` : ''}`;
}

/**
 * Owns importing: the button and drag-and-drop both come here; a drop anywhere works. One file,
 * or a batch that went through entirely, is reported in a toast; several files get a progress
 * panel, and a summary that stays until dismissed when files were refused or left out. Lists
 * learn of each imported article from the core's events (use-server-event.ts). An import the
 * library has in an earlier version asks what to do, one at a time: one import in a dialog
 * (VersionDialog), and then opens the article (its new version, or the one the library has when
 * the user cancels); a batch in its progress panel (VersionChoiceRow), and goes on.
 */
export function ImportProvider({ children }: { children: ReactNode }) {
  const { notify } = useToasts();

  const [questions, setQuestions] = useState<readonly VersionQuestion[]>([]);
  const [asker] = useState(() => new VersionQuestions(setQuestions));
  // The answer the user gave for the rest of the batch running, if they did.
  const forRest = useRef<VersionChoice | null>(null);
  const ask = useCallback(
    (article: ImportedArticle) => (forRest.current ? Promise.resolve(forRest.current) : asker.ask(article)),
    [asker],
  );
  const onRest = useCallback((choice: VersionChoice) => (forRest.current = choice), []);

  const onImported = useCallback(() => undefined, []);
  const onFinished = useCallback(
    (run: ImportRun) => {
      forRest.current = null;
      if (run.total > 1) {
        // Reasons to read stay on screen; plain success does not need dismissing.
        const lost = run.versions.some((version) => version.orphans.length > 0);
        if (run.refused.length > 0 || run.skipped > 0 || run.leftOut.length > 0 || lost) return 'keep';
        notify({ tone: 'success', message: `${summaryTitle(run)}.` });
        return 'dismiss';
      }
      const article: ImportedArticle | undefined = run.imported[0];
      const version = run.versions[0];
      if (version) {
        notify({ tone: version.orphans.length > 0 ? 'info' : 'success', message: versionMessage(version) });
        navigate({ name: 'reader', id: version.article.id, at: null });
      } else if (article?.existing === 'changed') {
        // Cancelled: the article the library has opens, as it is.
        notify({ tone: 'info', message: importedMessage(article) });
        navigate({ name: 'reader', id: article.id, at: null });
      } else if (article) {
        const leftOut = run.leftOut[0]?.message;
        notify({
          tone: article.existing === 'duplicate' ? 'info' : leftOut ? 'info' : 'success',
          message: leftOut ? `${importedMessage(article)} ${leftOut}` : importedMessage(article),
          action: { label: 'Open', run: () => navigate({ name: 'reader', id: article.id, at: null }) },
        });
      } else if (run.refused[0]) {
        notify({ tone: 'error', message: `Import failed: ${run.refused[0].message}` });
      }
      return 'dismiss';
    },
    [notify],
  );
  const { run, enqueue, stop, dismiss } = useImportQueue(onImported, onFinished, ask);
  const importFiles = useCallback(
    (files: Iterable<File | PathedFile>) => {
      const pathed = Array.from(files, (item) =>
        item instanceof File ? { file: item, path: item.name } : item,
      );
      if (pathed.length === 0) return;
      void importLimits()
        .then((limits) =>
          groupImports(pathed, limits.imageLimits).map<ImportItem>(({ path: _path, ...group }) => group),
        )
        // Without the core's limits nothing can be imported anyway: each file then says why.
        .catch(() => pathed.map<ImportItem>(({ file }) => ({ file })))
        .then(enqueue);
    },
    [enqueue],
  );
  const importUrls = useCallback((urls: string[]) => enqueue(urls.map((url) => ({ url }))), [enqueue]);
  const settleUrl = useCallback(
    (url: string, answered: ImportedArticle) => enqueue([{ url, answered }]),
    [enqueue],
  );
  const onDropped = useCallback(
    ({ files, truncated }: DroppedFiles) => {
      if (truncated)
        notify({
          tone: 'info',
          message: `The dropped folders hold more than ${MAX_DROPPED_FILES} files: Gloss read the first ${MAX_DROPPED_FILES}.`,
        });
      importFiles(files);
    },
    [importFiles, notify],
  );
  const dragging = useWindowDrop(onDropped, importUrls);

  const api = useMemo<ImportApi>(
    () => ({ importFiles, importUrls, settleUrl }),
    [importFiles, importUrls, settleUrl],
  );
  const question = questions[0];
  // A batch asks in its progress panel; one import, in a dialog.
  const batch = run !== null && run.total > 1;
  return (
    <ImportContext value={api}>
      {children}
      {batch && (
        <ImportPanel run={run} question={question} onRest={onRest} onStop={stop} onDismiss={dismiss} />
      )}
      {question && !batch && <VersionDialog key={question.id} question={question} />}
      <p className="sr-only" role="status">
        {announcement(run, question)}
      </p>
      {dragging === 'files' && (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-overlay-card">
            <strong>Drop to import</strong>
            <span>Saved web pages (.html, with their _files folder), Markdown, text or PDF files</span>
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
