import { describe, expect, it } from 'vitest';
import type { InlineMark } from '../../../electron/contract/model';
import { inlineTree, marksByBlock, type InlineNode } from './inline-tree';

/** The tree as nested arrays of strings: a mark is `[kind, ...children]`. */
function show(text: string, nodes: InlineNode[]): unknown[] {
  return nodes.map((node) =>
    node.type === 'text' ? text.slice(node.start, node.end) : [node.mark.kind, ...show(text, node.children)],
  );
}

const mark = (text: string, part: string, kind: InlineMark['kind'], from = 0): InlineMark => {
  const start = text.indexOf(part, from);
  return { start, end: start + part.length, kind };
};

describe('inline tree', () => {
  const text = 'Read the full report here today.';

  it.each<[string, (t: string) => InlineMark[], unknown[]]>([
    ['no marks: one run', () => [], [text]],
    [
      'one link',
      (t) => [mark(t, 'full report', 'link')],
      ['Read the ', ['link', 'full report'], ' here today.'],
    ],
    [
      'emphasis inside a link stays inside one link',
      (t) => [mark(t, 'full report here', 'link'), mark(t, 'report', 'emphasis')],
      ['Read the ', ['link', 'full ', ['emphasis', 'report'], ' here'], ' today.'],
    ],
    [
      'a link inside emphasis is still one link element',
      (t) => [mark(t, 'the full report here', 'emphasis'), mark(t, 'report', 'link')],
      [
        'Read ',
        ['emphasis', 'the full '],
        ['link', ['emphasis', 'report']],
        ['emphasis', ' here'],
        ' today.',
      ],
    ],
    [
      'overlapping strong and emphasis split the inner one',
      (t) => [mark(t, 'the full', 'strong'), mark(t, 'full report', 'emphasis')],
      ['Read ', ['strong', 'the ', ['emphasis', 'full']], ['emphasis', ' report'], ' here today.'],
    ],
    [
      'empty marks are ignored',
      (t) => [{ start: 5, end: 5, kind: 'strong' }, mark(t, 'here', 'code')],
      ['Read the full report ', ['code', 'here'], ' today.'],
    ],
  ])('%s', (_, marks, expected) => {
    expect(show(text, inlineTree(0, text.length, marks(text)))).toEqual(expected);
  });

  it('covers exactly the range asked for, clipping marks that reach outside it', () => {
    const marks = [mark(text, 'the full report', 'strong')];
    const nodes = inlineTree(9, 20, marks);
    expect(show(text, nodes)).toEqual([['strong', 'full report']]);
    const runs: string[] = [];
    const walk = (list: InlineNode[]) =>
      list.forEach((node) =>
        node.type === 'text' ? runs.push(text.slice(node.start, node.end)) : walk(node.children),
      );
    walk(inlineTree(0, text.length, [mark(text, 'Read the', 'link'), mark(text, 'the full', 'emphasis')]));
    expect(runs.join('')).toBe(text);
  });
});

describe('marks by block', () => {
  it('gives each block the marks over its range', () => {
    const blocks = [
      { start: 0, end: 10 },
      { start: 12, end: 20 },
      { start: 22, end: 30 },
    ];
    const marks: InlineMark[] = [
      { start: 1, end: 3, kind: 'link', href: 'https://example.com/' },
      { start: 2, end: 9, kind: 'strong' },
      { start: 22, end: 24, kind: 'emphasis' },
    ];
    expect(marksByBlock(blocks, marks)).toEqual([[marks[0], marks[1]], [], [marks[2]]]);
  });
});
