import { describe, expect, it } from 'vitest';
import { emptySelection, keepListed, select, type Selection } from './selection';

const order = ['a', 'b', 'c', 'd', 'e'];
const ids = (selection: Selection) => [...selection.ids].sort();
const click = (id: string, shift = false, toggle = false) => ({ kind: 'click' as const, id, shift, toggle });

describe('list selection', () => {
  it.each([
    ['a click selects one row', [click('b')], ['b']],
    ['another click moves it', [click('b'), click('d')], ['d']],
    [
      'Ctrl+click adds and removes rows',
      [click('b'), click('d', false, true), click('b', false, true)],
      ['d'],
    ],
    ['Shift+click selects a range, either way', [click('d'), click('b', true)], ['b', 'c', 'd']],
    [
      'Shift+click again re-ranges from the same row',
      [click('b'), click('d', true), click('c', true)],
      ['b', 'c'],
    ],
    [
      'Ctrl+Shift+click adds a range',
      [click('a'), click('c', false, true), click('e', true, true)],
      ['a', 'c', 'd', 'e'],
    ],
    ['all, then clear', [{ kind: 'all' as const }, { kind: 'clear' as const }], []],
    ['all', [{ kind: 'all' as const }], order],
  ])('%s', (_name, actions, expected) => {
    const result = actions.reduce((selection, action) => select(selection, action, order), emptySelection);
    expect(ids(result)).toEqual(expected);
  });

  it('drops rows a filter hid, and keeps the same object when nothing changed', () => {
    const selection = select(select(emptySelection, click('b'), order), click('d', false, true), order);
    expect(keepListed(selection, order)).toBe(selection);
    expect(ids(keepListed(selection, ['a', 'b', 'c']))).toEqual(['b']);
    expect(keepListed(selection, ['a', 'b']).anchor).toBeNull();
  });
});
