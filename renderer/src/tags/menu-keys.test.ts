import { describe, expect, it } from 'vitest';
import { menuIndex } from './menu-keys';

const labels = ['Gray', 'Red', 'Orange', 'Yellow', 'Green', 'Teal', 'Blue', 'Purple', 'Pink', 'No color'];

describe('menuIndex', () => {
  it.each<[string, number, number | null]>([
    ['ArrowDown', 0, 1],
    ['ArrowDown', 9, 0],
    ['ArrowUp', 0, 9],
    ['ArrowUp', 5, 4],
    ['Home', 6, 0],
    ['End', 2, 9],
    // A letter goes to the next item starting with it, wrapping around.
    ['t', 0, 5],
    ['P', 0, 7],
    ['p', 7, 8],
    ['p', 8, 7],
    ['g', 0, 4],
    ['g', 4, 0],
    ['n', 3, 9],
    ['x', 3, null],
    [' ', 3, null],
    ['Enter', 3, null],
    ['Tab', 3, null],
    // Nothing focused yet.
    ['ArrowDown', -1, 0],
    ['b', -1, 6],
  ])('%j from %i goes to %j', (key, from, to) => {
    expect(menuIndex(key, from, labels)).toBe(to);
  });

  it('does nothing in an empty menu', () => {
    expect(menuIndex('ArrowDown', 0, [])).toBeNull();
  });
});
