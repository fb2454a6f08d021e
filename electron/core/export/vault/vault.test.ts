import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { Entity, EntityMention, Highlight } from '../../../contract/model';
import { buildVault, type VaultArticle, type VaultFile } from './build-vault';
import { articleFileNames } from './vault-names';
import { MANIFEST, readManifest, writeVaultFolder } from './write-folder';
import { zipVault } from './zip-vault';

/** A vault file's Markdown (these vaults have no images). */
const textOf = (file: VaultFile) => ('content' in file ? file.content : '');
const noMedia = () => Promise.reject(new Error('these articles have no images'));

const TEXT = 'Sergey Lavrov met Wang Yi in Beijing. Lavrov praised the talks.';
const entity = (
  id: string,
  name: string,
  type: Entity['type'],
  mentionCount: number,
  aliases: string[] = [],
): Entity => ({
  id,
  name,
  type,
  aliases: [name, ...aliases],
  mentionCount,
});
const mention = (start: number, end: number, type: Entity['type'], entityId: string): EntityMention => ({
  start,
  end,
  type,
  text: TEXT.slice(start, end),
  entityId,
});
const highlight = (id: string, start: number, end: number): Highlight => ({
  id,
  articleId: 'a',
  color: 'yellow',
  start,
  end,
  exact: TEXT.slice(start, end),
  prefix: '',
  suffix: '',
  anchor: 'position',
  note: { markdown: '', editorState: null, updatedAt: null },
  tags: [],
  createdAt: '2024-04-10T00:00:00.000Z',
  updatedAt: '2024-04-10T00:00:00.000Z',
});

function article(id: string, title: string, addedAt: string, withEntities = true): VaultArticle {
  const lavrov = entity('person:sergey-lavrov', 'Sergey Lavrov', 'person', 2, ['Lavrov']);
  const beijing = entity('place:beijing', 'Beijing', 'place', 1);
  return {
    id,
    input: {
      article: {
        title,
        byline: null,
        source: `${id}.txt`,
        publishedAt: '2024-04-09',
        addedAt,
        tags: [],
        text: TEXT,
      },
      note: { markdown: '', editorState: null, updatedAt: null },
      highlights: [highlight(`${id}-h`, 0, 17)],
      entities: withEntities ? [lavrov, beijing] : [],
      mentions: withEntities
        ? [mention(0, 13, 'person', lavrov.id), mention(29, 36, 'place', beijing.id)]
        : [],
      settings: { exportEntities: 'none' },
    },
  };
}

describe('vault names', () => {
  it('are unique (ignoring case), oldest article first, and stay put across exports when titles change', () => {
    const articles = [
      { id: 'b', title: 'Talks in Beijing', addedAt: '2024-02-01' },
      { id: 'a', title: 'talks in beijing', addedAt: '2024-01-01' },
      { id: 'c', title: 'CON', addedAt: '2024-03-01' },
    ];
    const first = articleFileNames(articles);
    expect(Object.fromEntries(first)).toEqual({
      a: 'talks in beijing.md',
      b: 'Talks in Beijing 2.md',
      c: 'CON_.md',
    });
    const renamed = articles.map((a) => (a.id === 'a' ? { ...a, title: 'Renamed' } : a));
    expect(articleFileNames(renamed, first).get('a')).toBe('talks in beijing.md');
  });
});

