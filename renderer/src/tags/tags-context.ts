import { createContext, useContext } from 'react';
import type { Tag, TagColor } from '../../../electron/contract/model';

export interface TagsApi {
  /** Every tag in use, with counts and colors; null until the first answer. */
  tags: Tag[] | null;
  /** A tag's color (names match case-insensitively); null when it has none. */
  colorOf: (name: string) => TagColor | null;
  /** Give a tag a color, or take it away with null. Shown at once; undone if the core refuses. */
  setColor: (name: string, color: TagColor | null) => void;
  /** Read the tags again, e.g. after tags were added or an article was deleted. */
  reload: () => void;
}

export const TagsContext = createContext<TagsApi | null>(null);

export function useTags(): TagsApi {
  const api = useContext(TagsContext);
  if (!api) throw new Error('useTags outside TagsProvider');
  return api;
}
