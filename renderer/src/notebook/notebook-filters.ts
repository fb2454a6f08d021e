import type { ApiParams } from '../../../electron/contract/api';
import type { EntityType, HighlightColor } from '../../../electron/contract/model';

/** The notebook's filters as the view holds them. */
export interface NotebookFilters {
  tag: string | null;
  color: HighlightColor | null;
  hasNote: 'any' | 'yes' | 'no';
  articleId: string | null;
  entity: { name: string; type: EntityType } | null;
  /** YYYY-MM-DD or '' (the date inputs' own format). */
  after: string;
  before: string;
}

export const NO_FILTERS: NotebookFilters = {
  tag: null,
  color: null,
  hasNote: 'any',
  articleId: null,
  entity: null,
  after: '',
  before: '',
};

/** The `highlights/list` params for these filters (only those set). */
export function listParams(filters: NotebookFilters, limit: number): ApiParams<'highlights/list'> {
  return {
    ...(filters.tag ? { tag: filters.tag } : {}),
    ...(filters.color ? { color: filters.color } : {}),
    ...(filters.hasNote === 'any' ? {} : { hasNote: filters.hasNote === 'yes' }),
    ...(filters.articleId ? { articleId: filters.articleId } : {}),
    ...(filters.entity && filters.entity.name.trim()
      ? { entity: { ...filters.entity, name: filters.entity.name.trim() } }
      : {}),
    ...(filters.after ? { after: filters.after } : {}),
    ...(filters.before ? { before: filters.before } : {}),
    limit,
  };
}

/** Whether any filter is set (the view offers "Clear filters" then). */
export function isFiltered(filters: NotebookFilters): boolean {
  return Object.keys(listParams(filters, 1)).length > 1;
}
