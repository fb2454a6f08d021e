/**
 * The search benchmark's generated library written as Gloss keeps a library on disk (index,
 * and per article article.json, notes.json and a current entities.json), directly as files, so
 * the index is built by the app's own pipeline: reading each article's files, the worker, the save.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import type { Block, EntityMention } from '../../electron/contract/model';
import { DETECTOR_VERSION } from '../../electron/core/entities';
import type {
  ContentFile,
  EntitiesFile,
  IndexFile,
  NotesFile,
} from '../../electron/core/storage/file-schemas';
import { Layout, SCHEMA_VERSION } from '../../electron/core/storage/layout';
import { DEFAULT_SETTINGS, type EntryFields } from '../../electron/core/storage/model-schemas';
import type { ArticleEntry, StoredHighlight } from '../../electron/core/storage/store';
import type { CorpusArticle } from './corpus';

const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
/** Mentions per entity, as a news article names its people and places several times. */
const MENTIONS_EACH = 5;

function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  for (const paragraph of text.split('\n\n')) {
    blocks.push({ kind: 'paragraph', text: paragraph, start, end: start + paragraph.length });
    start += paragraph.length + 2;
  }
  return blocks;
}

/** Mentions at word starts through the text (the corpus's names are not in its text: offsets only matter). */
function mentionsOf(article: CorpusArticle, random: () => number): EntityMention[] {
  const words = [...article.text.matchAll(/\p{L}+/gu)];
  return article.entities
    .flatMap((entity) =>
      Array.from({ length: MENTIONS_EACH }, () => {
        const word = words[Math.floor(random() * words.length)]!;
        const start = word.index;
        return {
          start,
          end: start + word[0].length,
          type: entity.type,
          text: word[0],
          entityId: `${entity.type}:${entity.name}`,
        };
      }),
    )
    .sort((a, b) => a.start - b.start);
}

/** Writes `articles` into a new library at `dataDir` (which must not exist yet). */
export function writeLibrary(dataDir: string, articles: CorpusArticle[], random: () => number): void {
  const layout = new Layout(dataDir);
  mkdirSync(layout.articles, { recursive: true });
  const index: IndexFile = {
    schemaVersion: SCHEMA_VERSION,
    articles: [],
    tagColors: {},
    settings: DEFAULT_SETTINGS,
    savedAt: new Date().toISOString(),
  };
  for (const article of articles) {
    const { id, publishedAt: at } = article;
    const fields: EntryFields = {
      id,
      title: article.title,
      byline: article.byline,
      source: `https://${article.siteName}/${id}`,
      url: `https://${article.siteName}/${id}`,
      siteName: article.siteName,
      lang: 'en',
      format: 'html',
      publishedAt: at,
      addedAt: at,
      tags: article.tags,
      wordCount: 800,
      progress: 0,
      readingState: 'inbox',
    };
    const note = (markdown: string) => ({ markdown, editorState: null, updatedAt: markdown ? at : null });
    const highlights: StoredHighlight[] = article.highlights.map((h) => ({
      id: h.id,
      color: COLORS[Math.floor(random() * COLORS.length)]!,
      selector: {
        quote: {
          exact: h.quote,
          prefix: article.text.slice(Math.max(0, h.start - 32), h.start),
          suffix: article.text.slice(h.start + h.quote.length, h.start + h.quote.length + 32),
        },
        position: { start: h.start, end: h.start + h.quote.length },
      },
      note: note(h.note),
      tags: h.tags,
      createdAt: at,
      updatedAt: at,
    }));
    const content: ContentFile = {
      schemaVersion: SCHEMA_VERSION,
      entry: fields,
      content: { id, text: article.text, blocks: blocksOf(article.text), marks: [] },
    };
    const notes: NotesFile = {
      schemaVersion: SCHEMA_VERSION,
      entry: fields,
      notes: { articleId: id, note: note(article.note), highlights, corrections: [] },
    };
    const mentions = mentionsOf(article, random);
    const entities: EntitiesFile = {
      schemaVersion: SCHEMA_VERSION,
      cache: {
        detectorVersion: DETECTOR_VERSION,
        mentions,
        entities: article.entities.map((entity) => ({
          id: `${entity.type}:${entity.name}`,
          name: entity.name,
          type: entity.type,
          aliases: [entity.name, ...entity.aliases],
          mentionCount: MENTIONS_EACH,
        })),
      },
    };
    mkdirSync(layout.articleDir(id));
    writeFileSync(layout.content(id), JSON.stringify(content));
    writeFileSync(layout.notes(id), JSON.stringify(notes));
    writeFileSync(layout.entities(id), JSON.stringify(entities));
    const stat = statSync(layout.notes(id));
    const highlightTags = [...new Set(highlights.flatMap((h) => h.tags))];
    const entry: ArticleEntry = { ...fields, highlightCount: highlights.length, highlightTags };
    index.articles.push({ entry, stamp: { ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs } });
  }
  writeFileSync(layout.index, JSON.stringify(index));
}
