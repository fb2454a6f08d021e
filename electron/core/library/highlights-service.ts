import type { Api } from '../../contract/api';
import type { Block, Highlight, Note } from '../../contract/model';
import { anchor, anchorAll, quoteSelector, type AnchorResult } from '../anchoring';
import { GlossError } from '../errors';
import type { HighlightSet } from '../changes/records';
import type { ArticleNotes, Store, StoredHighlight } from '../storage/store';
import { newId, nowIso } from './ids';
import { canonicalTags, tagsInUse } from './tags';

type HighlightMethods = Pick<
  Api,
  | 'highlights/create'
  | 'highlights/update'
  | 'highlights/delete'
  | 'highlights/restore'
  | 'notes/get'
  | 'notes/save'
  | 'tags/set'
  | 'tags/add'
  | 'tags/list'
  | 'tags/setColor'
>;

export const emptyNote = (): Note => ({ markdown: '', editorState: null, updatedAt: null });

/** A stored highlight as the renderer sees it: anchored in the article's current text. */
export function toHighlight(
  articleId: string,
  text: string,
  stored: StoredHighlight,
  anchored: AnchorResult = anchor(text, stored.selector),
): Highlight {
  const { quote } = stored.selector;
  return {
    id: stored.id,
    articleId,
    color: stored.color,
    start: anchored.start,
    end: anchored.end,
    exact: quote.exact,
    prefix: quote.prefix,
    suffix: quote.suffix,
    anchor: anchored.status,
    note: stored.note,
    tags: stored.tags,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
  };
}

/**
 * All of an article's highlights, anchored within one budget for the article (anchoring/); with
 * the article's blocks, a PDF's highlights also say the page they start on.
 */
export function toHighlights(
  articleId: string,
  text: string,
  stored: readonly StoredHighlight[],
  blocks: readonly Block[] = [],
): Highlight[] {
  const anchored = anchorAll(
    text,
    stored.map((highlight) => highlight.selector),
  );
  return stored.map((highlight, i) => {
    const view = toHighlight(articleId, text, highlight, anchored[i]);
    const page = view.anchor === 'orphan' ? undefined : pageAt(blocks, view.start);
    return page === undefined ? view : { ...view, page };
  });
}

/** The page of the block an offset falls in (blocks are in text order), when blocks have pages. */
export function pageAt(blocks: readonly Block[], offset: number): number | undefined {
  let low = 0;
  let high = blocks.length - 1;
  let found: Block | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (blocks[middle]!.start <= offset) {
      found = blocks[middle];
      low = middle + 1;
    } else high = middle - 1;
  }
  return found?.page;
}

function findHighlight(notes: ArticleNotes | undefined, id: string): StoredHighlight {
  const highlight = notes?.highlights.find((candidate) => candidate.id === id);
  if (!highlight)
    throw new GlossError('not-found', 'That highlight no longer exists. It may have been deleted.');
  return highlight;
}

