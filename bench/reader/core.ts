/** The core side of `npm run bench reader`: import the articles, add highlights, time the calls. */
import { decodeMentions } from '../../electron/contract/codec/mention-columns';
import type { Library } from '../../electron/core/library';
import { percentile } from '../storage/measure';
import { ARTICLES, articleFile, highlightRanges, type ArticleSize } from './generate';
import type { PageMark, StaticArticle } from './static-pages';
import type { BenchTable } from '../table';

export interface CoreFigures {
  id: string;
  title: string;
  words: number;
  mentions: number;
  highlights: number;
  getMs: number;
  getMB: number;
  entitiesMB: number;
  createP95: number;
  updateP95: number;
  noteP95: number;
  /** Block indexes that hold at least one entity mention or highlight (must show marks). */
  markedBlocks: number[];
  /** The same text and marks, for the static baselines. */
  staticArticle: StaticArticle;
}

async function timed<T>(samples: number[], action: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await action();
  samples.push(performance.now() - start);
  return result;
}

const median = (values: number[]) => percentile(values, 50);
const megabytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value)) / 2 ** 20;

export async function prepareArticle(
  root: string,
  library: Library,
  size: ArticleSize,
): Promise<CoreFigures> {
  const file = articleFile(root, size);
  const summary = await library['import/file']({
    name: file.name,
    data: Buffer.from(file.text).toString('base64'),
  });
  for (;;) {
    const entities = await library['entities/get']({ articleId: summary.id });
    if (entities.state.status !== 'running') break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const first = await library['articles/get']({ id: summary.id });

  // Highlights one by one, as a reader makes them; the last tenth are timed at full size.
  const ranges = highlightRanges(first.text, ARTICLES[size].highlights);
  const create: number[] = [];
  const ids: string[] = [];
  for (const [i, range] of ranges.entries()) {
    const samples = i >= ranges.length * 0.9 ? create : [];
    const made = await timed(samples, () =>
      library['highlights/create']({ articleId: summary.id, ...range, color: 'yellow' }),
    );
    ids.push(made.id);
  }
  const update: number[] = [];
  const note: number[] = [];
  for (let i = 0; i < 100; i++) {
    const id = ids[(i * 37) % ids.length]!;
    await timed(update, () =>
      library['highlights/update']({
        articleId: summary.id,
        id,
        note: { markdown: `Note ${i} on this passage.` },
      }),
    );
    await timed(note, () =>
      library['notes/save']({ articleId: summary.id, note: { markdown: `The article note, version ${i}.` } }),
    );
  }

  const gets: number[] = [];
  let view = first;
  for (let i = 0; i < 3; i++) view = await timed(gets, () => library['articles/get']({ id: summary.id }));
  const entities = await library['entities/get']({ articleId: summary.id });

  const mentions = decodeMentions(view.text, view.mentions, view.entityList);
  const marks: PageMark[] = [
    ...mentions.map((mention) => ({
      start: mention.start,
      end: mention.end,
      layer: `entity-${mention.type}`,
    })),
    ...view.highlights.map((highlight) => ({
      start: highlight.start,
      end: highlight.end,
      layer: 'user-yellow',
    })),
  ];
  const marked = new Set<number>();
  let block = 0;
  for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
    while (block + 1 < view.blocks.length && view.blocks[block + 1]!.start <= mark.start) block++;
    marked.add(block);
  }
  return {
    id: summary.id,
    title: summary.title,
    words: summary.wordCount,
    mentions: mentions.length,
    highlights: view.highlights.length,
    getMs: median(gets),
    getMB: megabytes(view),
    entitiesMB: megabytes(entities),
    createP95: percentile(create, 95),
    updateP95: percentile(update, 95),
    noteP95: percentile(note, 95),
    markedBlocks: [...marked].sort((a, b) => a - b),
    staticArticle: { text: view.text, blocks: view.blocks, marks },
  };
}

const fmt = (value: number, digits: number) => (Number.isNaN(value) ? '–' : value.toFixed(digits));

/** The core's figures for both articles (`npm run bench reader`, and `reader-core` alone). */
export function coreTable(long: CoreFigures, medium: CoreFigures): BenchTable {
  const row = (label: string, pick: (figures: CoreFigures) => number, digits = 1): (string | number)[] => [
    label,
    fmt(pick(long), digits),
    fmt(pick(medium), digits),
  ];
  return {
    title: 'Reader, the core (plain Node, in process)',
    columns: ['figure', `long (${long.highlights} highlights)`, `medium (${medium.highlights} highlights)`],
    rows: [
      row('`articles/get` (ms, median of 3)', (f) => f.getMs),
      row('`articles/get` answer (MB)', (f) => f.getMB, 2),
      row('`entities/get` answer (MB)', (f) => f.entitiesMB, 2),
      row('`highlights/create`, the last 10% (p95 ms)', (f) => f.createP95),
      row('`highlights/update` of a note (p95 ms)', (f) => f.updateP95),
      row('`notes/save` (p95 ms)', (f) => f.noteP95),
    ],
  };
}
