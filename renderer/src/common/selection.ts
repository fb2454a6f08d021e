/**
 * Which rows of a list are selected, as a file manager does it: a click selects one row, a
 * Ctrl/Cmd+click toggles one, a Shift+click selects the range from the last clicked row, and
 * "all" selects every row. Pure: the view keeps the state.
 */
export interface Selection {
  ids: ReadonlySet<string>;
  /** The row the next Shift+click extends from. */
  anchor: string | null;
}

export const emptySelection: Selection = { ids: new Set(), anchor: null };

export type SelectAction =
  { kind: 'click'; id: string; shift: boolean; toggle: boolean } | { kind: 'all' } | { kind: 'clear' };

export function select(selection: Selection, action: SelectAction, order: readonly string[]): Selection {
  if (action.kind === 'clear') return emptySelection;
  if (action.kind === 'all') return { ids: new Set(order), anchor: order[0] ?? null };
  const { id } = action;
  if (action.shift && selection.anchor !== null && order.includes(selection.anchor)) {
    const from = order.indexOf(selection.anchor);
    const to = order.indexOf(id);
    const range = order.slice(Math.min(from, to), Math.max(from, to) + 1);
    return { ids: new Set([...(action.toggle ? selection.ids : []), ...range]), anchor: selection.anchor };
  }
  if (action.toggle) {
    const ids = new Set(selection.ids);
    if (ids.has(id)) ids.delete(id);
    else ids.add(id);
    return { ids, anchor: id };
  }
  return { ids: new Set([id]), anchor: id };
}

/** The selection without rows that are no longer listed (after a filter changes). */
export function keepListed(selection: Selection, order: readonly string[]): Selection {
  const listed = new Set(order);
  const ids = new Set([...selection.ids].filter((id) => listed.has(id)));
  if (ids.size === selection.ids.size) return selection;
  return { ids, anchor: selection.anchor && listed.has(selection.anchor) ? selection.anchor : null };
}
