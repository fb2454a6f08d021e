import { useCallback, useEffect, useRef, useState } from 'react';
import { dialogOpen, isTyping } from './keyboard';
import { emptySelection, keepListed, select, type SelectAction, type Selection } from './selection';

/**
 * A selection over a listed order (selection.ts), kept to the rows still listed, with the keys
 * every list with a selection shares: Ctrl/Cmd+A selects all, Esc lets go.
 */
export function useListSelection(order: readonly string[]): {
  selection: Selection;
  act: (action: SelectAction) => void;
} {
  const [selection, setSelection] = useState(emptySelection);
  const shown = keepListed(selection, order);
  const act = useCallback(
    (action: SelectAction) => setSelection((current) => select(keepListed(current, order), action, order)),
    [order],
  );
  const latest = useRef({ act, size: shown.ids.size });
  latest.current = { act, size: shown.ids.size };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event) || dialogOpen()) return;
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'a') {
        event.preventDefault();
        latest.current.act({ kind: 'all' });
      } else if (event.key === 'Escape' && latest.current.size > 0) {
        event.preventDefault();
        latest.current.act({ kind: 'clear' });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return { selection: shown, act };
}
