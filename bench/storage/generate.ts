/**
 * Writes the benchmark library twice, directly as files (not through 100,000 API calls): once
 * in Gloss's layout (index + per-article files) and once as the single-file baseline (one lowdb
 * JSONFile holding everything, pretty-printed as lowdb's JSONFile writes it).
 */
import { closeSync, mkdirSync, openSync, statSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { ContentFile, IndexFile, NotesFile } from '../../electron/core/storage/file-schemas';
import { SCHEMA_VERSION } from '../../electron/core/storage/layout';
import { DEFAULT_SETTINGS } from '../../electron/core/storage/model-schemas';
import type { ArticleEntry, StoredHighlight } from '../../electron/core/storage/store';
import { seededRandom } from '../../electron/core/storage/test-helpers';
import { TextMaker } from './text';

export const TAGS = Array.from({ length: 40 }, (_, i) => `topic-${i}`);

export interface BenchLibrary {
  shardedDir: string;
  singleFile: string;
  ids: string[];
}

function highlightsFor(maker: TextMaker, text: string, count: number, at: string): StoredHighlight[] {
  return Array.from({ length: count }, (_, i) => {
    const start = Math.floor(maker.random() * (text.length - 200));
    const end = start + 20 + Math.floor(maker.random() * 150);
    return {
      id: `h${i}-${maker.random().toString(36).slice(2, 10)}`,
      color: maker.pick(['yellow', 'green', 'blue', 'pink', 'purple'] as const),
      selector: {
        quote: {
          exact: text.slice(start, end),
          prefix: text.slice(start - 32, start),
          suffix: text.slice(end, end + 32),
        },
        position: { start, end },
      },
      note: maker.note(at),
      tags: Array.from({ length: Math.floor(maker.random() * 3) }, () => maker.pick(TAGS)),
      createdAt: at,
      updatedAt: at,
    };
  });
}

export function generateLibrary(
  root: string,
  articles: number,
  highlightsPerArticle: number,
  words: number,
): BenchLibrary {
  const maker = new TextMaker(seededRandom(42));
  const shardedDir = path.join(root, 'sharded');
  const singleFile = path.join(root, 'single', 'db.json');
  mkdirSync(path.join(shardedDir, 'articles'), { recursive: true });
  mkdirSync(path.dirname(singleFile), { recursive: true });
  const single = openSync(singleFile, 'w');
  writeSync(
    single,
    `{\n  "schemaVersion": 1,\n  "settings": ${JSON.stringify(DEFAULT_SETTINGS)},\n  "articles": [\n`,
  );
  const index: IndexFile = {
    schemaVersion: SCHEMA_VERSION,
    articles: [],
    tagColors: {},
    settings: DEFAULT_SETTINGS,
    savedAt: '',
  };
  const ids: string[] = [];
  for (let n = 0; n < articles; n++) {
    const id = `art${String(n).padStart(6, '0')}`;
    const at = new Date(Date.UTC(2024, 0, 1) + n * 3_600_000).toISOString();
    const { text, blocks, wordCount } = maker.article(words);
    const fields = {
      id,
      title: maker.sentence().slice(0, 60),
      byline: null,
      source: `/home/reader/articles/${id}.txt`,
      url: null,
      siteName: null,
      lang: null,
      format: 'text' as const,
      publishedAt: at.slice(0, 10),
      addedAt: at,
      tags: Array.from({ length: Math.floor(maker.random() * 3) }, () => maker.pick(TAGS)),
      wordCount,
      progress: 0,
      readingState: 'inbox' as const,
    };
    const notes = {
      articleId: id,
      note: maker.note(at),
      highlights: highlightsFor(maker, text, highlightsPerArticle, at),
      corrections: [],
    };
    const content: ContentFile = {
      schemaVersion: SCHEMA_VERSION,
      entry: fields,
      content: { id, text, blocks, marks: [] },
    };
    const notesFile: NotesFile = { schemaVersion: SCHEMA_VERSION, entry: fields, notes };
    mkdirSync(path.join(shardedDir, 'articles', id));
    writeFileSync(path.join(shardedDir, 'articles', id, 'article.json'), JSON.stringify(content));
    const notesPath = path.join(shardedDir, 'articles', id, 'notes.json');
    writeFileSync(notesPath, JSON.stringify(notesFile));
    const stat = statSync(notesPath);
    const highlightTags = [...new Set(notes.highlights.flatMap((h) => h.tags))];
    const entry: ArticleEntry = { ...fields, highlightCount: notes.highlights.length, highlightTags };
    index.articles.push({ entry, stamp: { ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs } });
    const record = JSON.stringify({ ...entry, text, blocks, ...notes }, null, 2).replace(/\n/g, '\n    ');
    writeSync(single, `${n ? ',\n' : ''}    ${record}`);
    ids.push(id);
  }
  writeSync(single, '\n  ]\n}');
  closeSync(single);
  index.savedAt = new Date().toISOString();
  writeFileSync(path.join(shardedDir, 'library.json'), JSON.stringify(index));
  return { shardedDir, singleFile, ids };
}
