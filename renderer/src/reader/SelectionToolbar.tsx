import { useEffect, useRef, useState } from 'react';
import type { EntityType, HighlightColor } from '../../../electron/contract/model';
import { COLOR_LABELS, ENTITY_LABELS, ENTITY_TYPES, HIGHLIGHT_COLORS } from '../common/vocabulary';
import type { ArticleSelection } from './use-article-selection';

/**
 * The small toolbar over a selection: a color makes a highlight, "Entity" marks the selection
 * as an entity of a type. Mouse-down is swallowed so clicking here keeps the selection.
 */
export function SelectionToolbar({
  selection,
  onHighlight,
  onAddEntity,
}: {
  selection: ArticleSelection;
  onHighlight: (color: HighlightColor) => void;
  onAddEntity: (type: EntityType) => void;
}) {
  const [typesOpen, setTypesOpen] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (typesOpen) menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [typesOpen]);
  const { anchor } = selection;
  const below = anchor.top < 56;
  return (
    <div
      className={`selection-toolbar ${below ? 'below' : 'above'}`}
      role="toolbar"
      aria-label="Highlight the selection"
      data-testid="selection-toolbar"
      style={{ left: anchor.x, top: below ? anchor.bottom + 8 : anchor.top - 8 }}
      onMouseDown={(event) => event.preventDefault()}
    >
      {HIGHLIGHT_COLORS.map((color, index) => (
        <button
          key={color}
          type="button"
          className={`swatch swatch-${color}`}
          aria-label={`Highlight ${COLOR_LABELS[color].toLowerCase()}`}
          title={`${COLOR_LABELS[color]} (${index + 1}${index === 0 ? ' or H' : ''})`}
          onClick={() => onHighlight(color)}
        />
      ))}
      <span className="toolbar-divider" aria-hidden="true" />
      <div className="menu-anchor">
        <button
          type="button"
          className="toolbar-text-button"
          aria-haspopup="menu"
          aria-expanded={typesOpen}
          onClick={() => setTypesOpen((open) => !open)}
        >
          Entity…
        </button>
        {typesOpen && (
          <div
            className="menu"
            role="menu"
            aria-label="Mark the selection as"
            ref={menu}
            onKeyDown={(event) => {
              const items = Array.from(
                event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]'),
              );
              const index = items.indexOf(document.activeElement as HTMLElement);
              if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault();
                const step = event.key === 'ArrowDown' ? 1 : -1;
                items[(index + step + items.length) % items.length]?.focus();
              } else if (event.key === 'Escape') {
                // Close the menu only; the selection stays for another try.
                event.preventDefault();
                event.stopPropagation();
                setTypesOpen(false);
              }
            }}
          >
            {ENTITY_TYPES.map((type) => (
              <button
                key={type}
                type="button"
                role="menuitem"
                className="menu-item"
                onClick={() => {
                  setTypesOpen(false);
                  onAddEntity(type);
                }}
              >
                <span className={`type-dot type-${type}`} aria-hidden="true" />
                {ENTITY_LABELS[type].one}
              </button>
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
