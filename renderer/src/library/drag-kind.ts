/**
 * What a drag over the window is, for the window's drop handling:
 * - 'files': files from outside, to import;
 * - 'text-into-field': a link or text over a text field or note editor, where the browser drops
 *   it as text (Lexical, too, relies on the browser's own drop there);
 * - 'link': a link (`text/uri-list`, as browsers drag them) anywhere else, to import the page;
 * - 'refused': text anywhere else. The browser's default there is to open a dropped
 *   link-like text in place of Gloss, so the window refuses it.
 */
export type DragKind = 'files' | 'text-into-field' | 'link' | 'refused';

export function dragKind(types: readonly string[], overTextField: boolean): DragKind {
  if (types.includes('Files')) return 'files';
  if (overTextField) return 'text-into-field';
  return types.includes('text/uri-list') ? 'link' : 'refused';
}

const TEXT_INPUTS = ['text', 'search', 'url', 'email', 'tel', 'password', 'number'];

/** Whether the browser would drop text into this element: a text field or an editable area. */
export function acceptsText(node: EventTarget | null): boolean {
  const element = node as HTMLElement | null;
  if (!element || element.nodeType !== 1) return false;
  if (element.isContentEditable) return true;
  if (element instanceof HTMLTextAreaElement) return !element.readOnly && !element.disabled;
  if (element instanceof HTMLInputElement)
    return TEXT_INPUTS.includes(element.type) && !element.readOnly && !element.disabled;
  return false;
}
