import { useState } from 'react';
import { BulkTagForm } from '../common/BulkTagForm';
import type { NotebookEntry } from '../../../electron/contract/model';
import { describeError } from '../api/api-error';
import { call } from '../api/client';
import { saveTextFile } from '../api/save-file';
import { useToasts } from '../common/toast-context';

/** What can be done to the picked highlights: add a tag to all, export them, or let go. */
export function BulkActions({
  picked,
  onChanged,
  onClear,
}: {
  picked: NotebookEntry[];
  onChanged: () => void;
  onClear: () => void;
}) {
  const { notify, reportError } = useToasts();
  const [tag, setTag] = useState('');
  const [busy, setBusy] = useState(false);

  const addTag = async () => {
    const name = tag.trim();
    if (!name) return;
    setBusy(true);
    try {
      // One call, so one step that Undo (or Ctrl/Cmd+Z) takes back whole.
      await call('tags/add', {
        targets: picked.map((entry) => ({ articleId: entry.articleId, highlightId: entry.id })),
        tag: name,
      });
      notify({
        tone: 'success',
        message: `Tagged ${picked.length} ${picked.length === 1 ? 'highlight' : 'highlights'} #${name}.`,
        undo: true,
      });
      setTag('');
      onChanged();
    } catch (error) {
      reportError(`No highlight was tagged. ${describeError(error)}`);
      onChanged();
    } finally {
      setBusy(false);
    }
  };

  const exportPicked = async () => {
    setBusy(true);
    try {
      const file = await call('export/highlights', {
        highlights: picked.map((entry) => ({ articleId: entry.articleId, id: entry.id })),
      });
      await saveTextFile(file.fileName, file.markdown);
    } catch (error) {
      reportError(`The highlights were not exported. ${describeError(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="notebook-bulk" role="toolbar" aria-label="Selected highlights">
      <span className="notebook-bulk-count" aria-live="polite">
        {picked.length} selected
      </span>
      <BulkTagForm
        label="Tag to add to the selected highlights"
        tag={tag}
        onTagChange={setTag}
        onAdd={() => void addTag()}
        disabled={busy}
      />
      <button
        type="button"
        className="button button-small"
        disabled={busy}
        onClick={() => void exportPicked()}
      >
        Export as Markdown
      </button>
      <button type="button" className="button button-small button-quiet" onClick={onClear}>
        Clear selection
      </button>
    </div>
  );
}
