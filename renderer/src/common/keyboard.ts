/** True when a key press belongs to a text field, so single-key shortcuts must not fire. */
export function isTyping(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(type);
  }
  return false;
}

/** A plain key: no Ctrl, Cmd or Alt (Shift is part of keys like "?" and "["). */
export function isPlainKey(event: KeyboardEvent): boolean {
  return !event.ctrlKey && !event.metaKey && !event.altKey;
}

/** True when a modal dialog is open, so page shortcuts stay quiet. */
export function dialogOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}

/**
 * Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z redoes, and so does Ctrl+Y off the Mac (where Cmd+Y is
 * the History menu's).
 */
export function historyKey(event: KeyboardEvent): 'undo' | 'redo' | null {
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  const mod = mac ? event.metaKey : event.ctrlKey;
  if (!mod || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !mac && !event.shiftKey) return 'redo';
  return null;
}
