import type { Tag, TagColor } from '../../../electron/contract/model';
import { TAG_COLORS } from '../../../electron/contract/values';

/** Every color a tag can have (the core's palette: TagColor), with its name in the menu. */
export const TAG_COLOR_LABELS: Record<TagColor, string> = {
  gray: 'Gray',
  red: 'Red',
  orange: 'Orange',
  yellow: 'Yellow',
  green: 'Green',
  teal: 'Teal',
  blue: 'Blue',
  purple: 'Purple',
  pink: 'Pink',
};

/** The colors in the order the color menu lists them. */
export { TAG_COLORS };

/**
 * A palette name, or null for anything else. Colors come from the core; only names checked here
 * ever become class names, so a stray string can never reach the stylesheet.
 */
export function asTagColor(value: unknown): TagColor | null {
  return typeof value === 'string' && (TAG_COLORS as readonly string[]).includes(value)
    ? (value as TagColor)
    : null;
}

/** The class that gives an element a tag color's tokens (styles/tags.css); '' for none. */
export function tagColorClass(color: TagColor | null): string {
  const checked = asTagColor(color);
  return checked ? `tag-color-${checked}` : '';
}

/** Tags match case-insensitively, as in the core. */
export const tagKey = (name: string): string => name.trim().toLowerCase();

/** Each colored tag's color by `tagKey`; tags without a (known) color are left out. */
export function tagColorMap(tags: readonly Tag[]): Map<string, TagColor> {
  const colors = new Map<string, TagColor>();
  for (const tag of tags) {
    const color = asTagColor(tag.color);
    if (color) colors.set(tagKey(tag.name), color);
  }
  return colors;
}

/** `tags` with one tag's color changed, as the UI shows it until the core answers. */
export function withTagColor(tags: readonly Tag[], name: string, color: TagColor | null): Tag[] {
  const key = tagKey(name);
  return tags.map((tag) => (tagKey(tag.name) === key ? { ...tag, color } : tag));
}
