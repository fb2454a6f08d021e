import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../contract/model';
import { resourcePath } from '../resources';
import { detectEntities, type Detection } from './index';

interface Expected {
  name: string;
  type: EntityType;
  aliases: string[];
  resolves_to?: string;
}

const expected = JSON.parse(
  readFileSync(new URL('./fixtures/000_7cf7d18d3802595e.entities.json', import.meta.url), 'utf8'),
) as { published: string; required: Expected[]; not_entities: string[] };
const raw = readFileSync(resourcePath('seeds', '000_7cf7d18d3802595e.txt'), 'utf8');
// What the importer makes of it: boilerplate gone, blocks joined by "\n\n".
const blocks = raw
  .replace(/^\s*date \d{4}-\d{2}-\d{2} Follow us on Image Source : MFA RUSSIA \(X\) /, '')
  .split(/\n\s*\n/)
  .map((b) => b.trim())
  .filter(Boolean)
  .join('\n\n');

/**
 * The entities that the alias's occurrences belong to ("missing" where one is not marked). An
 * occurrence inside a longer name of another type ("Russia" in "Russia-Ukraine War") is part of
 * that name and is skipped.
 */
function owner(text: string, d: Detection, want: Expected, alias: string): string[] {
  const ids = new Set<string>();
  for (let at = text.indexOf(alias); at >= 0; at = text.indexOf(alias, at + 1)) {
    const wordEdge = !/\p{L}/u.test(text[at - 1] ?? ' ') && !/\p{L}/u.test(text[at + alias.length] ?? ' ');
    if (!wordEdge) continue;
    const m = d.mentions.find((x) => x.start <= at && x.end >= at + alias.length);
    if (m && m.type !== want.type && m.end - m.start > alias.length) continue;
    ids.add(m?.entityId ?? 'missing');
  }
  return [...ids];
}

describe.each([
  ['the raw scraped file', raw],
  ['the imported blocks', blocks],
])('seed article, %s', (_name, text) => {
  const d = detectEntities(text, { published: expected.published });
  const required = expected.required.filter((e) => e.aliases.some((a) => text.includes(a)));

  it.each(required.map((e) => [e.name, e] as const))(
    'finds %s with all its aliases as one entity',
    (_n, want) => {
      const ids = new Set(want.aliases.flatMap((alias) => owner(text, d, want, alias)));
      expect([...ids]).toHaveLength(1);
      expect(ids.has('missing')).toBe(false);
      const entity = d.entities.find((e) => ids.has(e.id))!;
      expect(entity.type).toBe(want.type);
      if (want.resolves_to) expect(entity.date?.value).toBe(want.resolves_to);
    },
  );

  it.each(expected.not_entities)('never highlights "%s" on its own', (word) => {
    expect(d.mentions.filter((m) => m.text === word)).toEqual([]);
  });

  it('gives every mention the text it covers', () => {
    for (const m of d.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

it('the raw file keeps the 2024-04-09 date line; blocks keep all other required entities', () => {
  expect(raw.includes('2024-04-09')).toBe(true);
  expect(expected.required.filter((e) => !blocks.includes(e.aliases[0]!)).map((e) => e.name)).toEqual([
    '2024-04-09',
  ]);
});
