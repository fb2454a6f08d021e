import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Block, InlineMark, MarkKind } from '../electron/contract/model';
import { expect, type GlossApp } from './fixtures';
import { PNG_40x30 } from './png-fixture';

/** A run of text and the inline marks over it; runs in a row with the same mark share it. */
export type Run = string | { text: string; marks: (MarkKind | { link: string })[] };

/** A block as a test writes it: offsets are computed when the article is built. */
export type BlockSpec =
  | { kind: 'paragraph' | 'quote' | 'caption'; runs: Run[] }
  | { kind: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; runs: Run[] }
  | { kind: 'list-item'; ordered: boolean; depth: number; number?: number; runs: Run[] }
  | { kind: 'code'; text: string }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'figure'; src: string | null; alt: string; caption: string; omitted?: string }
  | { kind: 'rule' };

export interface RichContent {
  text: string;
  blocks: Block[];
  marks: InlineMark[];
}

const markKey = (mark: MarkKind | { link: string }) =>
  typeof mark === 'string' ? mark : `link ${mark.link}`;

/** Build the article text (blocks joined by "\n\n"), its blocks and its marks. */
export function buildRichContent(specs: readonly BlockSpec[]): RichContent {
  let text = '';
  const blocks: Block[] = [];
  const marks: InlineMark[] = [];
  const open = new Map<string, InlineMark>();

  const appendRuns = (runs: readonly Run[]) => {
    for (const run of runs) {
      const value = typeof run === 'string' ? run : run.text;
      const over = typeof run === 'string' ? [] : run.marks;
      const keys = new Set(over.map(markKey));
      for (const [key, mark] of open) {
        if (keys.has(key)) continue;
        open.delete(key);
        marks.push(mark);
      }
      for (const item of over) {
        const key = markKey(item);
        const existing = open.get(key);
        if (existing) existing.end = text.length + value.length;
        else
          open.set(key, {
            start: text.length,
            end: text.length + value.length,
            kind: typeof item === 'string' ? item : 'link',
            ...(typeof item === 'string' ? {} : { href: item.link }),
          });
      }
      text += value;
    }
    for (const mark of open.values()) marks.push(mark);
    open.clear();
  };

  for (const spec of specs) {
    if (blocks.length > 0) text += '\n\n';
    const start = text.length;
    switch (spec.kind) {
      case 'code':
        text += spec.text;
        blocks.push({ kind: 'code', text: spec.text, start, end: text.length });
        break;
      case 'rule':
        blocks.push({ kind: 'rule', text: '', start, end: start });
        break;
      case 'figure':
        text += spec.caption;
        blocks.push({
          kind: 'figure',
          text: spec.caption,
          start,
          end: text.length,
          image: { src: spec.src, alt: spec.alt, ...(spec.omitted ? { omitted: spec.omitted } : {}) },
        });
        break;
      case 'table': {
        const rows = spec.rows.map((cells, r) => {
          if (r > 0) text += '\n';
          return {
            cells: cells.map((cell, c) => {
              if (c > 0) text += '\t';
              const from = text.length;
              text += cell;
              return { start: from, end: text.length, header: r === 0 };
            }),
          };
        });
        blocks.push({ kind: 'table', text: text.slice(start), start, end: text.length, rows });
        break;
      }
      default: {
        appendRuns(spec.runs);
        const { runs: _runs, ...rest } = spec;
        blocks.push({ ...rest, text: text.slice(start), start, end: text.length });
      }
    }
  }
  marks.sort((a, b) => a.start - b.start || a.end - b.end);
  return { text, blocks, marks };
}

/**
 * Put a rich article in the library: import its plain text (so the library has an entry, a
 * notes file and a word count), then give the stored article these blocks and marks, as the
 * HTML and Markdown importers will, and restart so the server reads it fresh. Resolves with the
 * article's id, on a ready library page.
 */
export async function addRichArticle(
  gloss: GlossApp,
  title: string,
  specs: readonly BlockSpec[],
): Promise<string> {
  const content = buildRichContent(specs);
  const data = Buffer.from(`${title}\n\n${content.text.replace(/\t/g, ' ')}`).toString('base64');
  const imported = await gloss.call('import/file', { name: 'rich.txt', data });
  if (!('result' in imported)) throw new Error(`import failed: ${JSON.stringify(imported)}`);
  const id = imported.result.id;
  // Let detection of the imported text finish first, so its cache is not written after ours goes.
  await expect
    .poll(async () => {
      const entities = await gloss.call('entities/get', { articleId: id });
      return 'result' in entities ? entities.result.state.status : 'error';
    })
    .not.toBe('running');
  const folder = path.join(gloss.dataDir, 'articles', id);
  const file = JSON.parse(await readFile(path.join(folder, 'article.json'), 'utf8')) as {
    content: RichContent & { id: string };
  };
  // A figure with a source gets a real image, stored as an import stores it (media/<sha256>.png).
  const png = PNG_40x30;
  const name = `${createHash('sha256').update(png).digest('hex')}.png`;
  const blocks = content.blocks.map((block) =>
    block.kind === 'figure' && block.image.src !== null
      ? { ...block, image: { ...block.image, src: `media/${id}/${name}`, width: 40, height: 30 } }
      : block,
  );
  if (blocks.some((block, i) => block !== content.blocks[i])) {
    await mkdir(path.join(folder, 'media'), { recursive: true });
    await writeFile(path.join(folder, 'media', name), png);
  }
  file.content = { id, ...content, blocks };
  await writeFile(path.join(folder, 'article.json'), JSON.stringify(file));
  // Entities were detected on the imported text: detect again on this one.
  await rm(path.join(folder, 'entities.json'), { force: true });
  await gloss.restart();
  return id;
}
