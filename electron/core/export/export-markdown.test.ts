import { Parser, type Node } from 'commonmark';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Entity, EntityMention, Highlight } from '../../contract/model';
import type { ExportInput } from './types';
import { exportMarkdown } from './export-markdown';

const HOSTILE = [
  'A plain sentence.',
  'Quotes "double" and \'single\' and “curly”',
  'Key: value: with colons',
  '# not a heading',
  '## also not # a heading #',
  '> not a nested quote',
  '*stars* and **bold** and _underscores_ and __double__',
  '[not a link](http://example.com) and [[not a wiki link]] and ![no image](x.png)',
  '`code` and ``double ticks`` and ```fence',
  '- not a list',
  '+ not a list either',
  '1. not an ordered list',
  '2) nor this',
  '<script>alert("x")</script> and <b>bold</b> and <!-- comment',
  'line one\nline two',
  'paragraph one\n\nparagraph two\n\n\nparagraph three',
  '---',
  '***',
  'Title\n===',
  'Setext\n-',
  '    indented code',
  '\tTabbed',
  'Back\\slash \\* and trailing backslash\\',
  'AT&T &amp; &copy; &#35;',
  '#hashtag and ==highlight== and %%comment%% and $x$ and ^block-id',
  'Logseq key:: value and ((block-ref)) and {{embed}}',
  '| a | b |\n| - | - |',
  '~~~\nfenced\n~~~',
  'http://example.com/a_b_c and <http://example.com>',
  'Ünïcödé — emoji 😀 and RTL עברית',
  // Strings YAML would read as something else unless quoted.
  'null',
  'true',
  '2024',
  '2024-04-09',
  '@handle and `tick',
  '!tag &anchor *alias',
  '? question',
  '%YAML 1.2',
  "'single-quoted'",
  '{ "json": [1, 2] }',
];

function highlight(exact: string, i: number, extra: Partial<Highlight> = {}): Highlight {
  return {
    id: `h${i}`,
    articleId: 'a1',
    color: 'yellow',
    start: i * 1000,
    end: i * 1000 + exact.length,
    exact,
    prefix: '',
    suffix: '',
    anchor: 'position',
    note: { markdown: '', editorState: null, updatedAt: null },
    tags: [],
    createdAt: `2024-04-10T10:00:${String(i % 60).padStart(2, '0')}.000Z`,
    updatedAt: '2024-04-10T10:00:00.000Z',
    ...extra,
  };
}

function input(overrides: Partial<ExportInput> = {}): ExportInput {
  return {
    article: {
      title: 'Lavrov meets Xi',
      byline: null,
      source: '/seeds/000.txt',
      publishedAt: '2024-04-09',
      addedAt: '2024-04-10T09:00:00.000Z',
      tags: [],
      text: '',
    },
    note: { markdown: '', editorState: null, updatedAt: null },
    highlights: [],
    entities: [],
    settings: { exportEntities: 'none' },
    ...overrides,
  };
}

/** Split an export into parsed front matter and the CommonMark document after it. */
function parseExport(markdown: string): { meta: Record<string, unknown>; doc: Node } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!match) throw new Error('no front matter');
  return {
    meta: parseYaml(match[1]!) as Record<string, unknown>,
    doc: new Parser().parse(markdown.slice(match[0].length)),
  };
}

/** The plain text of a block: paragraphs joined by blank lines, breaks inside them as spaces. */
function textOf(node: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  const walker = node.walker();
  for (let event = walker.next(); event; event = walker.next()) {
    const { node: n, entering } = event;
    if (n.type === 'paragraph' || n.type === 'heading') {
      if (!entering) paragraphs.push(current);
      current = '';
    } else if (entering && (n.type === 'text' || n.type === 'code')) current += n.literal ?? '';
    else if (entering && (n.type === 'softbreak' || n.type === 'linebreak')) current += ' ';
    else if (entering && n.type !== 'block_quote' && n.type !== 'document') current += `<${n.type}>`;
  }
  return paragraphs
    .map(normalise)
    .filter((p) => p !== '')
    .join('\n\n');
}

