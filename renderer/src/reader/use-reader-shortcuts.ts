import { useEffect, useRef } from 'react';
import type { HighlightColor } from '../../../electron/contract/model';
import { dialogOpen, isPlainKey, isTyping } from '../common/keyboard';
import { HIGHLIGHT_COLORS } from '../common/vocabulary';

export interface ReaderKeys {
  highlight: (color: HighlightColor) => boolean;
  stepMention: (direction: 1 | -1) => void;
  stepHighlight: (direction: 1 | -1) => void;
  showTab: (tab: 'notes' | 'entities', focusFilter?: boolean) => void;
  back: () => void;
  escape: () => boolean;
}

/** The reader's single-key shortcuts (listed in the help dialog); quiet while typing. */
export function useReaderShortcuts(keys: ReaderKeys): void {
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || dialogOpen()) return;
      const actions = latest.current;
      if (event.key === 'Escape') {
        if (!isTyping(event) && actions.escape()) event.preventDefault();
        return;
      }
      if (isTyping(event) || !isPlainKey(event)) return;
      const digit = Number(event.key);
      let handled = true;
      if (event.key === 'h' || event.key === 'H') handled = actions.highlight('yellow');
      else if (digit >= 1 && digit <= HIGHLIGHT_COLORS.length)
        handled = actions.highlight(HIGHLIGHT_COLORS[digit - 1]!);
      else if (event.key === ']') actions.stepMention(1);
      else if (event.key === '[') actions.stepMention(-1);
      else if (event.key === 'j' || event.key === 'J') actions.stepHighlight(1);
      else if (event.key === 'k' || event.key === 'K') actions.stepHighlight(-1);
      else if (event.key === 'e' || event.key === 'E') actions.showTab('entities');
      else if (event.key === 'n' || event.key === 'N') actions.showTab('notes');
      else if (event.key === '/') actions.showTab('entities', true);
      else if (event.key === 'b' || event.key === 'B') actions.back();
      else handled = false;
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
