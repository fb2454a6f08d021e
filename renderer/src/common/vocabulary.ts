import type { ArticleSort, EntityType, HighlightColor, ReadingState } from '../../../electron/contract/model';
import {
  ARTICLE_SORTS,
  ENTITY_TYPES,
  HIGHLIGHT_COLORS,
  READING_STATES,
} from '../../../electron/contract/values';

export { ARTICLE_SORTS, ENTITY_TYPES, HIGHLIGHT_COLORS, READING_STATES };

export const ENTITY_LABELS: Record<EntityType, { one: string; many: string }> = {
  person: { one: 'Person', many: 'People' },
  organization: { one: 'Organization', many: 'Organizations' },
  place: { one: 'Place', many: 'Places' },
  group: { one: 'Group', many: 'Groups' },
  event: { one: 'Event', many: 'Events' },
  date: { one: 'Date', many: 'Dates' },
};

export const COLOR_LABELS: Record<HighlightColor, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  purple: 'Purple',
};

/** The library's sort menu. */
export const SORT_LABELS: Record<ArticleSort, string> = {
  added: 'Date added',
  published: 'Date published',
  title: 'Title',
  progress: 'Reading progress',
  highlights: 'Most highlights',
};

/** Each reading state: the library's tab, the action that moves an article there, its key. */
export const READING_STATE_LABELS: Record<
  ReadingState,
  { tab: string; action: string; done: string; key: string }
> = {
  inbox: { tab: 'Inbox', action: 'Move to the inbox', done: 'Moved to the inbox', key: 'I' },
  later: { tab: 'Later', action: 'Read later', done: 'Kept for later', key: 'L' },
  archive: { tab: 'Archive', action: 'Archive', done: 'Archived', key: 'A' },
};

/** `::highlight()` names; the stylesheet styles each one. */
export const entityLayer = (type: EntityType): string => `entity-${type}`;
export const userLayer = (color: HighlightColor): string => `user-${color}`;
export const FOCUS_LAYER = 'gloss-focus';
export const FLASH_LAYER = 'gloss-flash';
/** Find in the article (Ctrl/Cmd+F): every match, and the current one over them. */
export const FIND_LAYER = 'gloss-find';
export const FIND_CURRENT_LAYER = 'gloss-find-current';

/** Later layers paint over earlier ones: your highlights over entities, focus over all. */
export const PAINT_LAYERS = [
  ...ENTITY_TYPES.map((type) => ({ name: entityLayer(type), priority: 1 })),
  ...HIGHLIGHT_COLORS.map((color) => ({ name: userLayer(color), priority: 2 })),
  { name: FOCUS_LAYER, priority: 3 },
  { name: FIND_LAYER, priority: 4 },
  { name: FIND_CURRENT_LAYER, priority: 5 },
  { name: FLASH_LAYER, priority: 6 },
];
