import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EntityDetector } from '../entities';
import { createLibrary, type Library } from '../library';

/** Finds "Lavrov" as a person, nothing else: enough to filter by entity. */
const lavrovOnly: EntityDetector = {
  detect: (text) => {
    const mentions = [...text.matchAll(/Lavrov/g)].map((match) => ({
      start: match.index,
      end: match.index + 6,
      type: 'person' as const,
      text: 'Lavrov',
      entityId: 'person:sergey-lavrov',
    }));
    const entities = mentions.length
      ? [
          {
            id: 'person:sergey-lavrov',
            name: 'Sergey Lavrov',
            type: 'person' as const,
            aliases: ['Lavrov'],
            mentionCount: mentions.length,
          },
        ]
      : [];
    return Promise.resolve({ mentions, entities });
  },
  close: () => Promise.resolve(),
};
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('the notebook', () => {
  let dataDir: string;
  let library: Library;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'gloss-notebook-'));
    library = await createLibrary({ dataDir, seed: false, detector: lavrovOnly, backfill: false });
  });
  afterEach(async () => {
    await library.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const article = async (name: string, text: string) => {
    const { id } = await library['import/file']({ name, data: base64(text) });
    const body = (await library['articles/get']({ id })).text;
    const mark = async (quote: string, color: 'yellow' | 'green', note = '', tags: string[] = []) => {
      const start = body.indexOf(quote);
      const made = await library['highlights/create']({
        articleId: id,
        start,
        end: start + quote.length,
        color,
      });
      await library['highlights/update']({ articleId: id, id: made.id, note: { markdown: note }, tags });
      return made.id;
    };
    return { id, mark };
  };

  it('lists every highlight newest first, filtered by color, tag, note, article, date and entity', async () => {
    const one = await article(
      'talks.txt',
      'Lavrov met Wang Yi in Beijing. The talks ran late into the night.',
    );
    const two = await article(
      'ports.txt',
      'Port fees rose sharply in March. Lavrov was not asked about shipping.',
    );
    await one.mark('Lavrov met Wang Yi', 'yellow', 'Who set this up?', ['diplomacy']);
    await one.mark('talks ran late', 'green');
    await two.mark('Port fees rose', 'green', '', ['Shipping']);
    await two.mark('Lavrov was not asked', 'yellow', 'odd');

    const all = await library['highlights/list']({});
    expect(all.total).toBe(4);
    expect(all.entries.map((entry) => entry.exact)).toEqual([
      'Lavrov was not asked',
      'Port fees rose',
      'talks ran late',
      'Lavrov met Wang Yi',
    ]);
    expect(all.entries[0]).toMatchObject({ articleId: two.id, color: 'yellow', note: { markdown: 'odd' } });

    const quotes = async (filters: Parameters<Library['highlights/list']>[0]) =>
      (await library['highlights/list'](filters)).entries.map((entry) => entry.exact);
    expect(await quotes({ color: 'green' })).toEqual(['Port fees rose', 'talks ran late']);
    expect(await quotes({ tag: 'shipping' })).toEqual(['Port fees rose']);
    expect(await quotes({ hasNote: true })).toEqual(['Lavrov was not asked', 'Lavrov met Wang Yi']);
    expect(await quotes({ hasNote: false, articleId: one.id })).toEqual(['talks ran late']);
    expect(await quotes({ entity: { name: 'sergey lavrov', type: 'person' } })).toEqual([
      'Lavrov was not asked',
      'Lavrov met Wang Yi',
    ]);
    const today = new Date().toISOString().slice(0, 10);
    expect(await quotes({ after: today, before: today })).toHaveLength(4);
    expect(await quotes({ before: '2000-01-01' })).toEqual([]);
    const page = await library['highlights/list']({ limit: 2, offset: 2 });
    expect([page.total, page.entries.map((entry) => entry.exact)]).toEqual([
      4,
      ['talks ran late', 'Lavrov met Wang Yi'],
    ]);
  });

  it('exports picked highlights as Markdown, by article, and refuses ones that are gone', async () => {
    const one = await article(
      'talks.txt',
      'Lavrov met Wang Yi in Beijing. The talks ran late into the night.',
    );
    const late = await one.mark('talks ran late', 'green', 'Until **3 am**', ['night shift']);
    const met = await one.mark('Lavrov met Wang Yi', 'yellow');
    const { fileName, markdown } = await library['export/highlights']({
      highlights: [
        { articleId: one.id, id: late },
        { articleId: one.id, id: met },
      ],
    });
    expect(fileName).toMatch(/^Gloss highlights \d{4}-\d{2}-\d{2}\.md$/);
    expect(markdown).toContain('## Lavrov met Wang Yi in Beijing');
    expect(markdown.indexOf('> Lavrov met Wang Yi')).toBeLessThan(markdown.indexOf('> talks ran late'));
    expect(markdown).toContain('> talks ran late\n\nUntil **3 am**\n\n#night-shift');
    const linked = await article(
      'talks.md',
      'Lavrov met [Wang Yi](https://example.com/wang-yi) in *Beijing*. The talks ran late.',
    );
    const visit = await linked.mark('met Wang Yi in Beijing', 'yellow');
    const withLinks = await library['export/highlights']({
      highlights: [{ articleId: linked.id, id: visit }],
    });
    expect(withLinks.markdown).toContain('> met [Wang Yi](https://example.com/wang-yi) in *Beijing*');
    await expect(
      library.dispatch('export/highlights', { highlights: [{ articleId: one.id, id: 'gone' }] }),
    ).resolves.toMatchObject({ error: { code: 'not-found' } });
  });
});
