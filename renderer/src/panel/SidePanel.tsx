import type { ReactNode } from 'react';

export type PanelTab = 'notes' | 'entities';

const TABS: { id: PanelTab; label: string; key: string }[] = [
  { id: 'notes', label: 'Notes', key: 'N' },
  { id: 'entities', label: 'Entities', key: 'E' },
];

/** The side panel: two tabs (ARIA tabs; arrow keys switch), both kept mounted to keep editors. */
export function SidePanel({
  tab,
  onTab,
  counts,
  notes,
  entities,
  open,
}: {
  tab: PanelTab;
  onTab: (tab: PanelTab) => void;
  counts: Record<PanelTab, number>;
  notes: ReactNode;
  entities: ReactNode;
  open: boolean;
}) {
  return (
    <aside className={`side-panel${open ? ' is-open' : ''}`} aria-label="Notes and entities" id="side-panel">
      <div className="panel-tabs" role="tablist" aria-label="Side panel">
        {TABS.map((item) => (
          <button
            key={item.id}
            type="button"
            role="tab"
            id={`tab-${item.id}`}
            aria-selected={tab === item.id}
            aria-controls={`tabpanel-${item.id}`}
            aria-keyshortcuts={item.key}
            tabIndex={tab === item.id ? 0 : -1}
            className="panel-tab"
            onClick={() => onTab(item.id)}
            onKeyDown={(event) => {
              if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
              event.preventDefault();
              const next = item.id === 'notes' ? 'entities' : 'notes';
              onTab(next);
              document.getElementById(`tab-${next}`)?.focus();
            }}
          >
            {item.label}
            <span className="panel-tab-count">{counts[item.id]}</span>
          </button>
        ))}
      </div>
      <div
        className="panel-body"
        role="tabpanel"
        id="tabpanel-notes"
        aria-labelledby="tab-notes"
        hidden={tab !== 'notes'}
      >
        {notes}
      </div>
      <div
        className="panel-body"
        role="tabpanel"
        id="tabpanel-entities"
        aria-labelledby="tab-entities"
        hidden={tab !== 'entities'}
      >
        {entities}
      </div>
    </aside>
  );
}
