/** The DOM position under a screen point: caretPositionFromPoint, or Chromium's older name. */
export function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const legacy = (document as { caretRangeFromPoint?: (x: number, y: number) => Range | null })
    .caretRangeFromPoint;
  const range = legacy?.call(document, x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** Whether the character `[offset, offset + 1)` of a text node is drawn under the point. */
export function charContains(node: Node, offset: number, x: number, y: number): boolean {
  const length = node.textContent?.length ?? 0;
  if (offset < 0 || offset >= length) return false;
  const range = document.createRange();
  range.setStart(node, offset);
  range.setEnd(node, offset + 1);
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}
