import { useEffect, useRef, useState } from 'react';
import type { Settings } from '../../../electron/contract/model';
import { ChevronDownIcon, ExportIcon } from '../common/icons';
import { useSettings } from '../common/settings-context';

const ENTITY_OPTIONS: { value: Settings['exportEntities']; label: string; hint: string }[] = [
  { value: 'none', label: 'Leave them out', hint: 'Quotes and notes only' },
  { value: 'tags', label: 'As tags', hint: '#person/Xi-Jinping after each quote' },
  { value: 'links', label: 'As links', hint: '[[Xi Jinping]] for Obsidian and Logseq' },
];

/** "Export notes as Markdown", with its one option: how entities in highlights are written. */
export function ExportButton({ onExport, exporting }: { onExport: () => void; exporting: boolean }) {
  const { settings, update } = useSettings();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== 'Escape') return;
      if (event instanceof MouseEvent && box.current?.contains(event.target as Node)) return;
      setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  return (
    <div className="split-button menu-anchor" ref={box}>
      <button
        type="button"
        className="button split-main"
        onClick={onExport}
        disabled={exporting}
        data-testid="export-button"
        aria-label="Export notes as Markdown"
        title="Export notes as Markdown"
      >
        <ExportIcon />
        <span>{exporting ? 'Exporting…' : 'Export notes as Markdown'}</span>
      </button>
      <button
        type="button"
        className="button split-toggle"
        aria-label="Export options"
        aria-expanded={open}
        aria-haspopup="dialog"
        onClick={() => setOpen((value) => !value)}
      >
        <ChevronDownIcon />
      </button>
      {open && (
        <div className="menu export-options" role="dialog" aria-label="Export options">
          <fieldset>
            <legend className="field-label">Entities in highlights</legend>
            {ENTITY_OPTIONS.map((option) => (
              <label key={option.value} className="radio-row">
                <input
                  type="radio"
                  name="export-entities"
                  value={option.value}
                  checked={settings.exportEntities === option.value}
                  onChange={() => update({ exportEntities: option.value })}
                />
                <span>
                  {option.label}
                  <small>{option.hint}</small>
                </span>
              </label>
            ))}
          </fieldset>
        </div>
      )}
    </div>
  );
}
