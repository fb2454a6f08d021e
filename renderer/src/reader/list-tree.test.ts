import { describe, expect, it } from 'vitest';
import { listTree, type ListNode } from './list-tree';

/** A list as `ul[...]`/`ol[...]` of block indexes, nested lists after their item. */
function show(lists: ListNode[]): string {
  return lists
    .map(
      (list) =>
        `${list.ordered ? 'ol' : 'ul'}[${list.items.map((item) => `${item.index}${item.lists.length ? show(item.lists) : ''}`).join(' ')}]`,
    )
    .join(' ');
}

const ul = (depth: number) => ({ ordered: false, depth });
const ol = (depth: number, number: number) => ({ ordered: true, depth, number });

describe('list tree', () => {
  it.each([
    ['a flat list', [ul(0), ul(0), ul(0)], 'ul[5 6 7]'],
    ['a nested list under its item', [ul(0), ul(1), ul(1), ul(0)], 'ul[5ul[6 7] 8]'],
    ['an ordered list inside an unordered one', [ul(0), ol(1, 1), ol(1, 2), ul(0)], 'ul[5ol[6 7] 8]'],
    ['two levels down and back up', [ol(0, 1), ol(1, 1), ul(2), ol(0, 2)], 'ol[5ol[6ul[7]] 8]'],
    ['a jump of two levels counts as one', [ul(0), ul(2)], 'ul[5ul[6]]'],
    ['an ordered list right after an unordered one is a new list', [ul(0), ol(0, 1)], 'ul[5] ol[6]'],
    ['a list starting deep', [ul(1), ul(1)], 'ul[5 6]'],
  ])('%s', (_, items, expected) => {
    expect(show(listTree(5, items))).toBe(expected);
  });
});
