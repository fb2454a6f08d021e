import { useEffect, useMemo, useState, type MouseEvent } from 'react';
import type { NotebookEntry } from '../../../electron/contract/model';
import { BackIcon } from '../common/icons';
import { useReadySignal } from '../common/ready';
import { navigate } from '../common/route';
import { ThemeToggle } from '../common/ThemeToggle';
import { HelpButton } from '../common/HelpButton';
import { useTags } from '../tags/tags-context';
import { BulkActions } from './BulkActions';
import { NotebookEntryRow } from './NotebookEntryRow';
import { isFiltered, NO_FILTERS, type NotebookFilters } from './notebook-filters';
import { NotebookFiltersBar } from './NotebookFiltersBar';
import { useListSelection } from '../common/use-list-selection';
import { PAGE, useNotebook } from './use-notebook';

/** The notebook: every highlight across the library, newest first, to filter, pick and act on. */
export function NotebookView() {
  const [filters, setFilters] = useState<NotebookFilters>(NO_FILTERS);
  const [count, setCount] = useState(PAGE);
  const [version, setVersion] = useState(0);
  const { reload: reloadTags } = useTags();
  const { page, error } = useNotebook(filters, count, version);
  const entries = useMemo(() => page?.entries ?? [], [page]);
  const order = useMemo(() => entries.map((entry) => entry.id), [entries]);
  const { selection: shown, act } = useListSelection(order);
  const picked = entries.filter((entry) => shown.ids.has(entry.id));

  useEffect(() => {
    document.title = 'Notebook · Gloss';
  }, []);
  useReadySignal('notebook', page !== null);

  const onSelect = (event: MouseEvent, entry: NotebookEntry) =>
    act({ kind: 'click', id: entry.id, shift: event.shiftKey, toggle: true });

  return (
    <div className="library-layout notebook-layout">
      <header className="app-header">
        <button type="button" className="button button-quiet" onClick={() => navigate({ name: 'library' })}>
          <BackIcon /> Library
        </button>
        <div className="header-actions">
          <ThemeToggle />
          <HelpButton />
        </div>
      </header>
      <main className="library-main" aria-labelledby="notebook-title">
        <div className="library-heading">
          <h1 id="notebook-title">Notebook</h1>
          {page && (
            <p className="library-count" aria-live="polite">
              {isFiltered(filters)
                ? `${page.total} ${page.total === 1 ? 'highlight matches' : 'highlights match'}`
                : `${page.total} ${page.total === 1 ? 'highlight' : 'highlights'}`}
            </p>
          )}
        </div>
        <NotebookFiltersBar
          filters={filters}
          onChange={(next) => {
            setFilters(next);
            setCount(PAGE);
          }}
        />
        {picked.length > 0 && (
          <BulkActions
            picked={picked}
            onChanged={() => {
              setVersion((n) => n + 1);
              reloadTags();
            }}
            onClear={() => act({ kind: 'clear' })}
          />
        )}
        {error && (
          <p className="modal-error" role="alert">
            The highlights could not be listed. {error}
          </p>
        )}
        {page && page.total === 0 && (
          <div className="modal-empty">
            <h3>{isFiltered(filters) ? 'No highlight matches these filters' : 'No highlights yet'}</h3>
            <p>
              {isFiltered(filters)
                ? 'Try fewer filters.'
                : 'Select text in an article and press H: every highlight you make is collected here.'}
            </p>
          </div>
        )}
        <ul className="notebook-list" aria-label="Highlights">
          {entries.map((entry) => (
            <NotebookEntryRow
              key={entry.id}
              entry={entry}
              selected={shown.ids.has(entry.id)}
              onSelect={onSelect}
            />
          ))}
        </ul>
        {page && page.entries.length < page.total && (
          <button type="button" className="button notebook-more" onClick={() => setCount((n) => n + PAGE)}>
            Show more ({page.total - page.entries.length} left)
          </button>
        )}
      </main>
    </div>
  );
}
