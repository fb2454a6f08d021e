import type { ReadingState } from '../../../electron/contract/model';
import { dialogOpen, isPlainKey, isTyping } from '../common/keyboard';
import { READING_STATE_LABELS, READING_STATES } from '../common/vocabulary';

/** The reading state a key press asks for (I, L, A), or null: quiet while typing or in a dialog. */
export function stateForKey(event: KeyboardEvent): ReadingState | null {
  if (event.defaultPrevented || isTyping(event) || !isPlainKey(event) || dialogOpen()) return null;
  const key = event.key.toUpperCase();
  return READING_STATES.find((state) => READING_STATE_LABELS[state].key === key) ?? null;
}
