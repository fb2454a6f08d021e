import { describe, expect, it } from 'vitest';
import type { Tag } from '../../../electron/contract/model';
import { asTagColor, tagColorClass, tagColorMap, TAG_COLORS, withTagColor } from './tag-palette';

const tags = [
  { name: 'Diplomacy', color: 'teal', count: 2 },
  { name: 'russia', color: null, count: 1 },
  // Not in the palette: whatever the core answers, only palette names become class names.
  { name: 'odd', color: 'red; background: url(x)', count: 1 },
  { name: 'proto', color: 'constructor', count: 1 },
] as unknown as Tag[];

describe('tag colors', () => {
  it('are looked up by name, case-insensitively', () => {
    const colors = tagColorMap(tags);
    expect(colors.get('diplomacy')).toBe('teal');
    expect(colors.has('russia')).toBe(false);
  });

  it('ignore anything outside the palette', () => {
    const colors = tagColorMap(tags);
    expect(colors.has('odd')).toBe(false);
    expect(colors.has('proto')).toBe(false);
    expect(asTagColor('toString')).toBeNull();
    expect(asTagColor(42)).toBeNull();
  });

  it.each(TAG_COLORS)('%s maps to its own class', (color) => {
    expect(tagColorClass(color)).toBe(`tag-color-${color}`);
  });

  it('give no class to a tag without a color', () => {
    expect(tagColorClass(null)).toBe('');
  });

  it('change for one tag only, matched case-insensitively', () => {
    const changed = withTagColor(tags, 'DIPLOMACY', null);
    expect(changed.map((tag) => tag.color)).toEqual([null, null, 'red; background: url(x)', 'constructor']);
    expect(tags[0]!.color).toBe('teal');
  });
});