/** Whitespace normalisation within paragraphs; blank lines separate paragraphs. */
function normalise(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
    .join('\n\n');
}

function topLevel(doc: Node, type: string): Node[] {
  const nodes: Node[] = [];
  for (let child = doc.firstChild; child; child = child.next) if (child.type === type) nodes.push(child);
  return nodes;
}

describe('hostile text survives a CommonMark round trip', () => {
  it.each(HOSTILE.map((text, i) => ({ text, i })))('highlight $i: $text', ({ text, i }) => {
    const { markdown } = exportMarkdown(input({ highlights: [highlight(text, i)] }));
    const { doc } = parseExport(markdown);
    const quotes = topLevel(doc, 'block_quote');
    expect(quotes).toHaveLength(1);
    expect(textOf(quotes[0]!)).toBe(normalise(text));
  });

  it('keeps every highlight in its own blockquote, in document order', () => {
    const highlights = HOSTILE.map((text, i) => highlight(text, i)).reverse();
    const { doc } = parseExport(exportMarkdown(input({ highlights })).markdown);
    expect(topLevel(doc, 'block_quote').map(textOf)).toEqual(HOSTILE.map(normalise));
  });

  it.each(HOSTILE.map((text, i) => ({ text, i })))('title $i: $text', ({ text }) => {
    const { markdown, fileName } = exportMarkdown(input({ article: { ...input().article, title: text } }));
    const { meta, doc } = parseExport(markdown);
    // Front matter holds text only: the one title with tags loses them there (not in the heading).
    expect(meta.title).toBe(text.startsWith('<script>') ? ' and bold and ' : text);
    const heading = topLevel(doc, 'heading')[0]!;
    expect(heading.level).toBe(1);
    expect(textOf(heading)).toBe(text.replace(/\s+/g, ' ').trim());
    expect(fileName).toMatch(/^[^/\\:*?"<>|]{1,97}\.md$/);
    expect([...fileName].every((char) => char.charCodeAt(0) >= 0x20)).toBe(true);
  });
});

describe('front matter', () => {
  const entities: Entity[] = [
    {
      id: 'person:sergey-lavrov',
      name: 'Sergey Lavrov',
      type: 'person',
      aliases: ['Lavrov'],
      mentionCount: 9,
    },
    { id: 'person:xi-jinping', name: 'Xi Jinping', type: 'person', aliases: [], mentionCount: 3 },
    {
      id: 'organization:foreign-ministry',
      name: 'Foreign Ministry: "MFA"',
      type: 'organization',
      aliases: [],
      mentionCount: 1,
    },
    { id: 'place:beijing', name: 'Beijing', type: 'place', aliases: [], mentionCount: 4 },
    {
      id: 'event:winter-olympics',
      name: '2022 Winter Olympics',
      type: 'event',
      aliases: [],
      mentionCount: 1,
    },
    {
      id: 'date:2024-04-09',
      name: 'Tuesday',
      type: 'date',
      aliases: [],
      mentionCount: 1,
      date: { value: '2024-04-09', granularity: 'day' },
    },
  ];

  it('lists the metadata and the entities by type, as valid YAML', () => {
    const article = {
      ...input().article,
      title: 'Lavrov: "talks" #1 - yes',
      byline: 'Jane Doe',
      url: 'https://news.example/2024/lavrov-xi?ref=a#top',
      siteName: 'News: <b>Example</b>',
      tags: ['foreign policy', 'Russia', 'russia', '2024'],
    };
    const { meta } = parseExport(exportMarkdown(input({ article, entities })).markdown);
    expect(meta).toEqual({
      title: 'Lavrov: "talks" #1 - yes',
      author: 'Jane Doe',
      source: '/seeds/000.txt',
      url: 'https://news.example/2024/lavrov-xi?ref=a#top',
      site: 'News: Example',
      published: '2024-04-09',
      added: '2024-04-10T09:00:00.000Z',
      tags: ['foreign-policy', 'Russia', 'russia', '_2024'],
      people: ['Sergey Lavrov', 'Xi Jinping'],
      organizations: ['Foreign Ministry: "MFA"'],
      places: ['Beijing'],
      events: ['2022 Winter Olympics'],
      groups: [],
    });
  });

  // Static site generators (Jekyll, Hugo) put front matter values into pages unescaped.
  it('carries no raw HTML and no bidi control in any value', () => {
    const article = {
      ...input().article,
      title: 'Talks <img/src=x onerror=alert(1)>end \u202Eright-to-left',
      byline: '<a href="javascript:alert(1)">Jane</a> Doe',
      source: 'report\u2066.txt<scr<b>ipt>alert(1)</script>',
    };
    const names = ['Xi <b>Jinping</b>', '<svg onload=alert(1)>Beijing</svg>Moscow', '\u202Bpeople'];
    const entities: Entity[] = names.map((name, i) => ({
      id: `e${i}`,
      name,
      type: 'person',
      aliases: [],
      mentionCount: 3 - i,
    }));
    const { meta } = parseExport(exportMarkdown(input({ article, entities })).markdown);
    expect(meta).toMatchObject({
      title: 'Talks end right-to-left',
      author: 'Jane Doe',
      source: 'report.txt',
      people: ['Xi Jinping', 'Moscow', 'people'],
    });
    expect(JSON.stringify(meta)).not.toMatch(/<\/?[a-z!]|[\u202a-\u202e\u2066-\u2069]/i);
  });

  it('cannot be ended early by a title holding a YAML document marker', () => {
    const article = { ...input().article, title: 'a\n---\nb: c' };
    const { meta } = parseExport(exportMarkdown(input({ article })).markdown);
    expect(meta.title).toBe('a\n---\nb: c');
    expect(Object.keys(meta)).not.toContain('b');
  });

  it('has null for an unknown publication date', () => {
    const article = { ...input().article, publishedAt: null };
    expect(parseExport(exportMarkdown(input({ article })).markdown).meta.published).toBeNull();
  });
});

describe('the body', () => {
  const lavrov: Entity = {
    id: 'p:lavrov',
    name: 'Sergey Lavrov',
    type: 'person',
    aliases: [],
    mentionCount: 2,
  };
  const beijing: Entity = { id: 'pl:beijing', name: 'Beijing', type: 'place', aliases: [], mentionCount: 1 };
  const mentions: EntityMention[] = [
    { start: 5, end: 11, type: 'person', text: 'Lavrov', entityId: 'p:lavrov' },
    { start: 20, end: 27, type: 'place', text: 'Beijing', entityId: 'pl:beijing' },
    { start: 40, end: 47, type: 'date', text: 'Tuesday', entityId: 'd:tue' },
    { start: 300, end: 306, type: 'person', text: 'Lavrov', entityId: 'p:lavrov' },
  ];
  const withNote = highlight('Lavrov went to Beijing on Tuesday', 0, {
    start: 0,
    end: 50,
    note: { markdown: 'A **bold** thought.\n\n- one\n- two', editorState: null, updatedAt: null },
    tags: ['foreign policy', 'Russia!', 'russia'],
  });

  it.each([
    { mode: 'none' as const, line: '#foreign-policy #Russia' },
    { mode: 'tags' as const, line: '#foreign-policy #Russia #person/Sergey-Lavrov #place/Beijing' },
    { mode: 'links' as const, line: '#foreign-policy #Russia [[Sergey Lavrov]] [[Beijing]]' },
  ])('puts note and tags after the quote (entities: $mode)', ({ mode, line }) => {
    const { markdown } = exportMarkdown(
      input({
        highlights: [withNote],
        entities: [lavrov, beijing],
        mentions,
        settings: { exportEntities: mode },
      }),
    );
    expect(markdown).toContain(
      `## Highlights\n\n> Lavrov went to Beijing on Tuesday\n\nA **bold** thought.\n\n- one\n- two\n\n${line}\n`,
    );
  });

  it('puts the article note and tags under the title', () => {
    const article = { ...input().article, tags: ['diplomacy'] };
    const note = { markdown: 'My *overall* view.', editorState: null, updatedAt: null };
    const { markdown } = exportMarkdown(input({ article, note }));
    expect(markdown.slice(markdown.indexOf('# '))).toBe(
      '# Lavrov meets Xi\n\n#diplomacy\n\n## Notes\n\nMy *overall* view.\n',
    );
  });

  it('lists orphaned highlights last, under their own heading', () => {
    const highlights = [
      highlight('Gone passage', 0, { anchor: 'orphan', start: 0, end: 0 }),
      highlight('Second', 2, { anchor: 'fuzzy' }),
      highlight('First', 1, { anchor: 'quote' }),
    ];
    const { doc } = parseExport(exportMarkdown(input({ highlights })).markdown);
    const order: string[] = [];
    for (let child = doc.firstChild; child; child = child.next) {
      if (child.type === 'heading' || child.type === 'block_quote')
        order.push(`${child.type}: ${textOf(child)}`);
    }
    expect(order).toEqual([
      'heading: Lavrov meets Xi',
      'heading: Highlights',
      'block_quote: First',
      'block_quote: Second',
      'heading: Highlights no longer found in the article',
      'block_quote: Gone passage',
    ]);
  });

  it.each([
    { what: 'an unclosed code fence', note: '```\ncode' },
    { what: 'an unclosed comment', note: 'Before <!-- never closed' },
    { what: 'a runaway script block', note: '<script>\nlet x = 1;' },
    { what: 'a raw <pre> block', note: '<pre>\nkept' },
  ])('keeps a note with $what from swallowing the next highlight', ({ note }) => {
    const highlights = [
      highlight('First quote', 0, { note: { markdown: note, editorState: null, updatedAt: null } }),
      highlight('Second quote', 1, { tags: ['after'] }),
    ];
    const { doc } = parseExport(exportMarkdown(input({ highlights })).markdown);
    expect(topLevel(doc, 'block_quote').map(textOf)).toEqual(['First quote', 'Second quote']);
    expect(textOf(doc.lastChild!)).toBe('#after');
  });

  it('is nothing but front matter and title for an article without notes', () => {
    expect(exportMarkdown(input()).markdown).toMatch(/^---\n[\s\S]*\n---\n\n# Lavrov meets Xi\n$/);
  });
});

describe('quotes keep the article formatting', () => {
  const text = 'Talks ended, the ministry said on its website today. Nobody expected it.';
  const span = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
  const link = { ...span('its website'), kind: 'link' as const, href: 'https://mfa.example/talks' };
  const emphasis = { ...span('Nobody'), kind: 'emphasis' as const };

  it('exports a highlight that starts inside a link with the part of the link it covers, and its page', () => {
    const start = text.indexOf('website');
    const quote = highlight(text.slice(start), 0, { start, end: text.length, page: 12 });
    const article = { ...input().article, text, marks: [link, emphasis] };
    const { markdown } = exportMarkdown(input({ article, highlights: [quote] }));
    expect(markdown).toContain(
      '> [website](https://mfa.example/talks) today. *Nobody* expected it.\n>\n> — p. 12',
    );
  });

  it('quotes an orphan as plain text: its marks would land on other words', () => {
    const article = { ...input().article, text, marks: [link, emphasis] };
    const orphan = highlight('on its website', 0, { ...span('on its website'), anchor: 'orphan' });
    const { markdown } = exportMarkdown(input({ article, highlights: [orphan] }));
    expect(markdown).toContain('> on its website');
    expect(markdown).not.toContain('](');
  });
});
