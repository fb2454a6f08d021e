/** What list nesting needs of a list-item block. */
export interface ListItemLike {
  ordered: boolean;
  depth: number;
  number?: number;
}

/** A list (`<ul>` or `<ol>`) of items, each a block index with the lists nested under it. */
export interface ListNode {
  ordered: boolean;
  items: { index: number; lists: ListNode[] }[];
}

/**
 * Nested lists from a run of consecutive list items (`items[k]` is block `first + k`). An item
 * deeper than the one before goes in a list under it (a jump of several levels counts as one);
 * a change between ordered and unordered at one depth starts a new list there.
 */
export function listTree(first: number, items: readonly ListItemLike[]): ListNode[] {
  const top: ListNode[] = [];
  // The open lists, outermost first, with the source depth each one holds.
  const stack: { list: ListNode; depth: number }[] = [];
  items.forEach((item, k) => {
    while (stack.length > 0 && stack[stack.length - 1]!.depth > item.depth) stack.pop();
    let open = stack[stack.length - 1];
    if (open && open.depth === item.depth && open.list.ordered !== item.ordered) {
      stack.pop();
      open = stack[stack.length - 1];
    }
    if (!open || open.depth < item.depth) {
      const list: ListNode = { ordered: item.ordered, items: [] };
      const parent = open?.list.items[open.list.items.length - 1];
      if (parent) parent.lists.push(list);
      else top.push(list);
      open = { list, depth: item.depth };
      stack.push(open);
    }
    open.list.items.push({ index: first + k, lists: [] });
  });
  return top;
}
