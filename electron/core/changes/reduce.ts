/**
 * The pure reducers of changes (records.ts), their inverses, and the check a local write must
 * pass. Reducers never throw and never mutate: a change whose target is gone (deleted on
 * another device, or already undone) changes nothing, so records from several devices can be
 * replayed in clock order through the same reducers.
 */
import type { Note, Settings, StoredEntityRule } from '../../contract/model';
import { nameKey } from '../entities/name-key';
import { GlossError } from '../errors';
import type {
  ArticleNotes,
  Change,
  EntityLibrary,
  EntityLibraryChange,
  LibraryChange,
  NotesChange,
} from './records';

/** What a notes file holds: the article's user fields and its notes. */
export interface NotesState<E extends object = object> {
  entry: E;
  notes: ArticleNotes;
}

/** What the library keeps for all articles. */
export interface LibraryState {
  settings: Settings;
  tagColors: Record<string, string>;
}

const tagKey = (name: string) => name.trim().toLowerCase();

/**
 * A note edit started from `basedOn` (the stored note's `updatedAt` then; undefined: the caller
 * does not say) is stale once the stored note's `updatedAt` is another.
 */
const staleNote = (stored: string | null, basedOn: string | null | undefined): GlossError | null =>
  basedOn === undefined || stored === basedOn
    ? null
    : new GlossError(
        'conflict',
        'This note was changed elsewhere (another window or a script) since you started editing it. Nothing was saved.',
      );

export function reduceNotes<S extends NotesState>(state: S, change: NotesChange): S {
  const { notes } = state;
  const withNotes = (next: Partial<ArticleNotes>): S => ({ ...state, notes: { ...notes, ...next } });
  switch (change.type) {
    case 'highlight/created':
      if (notes.highlights.some((highlight) => highlight.id === change.highlight.id)) return state;
      return withNotes({ highlights: [...notes.highlights, change.highlight] });
    case 'highlight/updated':
      return withNotes({
        highlights: notes.highlights.map((highlight) =>
          highlight.id === change.highlightId ? { ...highlight, ...change.set } : highlight,
        ),
      });
    case 'highlight/deleted':
      return withNotes({
        highlights: notes.highlights.filter((highlight) => highlight.id !== change.highlightId),
      });
    case 'note/saved':
      return withNotes({ note: change.note });
    case 'correction/added':
      if (notes.corrections.some((stored) => stored.id === change.correction.id)) return state;
      return withNotes({ corrections: [...notes.corrections, change.correction] });
    case 'correction/removed':
      return withNotes({
        corrections: notes.corrections.filter((stored) => stored.id !== change.correctionId),
      });
    case 'article/updated':
      return { ...state, entry: { ...state.entry, ...change.set } };
  }
}

export function reduceLibrary(state: LibraryState, change: LibraryChange): LibraryState {
  switch (change.type) {
    case 'settings/updated':
      return { ...state, settings: { ...state.settings, ...change.set } };
    case 'tag/colored': {
      const key = tagKey(change.name);
      const tagColors = Object.fromEntries(Object.entries(state.tagColors).filter(([tag]) => tag !== key));
      if (change.color !== null) tagColors[key] = change.color;
      return { ...state, tagColors };
    }
  }
}

const byAge = (a: StoredEntityRule, b: StoredEntityRule) => a.createdAt.localeCompare(b.createdAt);

/** One rule per name: `rule` in its place by age, every other rule about its name gone. */
function withRule(rules: readonly StoredEntityRule[], rule: StoredEntityRule): StoredEntityRule[] {
  const key = nameKey(rule.rule.name);
  return rules
    .filter((other) => other.id !== rule.id && nameKey(other.rule.name) !== key)
    .concat(rule)
    .sort(byAge);
}

/** Notes on entities are keyed by type and canonical name, any case. */
export function entityNoteKey(entity: { type: string; name: string }): string {
  return `${entity.type}:${nameKey(entity.name)}`;
}

/** The user's note on `entity` in `library`, if there is one. */
export function entityNoteOf(
  library: EntityLibrary,
  entity: { type: string; name: string },
): Note | undefined {
  const key = entityNoteKey(entity);
  return library.entityNotes.find((record) => entityNoteKey(record) === key)?.note;
}

export function reduceEntityLibrary(state: EntityLibrary, change: EntityLibraryChange): EntityLibrary {
  switch (change.type) {
    case 'entity-note/saved': {
      const key = entityNoteKey(change.entity);
      const others = state.entityNotes.filter((record) => entityNoteKey(record) !== key);
      const empty = change.note.markdown.trim() === '';
      return {
        ...state,
        entityNotes: empty ? others : [...others, { ...change.entity, note: change.note }],
      };
    }
    case 'rule/added':
      return { ...state, rules: withRule(state.rules, change.rule) };
    case 'rule/updated': {
      const current = state.rules.find((rule) => rule.id === change.ruleId);
      if (!current) return state;
      return {
        ...state,
        rules: withRule(state.rules, { ...current, rule: change.rule, updatedAt: change.updatedAt }),
      };
    }
    case 'rule/removed':
      return { ...state, rules: state.rules.filter((rule) => rule.id !== change.ruleId) };
  }
}

