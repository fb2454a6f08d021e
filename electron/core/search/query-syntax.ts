import type { EntityType, HighlightColor } from '../../contract/model';
import { HIGHLIGHT_COLORS, SEARCH_FILTERS } from '../../contract/values';
import { GlossError } from '../errors';
import { foldQuery } from './fold';

export type SearchFilterName = (typeof SEARCH_FILTERS)[number];

/** What a typed query asks for: words (prefix and typo tolerant), exact phrases, and filters. */
export interface ParsedQuery {
  /** Folded words, in the order typed. */
  words: string[];
  /** Folded phrases (from "quotes"), each matched as a whole. */
  phrases: string[];
  filters: SearchFilters;
}

export interface SearchFilters {
  tags: string[];
  /** `type` null for `entity:` (any type). Names folded. */
  entities: { type: Exclude<EntityType, 'date'> | null; name: string }[];
  sites: string[];
  colors: HighlightColor[];
  hasNote: boolean;
  /** Published before / after, as comparable ISO prefixes (YYYY, YYYY-MM or YYYY-MM-DD). */
  before: string | null;
  after: string | null;
  /** Only what the reader marked (quotes) or wrote (notes). */
  within: 'highlights' | 'notes' | null;
}

const ENTITY_FILTERS: Partial<Record<SearchFilterName, Exclude<EntityType, 'date'> | null>> = {
  person: 'person',
  place: 'place',
  org: 'organization',
  entity: null,
};

/** `name:value`, `name:"a value"`, `"a phrase"`, or a word. */
const TOKEN = /([a-z]+):(?:"([^"]*)"?|(\S*))|"([^"]*)"?|(\S+)/giu;
const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

const known = (name: string): name is SearchFilterName =>
  (SEARCH_FILTERS as readonly string[]).includes(name);
const refuse = (message: string) => new GlossError('invalid-params', `"query": ${message}`);

/** Read the search box's text; a filter with a value it cannot take is refused with why. */
export function parseQuery(query: string): ParsedQuery {
  const parsed: ParsedQuery = {
    words: [],
    phrases: [],
    filters: {
      tags: [],
      entities: [],
      sites: [],
      colors: [],
      hasNote: false,
      before: null,
      after: null,
      within: null,
    },
  };
  for (const [, name, quoted, bare, phrase, word] of query.matchAll(TOKEN)) {
    if (name !== undefined && known(name.toLowerCase())) {
      const value = (quoted ?? bare ?? '').trim();
      if (value) addFilter(parsed.filters, name.toLowerCase() as SearchFilterName, value);
    } else if (phrase !== undefined) {
      const folded = foldQuery(phrase);
      if (folded) parsed.phrases.push(folded);
    } else {
      parsed.words.push(...words(word ?? `${name}:${quoted ?? bare ?? ''}`));
    }
  }
  return parsed;
}

/** The words of a piece of query text, folded, split where search splits text. */
export function words(text: string): string[] {
  return foldQuery(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function addFilter(filters: SearchFilters, name: SearchFilterName, value: string): void {
  const entityType = ENTITY_FILTERS[name];
  if (entityType !== undefined)
    return void filters.entities.push({ type: entityType, name: foldQuery(value) });
  switch (name) {
    case 'tag':
      return void filters.tags.push(value.toLowerCase());
    case 'site':
      return void filters.sites.push(foldQuery(value));
    case 'color': {
      const color = HIGHLIGHT_COLORS.find((known) => known === value.toLowerCase());
      if (!color) throw refuse(`color: is one of ${HIGHLIGHT_COLORS.join(', ')}, not "${value}"`);
      return void filters.colors.push(color);
    }
    case 'has':
      if (value.toLowerCase() !== 'note') throw refuse(`has: takes "note" (has:note), not "${value}"`);
      filters.hasNote = true;
      return;
    case 'in': {
      const within = value.toLowerCase();
      if (within !== 'highlights' && within !== 'notes')
        throw refuse(`in: is "highlights" or "notes", not "${value}"`);
      filters.within = within;
      return;
    }
    case 'before':
    case 'after':
      if (!DATE.test(value))
        throw refuse(`${name}: takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not "${value}"`);
      filters[name] = value;
      return;
  }
}

/** Whether the query asks for anything at all (words, phrases or a filter). */
export function isEmptyQuery({ words, phrases, filters }: ParsedQuery): boolean {
  const { tags, entities, sites, colors, hasNote, before, after } = filters;
  return (
    words.length + phrases.length + tags.length + entities.length + sites.length + colors.length === 0 &&
    !hasNote &&
    before === null &&
    after === null
  );
}