describe('buildVault', () => {
  it('writes one file per article and, with entity notes, links articles and people both ways', () => {
    const vault = buildVault(
      [article('a', 'Lavrov in Beijing', '2024-04-10'), article('b', 'Lavrov again', '2024-04-11')],
      {
        entityNotes: true,
      },
    );
    expect(vault.files.map((file) => file.path).sort()).toEqual([
      'Articles/Lavrov again.md',
      'Articles/Lavrov in Beijing.md',
      'People/Sergey Lavrov.md',
      'Places/Beijing.md',
    ]);
    const byPath = new Map(vault.files.map((file) => [file.path, textOf(file)]));
    expect(byPath.get('Articles/Lavrov in Beijing.md')).toContain(
      '## Mentioned\n\n[[People/Sergey Lavrov|Sergey Lavrov]] · [[Places/Beijing|Beijing]]',
    );
    const person = byPath.get('People/Sergey Lavrov.md')!;
    expect(person).toMatch(/^---\ntype: person\naliases:\n {2}- Lavrov\n---\n\n# Sergey Lavrov/);
    expect(person).toContain('- [[Articles/Lavrov again|Lavrov again]] (2024-04-09), 2 mentions');
    expect(person).toContain('- [[Articles/Lavrov in Beijing|Lavrov in Beijing]] (2024-04-09), 2 mentions');
    // The highlight "Sergey Lavrov met" mentions him, in both articles.
    expect(person.match(/> Sergey Lavrov met\n\n— \[\[Articles\//g)).toHaveLength(2);
    expect(byPath.get('Places/Beijing.md')).not.toContain('## Highlights');
  });

  it("keeps the article's links, emphasis and PDF page in quotes, in article files and entity notes", () => {
    const linked = article('a', 'Lavrov in Beijing', '2024-04-10');
    // "Sergey Lavrov met": his name links to a profile, "met" is emphasised.
    linked.input.article.marks = [
      { start: 0, end: 13, kind: 'link', href: 'https://mfa.example/lavrov' },
      { start: 14, end: 17, kind: 'emphasis' },
    ];
    // From a PDF: the quote is cited with its page.
    linked.input.highlights = [{ ...linked.input.highlights[0]!, page: 12 }];
    const vault = buildVault([linked], { entityNotes: true });
    const byPath = new Map(vault.files.map((file) => [file.path, textOf(file)]));
    const quote = '> [Sergey Lavrov](https://mfa.example/lavrov) *met*';
    expect(byPath.get('Articles/Lavrov in Beijing.md')).toContain(`${quote}\n>\n> — p. 12`);
    expect(byPath.get('People/Sergey Lavrov.md')).toContain(
      `${quote}\n\n— [[Articles/Lavrov in Beijing|Lavrov in Beijing]], p. 12`,
    );
  });

  it('without entity notes, writes the articles only, with no links to notes that do not exist', () => {
    const vault = buildVault([article('a', 'Lavrov in Beijing', '2024-04-10')], { entityNotes: false });
    expect(vault.files.map((file) => file.path)).toEqual(['Articles/Lavrov in Beijing.md']);
    expect(textOf(vault.files[0]!)).not.toContain('[[');
  });

  it('zips every file under one folder', async () => {
    const vault = buildVault([article('a', 'Lavrov in Beijing', '2024-04-10')], { entityNotes: true });
    const files = unzipSync(await zipVault(vault.files, 'Gloss 2024-04-10', noMedia));
    expect(Object.keys(files).sort()).toEqual([
      'Gloss 2024-04-10/Articles/Lavrov in Beijing.md',
      'Gloss 2024-04-10/People/Sergey Lavrov.md',
      'Gloss 2024-04-10/Places/Beijing.md',
    ]);
    expect(strFromU8(files['Gloss 2024-04-10/Articles/Lavrov in Beijing.md']!)).toBe(textOf(vault.files[0]!));
  });

  it('gives way to other work while it zips a large library, and keeps every byte', async () => {
    const body = 'Lavrov met Wang Yi in Beijing and praised the talks at length. '.repeat(800);
    const files: VaultFile[] = Array.from({ length: 400 }, (_, i) => ({
      path: `Articles/Article ${i}.md`,
      content: `# Article ${i}\n\n${body}`,
    }));
    let answeredMeanwhile = false;
    const zipping = zipVault(files, 'Gloss', noMedia).then((zip) => ({ zip, answeredMeanwhile }));
    setTimeout(() => (answeredMeanwhile = true), 0);
    const { zip, answeredMeanwhile: answered } = await zipping;
    expect(answered).toBe(true);
    const unzipped = unzipSync(zip);
    expect(Object.keys(unzipped)).toHaveLength(400);
    expect(strFromU8(unzipped['Gloss/Articles/Article 399.md']!)).toBe(textOf(files[399]!));
  });
});

describe('writeVaultFolder', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  it('writes only what changed, and keeps a file edited outside Gloss', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gloss-vault-'));
    dirs.push(dir);
    const one = article('a', 'Lavrov in Beijing', '2024-04-10');
    const two = article('b', 'Second', '2024-04-11', false);
    expect(
      await writeVaultFolder(dir, buildVault([one, two], { entityNotes: true }), { readMedia: noMedia }),
    ).toEqual({
      written: 4,
      unchanged: 0,
      kept: [],
      cancelled: false,
    });
    expect((await readManifest(dir)).articles).toEqual({
      a: 'Articles/Lavrov in Beijing.md',
      b: 'Articles/Second.md',
    });

    // The reader edits one note in Obsidian, and an article changes in Gloss.
    const edited = path.join(dir, 'People', 'Sergey Lavrov.md');
    await writeFile(edited, '# Sergey Lavrov\n\nMy own notes.\n');
    one.input.note = { markdown: 'A new note', editorState: null, updatedAt: null };
    const again = await writeVaultFolder(dir, buildVault([one, two], { entityNotes: true }), {
      readMedia: noMedia,
    });
    expect(again).toEqual({ written: 1, unchanged: 2, kept: ['People/Sergey Lavrov.md'], cancelled: false });
    expect(await readFile(edited, 'utf8')).toBe('# Sergey Lavrov\n\nMy own notes.\n');
    expect(await readFile(path.join(dir, 'Articles', 'Lavrov in Beijing.md'), 'utf8')).toContain(
      'A new note',
    );

    // Still kept next time: the manifest remembers what Gloss wrote, not what is there now.
    expect(
      (await writeVaultFolder(dir, buildVault([one, two], { entityNotes: true }), { readMedia: noMedia }))
        .kept,
    ).toEqual(['People/Sergey Lavrov.md']);
  });

  it('never overwrites a file it did not write, and stops when cancelled', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gloss-vault-'));
    dirs.push(dir);
    await writeFile(path.join(dir, MANIFEST), 'damaged {');
    const vault = buildVault([article('a', 'Mine', '2024-04-10', false)], { entityNotes: false });
    await mkdir(path.join(dir, 'Articles'));
    await writeFile(path.join(dir, 'Articles', 'Mine.md'), 'a file of the user');
    expect((await writeVaultFolder(dir, vault, { readMedia: noMedia })).kept).toEqual(['Articles/Mine.md']);
    const controller = new AbortController();
    controller.abort();
    const cancelled = await writeVaultFolder(
      dir,
      buildVault([article('b', 'Other', '2024-04-10', false)], { entityNotes: false }),
      { readMedia: noMedia, signal: controller.signal },
    );
    expect(cancelled).toMatchObject({ written: 0, cancelled: true });
  });
});