/** The values `set` would replace, as they are in `current` (absent ones as undefined). */
function previous<T extends object>(current: T, set: Partial<T>): Partial<T> {
  return Object.fromEntries(Object.keys(set).map((key) => [key, current[key as keyof T]])) as Partial<T>;
}

/**
 * The change that undoes `change`, given the state it applies to (before it); null when it
 * changes nothing there. Notes changes need the notes state, library changes the library state.
 */
export function invert(
  change: Change,
  before: NotesState | LibraryState | EntityLibrary | null,
): Change | null {
  const notes = before && 'notes' in before ? before : null;
  const library = before && 'settings' in before ? before : null;
  const entities = before && 'rules' in before ? before : null;
  const rule = (id: string) => entities?.rules.find((candidate) => candidate.id === id);
  const highlight = (id: string) => notes?.notes.highlights.find((candidate) => candidate.id === id);
  switch (change.type) {
    case 'highlight/created':
      return { type: 'highlight/deleted', articleId: change.articleId, highlightId: change.highlight.id };
    case 'highlight/updated': {
      const current = highlight(change.highlightId);
      return current
        ? {
            type: change.type,
            articleId: change.articleId,
            highlightId: change.highlightId,
            set: previous(current, change.set),
          }
        : null;
    }
    case 'highlight/deleted': {
      const current = highlight(change.highlightId);
      return current ? { type: 'highlight/created', articleId: change.articleId, highlight: current } : null;
    }
    case 'note/saved':
      return notes && { type: change.type, articleId: change.articleId, note: notes.notes.note };
    case 'correction/added':
      return { type: 'correction/removed', articleId: change.articleId, correctionId: change.correction.id };
    case 'correction/removed': {
      const current = notes?.notes.corrections.find((stored) => stored.id === change.correctionId);
      return current ? { type: 'correction/added', articleId: change.articleId, correction: current } : null;
    }
    case 'article/updated':
      return notes && { ...change, set: previous(notes.entry, change.set) };
    case 'settings/updated':
      return library && { ...change, set: previous(library.settings, change.set) };
    case 'tag/colored':
      return library && { ...change, color: library.tagColors[tagKey(change.name)] ?? null };
    case 'article/imported':
    case 'article/restored':
      return { ...change, type: 'article/deleted' };
    case 'article/deleted':
      return { ...change, type: 'article/restored' };
    case 'rule/added': {
      // The rule it replaced (about the same name) comes back, which replaces it in turn.
      const replaced = entities?.rules.find(
        (other) => nameKey(other.rule.name) === nameKey(change.rule.rule.name),
      );
      return replaced
        ? { type: 'rule/added', rule: replaced }
        : { type: 'rule/removed', ruleId: change.rule.id };
    }
    case 'rule/updated': {
      const current = rule(change.ruleId);
      return current ? { ...change, rule: current.rule, updatedAt: current.updatedAt } : null;
    }
    case 'rule/removed': {
      const current = rule(change.ruleId);
      return current ? { type: 'rule/added', rule: current } : null;
    }
    case 'entity-note/saved': {
      const note = (entities && entityNoteOf(entities, change.entity)) ?? {
        markdown: '',
        editorState: null,
        updatedAt: null,
      };
      return entities && { type: change.type, entity: change.entity, note };
    }
  }
}

/**
 * Why a local write to the entity library cannot apply: the rule it changes is gone, or the
 * entity note it edits was saved since (by another window) from another version.
 */
export function ruleRefusal(state: EntityLibrary, change: EntityLibraryChange): GlossError | null {
  if (change.type === 'rule/added') return null;
  if (change.type === 'entity-note/saved') {
    return staleNote(entityNoteOf(state, change.entity)?.updatedAt ?? null, change.basedOn);
  }
  return state.rules.some((rule) => rule.id === change.ruleId)
    ? null
    : new GlossError('not-found', 'That library rule was deleted.');
}

/**
 * Why a local write of `change` cannot apply to `state`: its target does not exist (or, for a
 * creation, already does). Null when it can. Replayed records skip this (the reducer is total).
 */
export function refusal(state: NotesState, change: NotesChange): GlossError | null {
  const has = (id: string) => state.notes.highlights.some((highlight) => highlight.id === id);
  switch (change.type) {
    case 'highlight/created':
      return has(change.highlight.id)
        ? new GlossError('invalid-params', 'That highlight is already in the article.')
        : null;
    case 'highlight/updated': {
      const current = state.notes.highlights.find((highlight) => highlight.id === change.highlightId);
      if (!current)
        return new GlossError('not-found', 'That highlight no longer exists. It may have been deleted.');
      return staleNote(current.note.updatedAt, change.basedOn);
    }
    case 'note/saved':
      return staleNote(state.notes.note.updatedAt, change.basedOn);
    case 'highlight/deleted':
      return has(change.highlightId)
        ? null
        : new GlossError('not-found', 'That highlight no longer exists. It may have been deleted.');
    case 'correction/removed':
      return state.notes.corrections.some((stored) => stored.id === change.correctionId)
        ? null
        : new GlossError('not-found', 'That correction was already undone.');
    default:
      return null;
  }
}
