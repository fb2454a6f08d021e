/**
 * Where focus goes in a menu of `labels` after a key press, from `current`: arrows move and wrap,
 * Home/End jump, a letter jumps to the next item starting with it (WAI-ARIA menu pattern).
 * Returns null for a key the menu does not use.
 */
export function menuIndex(key: string, current: number, labels: readonly string[]): number | null {
  const count = labels.length;
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return (current + 1) % count;
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
  }
  if (key.length !== 1 || !/\p{L}/u.test(key)) return null;
  const letter = key.toLowerCase();
  for (let step = 1; step <= count; step += 1) {
    const index = (current + step) % count;
    if (labels[index]!.toLowerCase().startsWith(letter)) return index;
  }
  return null;
}
