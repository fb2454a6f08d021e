/**
 * Changes as data (issue 9): every write to the library is one of these serializable changes,
 * wrapped in a record that says who made it and when. A pure reducer (reduce.ts) applies a
 * change to the state it concerns; the store persists the result before anything in memory
 * sees it, then tells its listeners. Undo applies inverse changes (`invert`), and later sync
 * can merge two devices' records by clock with the same reducers.
 */
import { randomBytes } from 'node:crypto';
import type { ChangeType as ContractChangeType } from '../../contract/server-events';
import type {
  ArticleSummary,
  EntityRule,
  EntityType,
  HighlightColor,
  Note,
  Settings,
  StoredEntityCorrection,
  StoredEntityRule,
} from '../../contract/model';

/** A highlight as stored: W3C selectors, not where it anchors now. */
export interface StoredHighlight {
  id: string;
  color: HighlightColor;
  selector: {
    quote: { exact: string; prefix: string; suffix: string };
    position: { start: number; end: number };
  };
  note: Note;
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

/** Everything the user wrote about one article. */
export interface ArticleNotes {
  articleId: string;
  note: Note;
  highlights: StoredHighlight[];
  corrections: StoredEntityCorrection[];
}

/** A note the user wrote about an entity (by type and canonical name, any case). */
export interface EntityNoteRecord {
  type: EntityType;
  name: string;
  note: Note;
}

/** What the user said about entities across the library (`entity-library.json`). */
export interface EntityLibrary {
  /** Oldest first. */
  rules: StoredEntityRule[];
  entityNotes: EntityNoteRecord[];
}

/** The fields of a highlight a change may set. */
/** `selector` moves a highlight to where it is found in a new version of the article's text. */
export type HighlightSet = Partial<
  Pick<StoredHighlight, 'color' | 'note' | 'tags' | 'updatedAt' | 'selector'>
>;

/** The user fields of an article a change may set (tags, progress, title, reading state...). */
export type EntrySet = Partial<Omit<ArticleSummary, 'id' | 'highlightCount'>>;

/** Changes to one article's notes file (its notes, highlights, corrections and user fields). */
export type NotesChange =
  | { type: 'highlight/created'; articleId: string; highlight: StoredHighlight }
  /** `basedOn`: the note's `updatedAt` a local edit started from; a stale one is refused. */
  | {
      type: 'highlight/updated';
      articleId: string;
      highlightId: string;
      set: HighlightSet;
      basedOn?: string | null;
    }
  /** A tombstone: the record of the deletion stays in the stream. */
  | { type: 'highlight/deleted'; articleId: string; highlightId: string }
  | { type: 'note/saved'; articleId: string; note: Note; basedOn?: string | null }
  | { type: 'correction/added'; articleId: string; correction: StoredEntityCorrection }
  | { type: 'correction/removed'; articleId: string; correctionId: string }
  | { type: 'article/updated'; articleId: string; set: EntrySet };

/** Changes to what the library keeps for all articles (the index). */
export type LibraryChange =
  | { type: 'settings/updated'; set: Partial<Settings> }
  | { type: 'tag/colored'; name: string; color: string | null };

/**
 * An article coming or going as a whole. Its content lives in its folder (too big for a
 * record); a deleted article's folder goes to the trash, from which `article/restored` brings
 * it back. `article/deleted` is the article's tombstone.
 */
export type ArticleChange =
  | { type: 'article/imported'; articleId: string; title: string }
  | { type: 'article/deleted'; articleId: string; title: string }
  | { type: 'article/restored'; articleId: string; title: string };

/**
 * Changes to the library's entity rules (corrections that hold in every article) and notes. One rule per
 * name: an added rule replaces the rule about the same name, and so does an updated one.
 */
export type EntityLibraryChange =
  | { type: 'rule/added'; rule: StoredEntityRule }
  | { type: 'rule/updated'; ruleId: string; rule: EntityRule; updatedAt: string }
  | { type: 'rule/removed'; ruleId: string }
  /**
   * The user's note on an entity; an empty note removes it. `basedOn`: the note's `updatedAt` a
   * local edit started from (null: none was saved); a stale one is refused.
   */
  | {
      type: 'entity-note/saved';
      entity: { type: EntityType; name: string };
      note: Note;
      basedOn?: string | null;
    };

export type Change = NotesChange | LibraryChange | ArticleChange | EntityLibraryChange;
export type ChangeType = Change['type'];

// The contract's list of change types (what windows are told) names exactly these.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameTypes: Same<ChangeType, ContractChangeType> = true;
void sameTypes;

/** One change as it happened: a unique id, the device that made it, and its clock (hlc.ts). */
export interface ChangeRecord<C extends Change = Change> {
  id: string;
  device: string;
  /** Hybrid logical clock: sorts records of every device in causal order (hlc.ts). */
  clock: string;
  change: C;
}

const NOTES_TYPES = new Set<ChangeType>([
  'highlight/created',
  'highlight/updated',
  'highlight/deleted',
  'note/saved',
  'correction/added',
  'correction/removed',
  'article/updated',
]);

export function isNotesChange(change: Change): change is NotesChange {
  return NOTES_TYPES.has(change.type);
}

export function isEntityLibraryChange(change: Change): change is EntityLibraryChange {
  return (
    change.type === 'rule/added' ||
    change.type === 'rule/updated' ||
    change.type === 'rule/removed' ||
    change.type === 'entity-note/saved'
  );
}

/** The article a change concerns, if any. */
export function articleOf(change: Change): string | undefined {
  return 'articleId' in change ? change.articleId : undefined;
}

/** A new record id: 12 URL-safe characters (72 bits). */
export function newRecordId(): string {
  return randomBytes(9).toString('base64url');
}
