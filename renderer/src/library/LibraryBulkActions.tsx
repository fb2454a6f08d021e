import { useEffect, useState } from 'react';
import { BulkTagForm } from '../common/BulkTagForm';
import type { ArticleSummary, ReadingState } from '../../../electron/contract/model';
import { describeError } from '../api/api-error';
import { call } from '../api/client';
import { plural } from '../common/format';
import { TrashIcon } from '../common/icons';
import { useToasts } from '../common/toast-context';
import { READING_STATE_LABELS, READING_STATES } from '../common/vocabulary';
import { useLibraryExport } from '../export/use-library-export';
import { STATE_ICONS } from '../reading-state/ReadingStateButtons';

/** What can be done to the picked articles at once: tag, move, export, or let go. */
export function LibraryBulkActions({
  picked,
  onMove,
  onDelete,
  onChanged,
  onClear,
}: {
  picked: ArticleSummary[];
  onMove: (articles: ArticleSummary[], state: ReadingState) => void;
  onDelete: (articles: ArticleSummary[]) => void;
  onChanged: () => void;
  onClear: () => void;
}) {
  const { notify, reportError } = useToasts();
  const [tag, setTag] = useState('');
  const [busy, setBusy] = useState(false);
  const exporter = useLibraryExport(picked.map((article) => article.id));
  const exportState = exporter.state;
  useEffect(() => {
    if (exportState.status === 'done') notify({ tone: 'success', message: exportState.lines.join(' ') });
    if (exportState.status === 'failed')
      reportError(`The articles were not exported. ${exportState.message}`);
  }, [exportState, notify, reportError]);

  const addTag = async () => {
    const name = tag.trim();
    if (!name) return;
    setBusy(true);
    try {
      // One call, so one step that Undo (or Ctrl/Cmd+Z) takes back whole.
      await call('tags/add', { targets: picked.map((article) => ({ articleId: article.id })), tag: name });
      notify({
        tone: 'success',
        message: `Tagged ${plural(picked.length, 'article')} #${name}.`,
        undo: true,
      });
      setTag('');
    } catch (error) {
      reportError(`No article was tagged. ${describeError(error)}`);
    } finally {
      setBusy(false);
      onChanged();
    }
  };

  const working = busy || exportState.status === 'working';
  return (
    <div className="notebook-bulk library-bulk" role="toolbar" aria-label="Selected articles">
      <span className="notebook-bulk-count" aria-live="polite">
        {picked.length} selected
      </span>
      <BulkTagForm
        label="Tag to add to the selected articles"
        tag={tag}
        onTagChange={setTag}
        onAdd={() => void addTag()}
        disabled={working}
      />
      {READING_STATES.filter((state) => picked.some((article) => article.readingState !== state)).map(
        (state) => {
          const Icon = STATE_ICONS[state];
          const { action, key } = READING_STATE_LABELS[state];
          return (
            <button
              key={state}
              type="button"
              className="button button-small"
              disabled={working}
              aria-keyshortcuts={key}
              title={`${action} (${key})`}
              onClick={() => onMove(picked, state)}
            >
              <Icon /> {action}
            </button>
          );
        },
      )}
      <button
        type="button"
        className="button button-small"
        disabled={working}
        onClick={() => void exporter.exportVault(false)}
      >
        Export as Markdown
      </button>
      <button
        type="button"
        className="button button-small"
        disabled={working}
        aria-keyshortcuts="Delete"
        title="Move to the trash (Delete)"
        onClick={() => onDelete(picked)}
      >
        <TrashIcon /> Delete
      </button>
      <button type="button" className="button button-small button-quiet" onClick={onClear}>
        Clear selection
      </button>
    </div>
  );
}