/** Highlights, notes and tags: every write touches only the article's notes file. */
export function highlightMethods(store: Store): HighlightMethods {
  const knownTags = () => tagsInUse(store.list()).map((tag) => tag.name);
  /** An article's tags, or one of its highlights' when `highlightId` is given. */
  const writeTags = (articleId: string, highlightId: string | undefined, tags: string[]) =>
    highlightId
      ? store.apply({
          type: 'highlight/updated',
          articleId,
          highlightId,
          set: { tags, updatedAt: nowIso() },
        })
      : store.updateEntry(articleId, { tags });
  const textOf = async (articleId: string) => (await store.readContent(articleId)).text;

  return {
    'highlights/create': async ({ articleId, start, end, color }) => {
      const text = await textOf(articleId);
      const quote = quoteSelector(text, start, end);
      const now = nowIso();
      const stored: StoredHighlight = {
        id: newId(),
        color: color ?? 'yellow',
        selector: { quote, position: { start, end } },
        note: emptyNote(),
        tags: [],
        createdAt: now,
        updatedAt: now,
      };
      await store.apply({ type: 'highlight/created', articleId, highlight: stored });
      return toHighlight(articleId, text, stored);
    },

    'highlights/update': async ({ articleId, id, color, note, tags }) => {
      const text = await textOf(articleId);
      const tagList = tags && canonicalTags(tags, knownTags());
      const now = nowIso();
      const set: HighlightSet = { updatedAt: now };
      if (color) set.color = color;
      if (note) set.note = { markdown: note.markdown, editorState: note.editorState ?? null, updatedAt: now };
      if (tagList) set.tags = tagList;
      const basedOn = note?.basedOn;
      const change = { type: 'highlight/updated' as const, articleId, highlightId: id, set };
      const { notes } = await store.apply(basedOn === undefined ? change : { ...change, basedOn });
      return toHighlight(articleId, text, findHighlight(notes, id));
    },

    'highlights/delete': async ({ articleId, id }) => {
      const text = await textOf(articleId);
      const { inverse } = await store.apply({ type: 'highlight/deleted', articleId, highlightId: id });
      if (inverse?.type !== 'highlight/created') throw new Error('A deleted highlight has no inverse');
      return toHighlight(articleId, text, inverse.highlight);
    },

    'highlights/restore': async ({ highlight }) => {
      const text = await textOf(highlight.articleId);
      const stored: StoredHighlight = {
        id: highlight.id,
        color: highlight.color,
        selector: {
          quote: { exact: highlight.exact, prefix: highlight.prefix, suffix: highlight.suffix },
          position: { start: highlight.start, end: highlight.end },
        },
        note: highlight.note,
        tags: canonicalTags(highlight.tags, knownTags()),
        createdAt: highlight.createdAt,
        updatedAt: nowIso(),
      };
      await store.apply({ type: 'highlight/created', articleId: highlight.articleId, highlight: stored });
      return toHighlight(highlight.articleId, text, stored);
    },

    'notes/get': async ({ articleId }) => {
      const [content, notes] = await Promise.all([store.readContent(articleId), store.readNotes(articleId)]);
      return {
        note: notes.note,
        highlights: toHighlights(articleId, content.text, notes.highlights, content.blocks),
      };
    },

    'notes/save': async ({ articleId, note }) => {
      const saved: Note = {
        markdown: note.markdown,
        editorState: note.editorState ?? null,
        updatedAt: nowIso(),
      };
      const change = { type: 'note/saved' as const, articleId, note: saved };
      await store.apply(note.basedOn === undefined ? change : { ...change, basedOn: note.basedOn });
      return saved;
    },

    'tags/set': async ({ articleId, highlightId, tags }) => {
      const clean = canonicalTags(tags, knownTags());
      await writeTags(articleId, highlightId, clean);
      return { tags: clean };
    },

    'tags/add': async ({ targets, tag }) => {
      const [name] = canonicalTags([tag], knownTags());
      if (!name) throw new GlossError('invalid-params', 'A tag cannot be empty.');
      const has = (list: readonly string[]) =>
        list.some((known) => known.toLowerCase() === name.toLowerCase());
      // Every target is checked before the first write, so a stale one changes nothing.
      const plans: { articleId: string; highlightId?: string; tags: string[] }[] = [];
      for (const { articleId, highlightId } of targets) {
        const entry = store.entry(articleId);
        if (!entry)
          throw new GlossError(
            'not-found',
            'One of those articles is not in the library. Nothing was tagged.',
          );
        if (highlightId === undefined) {
          if (!has(entry.tags)) plans.push({ articleId, tags: [...entry.tags, name] });
          continue;
        }
        const current = findHighlight(await store.readNotes(articleId), highlightId);
        if (!has(current.tags)) plans.push({ articleId, highlightId, tags: [...current.tags, name] });
      }
      const seen = new Set<string>();
      let tagged = 0;
      for (const { articleId, highlightId, tags } of plans) {
        const key = `${articleId}:${highlightId ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        await writeTags(articleId, highlightId, tags);
        tagged++;
      }
      return { tagged };
    },

    'tags/list': () => Promise.resolve(tagsInUse(store.list(), store.tagColors())),

    'tags/setColor': async ({ name, color }) => {
      const key = name.trim().toLowerCase();
      if (!tagsInUse(store.list()).some((tag) => tag.name.toLowerCase() === key)) {
        throw new GlossError('not-found', `No article or highlight is tagged "${name.trim()}".`);
      }
      await store.setTagColor(key, color);
      return tagsInUse(store.list(), store.tagColors());
    },
  };
}
