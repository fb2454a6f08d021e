import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { TagColor } from '../../../electron/contract/model';
import { menuIndex } from './menu-keys';
import { TAG_COLORS, TAG_COLOR_LABELS, tagColorClass } from './tag-palette';

const OPTIONS: readonly (TagColor | null)[] = [...TAG_COLORS, null];
const label = (color: TagColor | null) => (color ? TAG_COLOR_LABELS[color] : 'No color');
const LABELS = OPTIONS.map(label);

/**
 * A tag's color dot, which opens a menu of the palette (and "No color"). A WAI-ARIA menu button:
 * Enter, Space or ↓ open it on the current color; arrows, Home/End and first letters move;
 * Enter or Space choose; Esc closes and gives focus back to the dot.
 */
export function TagColorMenu({
  tag,
  color,
  onChange,
}: {
  tag: string;
  color: TagColor | null;
  onChange: (color: TagColor | null) => void;
}) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    items.current[Math.max(0, OPTIONS.indexOf(color))]?.focus();
    const onDown = (event: MouseEvent) => {
      if (!box.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
    // Only on opening: focus starts on the current color, and stays put while the menu is open.
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) trigger.current?.focus();
  };
  const choose = (option: TagColor | null) => {
    close(true);
    if (option !== color) onChange(option);
  };
  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
      return;
    } else {
      const current = items.current.findIndex((item) => item === document.activeElement);
      const next = menuIndex(event.key, current, LABELS);
      if (next === null) return;
      items.current[next]?.focus();
    }
    // Handled here: page shortcuts (T for theme, / for search) must not fire as well.
    event.preventDefault();
    event.stopPropagation();
  };

  const name = `Color for #${tag}`;
  return (
    <div className="menu-anchor tag-color" ref={box}>
      <button
        ref={trigger}
        type="button"
        className="tag-color-button"
        aria-label={`${name}: ${label(color)}`}
        title={`${name}: ${label(color)}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
          event.preventDefault();
          setOpen(true);
        }}
      >
        <span className={`tag-dot ${tagColorClass(color)}`.trim()} aria-hidden="true" />
      </button>
      {open && (
        <div className="menu tag-color-menu" role="menu" id={menuId} aria-label={name} onKeyDown={onMenuKey}>
          {OPTIONS.map((option, index) => (
            <button
              key={option ?? 'none'}
              ref={(element) => {
                items.current[index] = element;
              }}
              type="button"
              role="menuitemradio"
              aria-checked={option === color}
              tabIndex={-1}
              className="menu-item"
              onClick={() => choose(option)}
            >
              <span className={`tag-dot ${tagColorClass(option)}`.trim()} aria-hidden="true" />
              {label(option)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
