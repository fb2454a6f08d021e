import { describe, expect, it } from 'vitest';
import { entityTag, hashtags, tagName, wikiLink } from './tags';

describe('tags Obsidian and Logseq both accept', () => {
  it.each([
    { name: 'Russia', tag: 'Russia' },
    { name: 'foreign policy', tag: 'foreign-policy' },
    { name: '  spaced   out  ', tag: 'spaced-out' },
    { name: 'Q&A, notes!', tag: 'QA-notes' },
    { name: 'reading/later', tag: 'reading/later' },
    { name: '2024', tag: '_2024' },
    { name: 'Zürich', tag: 'Zürich' },
    { name: '#already', tag: 'already' },
    { name: '!!!', tag: null },
  ])('$name → $tag', ({ name, tag }) => {
    expect(tagName(name)).toBe(tag);
  });

  it('drops duplicates that differ only in case, keeping the first spelling', () => {
    expect(hashtags(['Russia', 'russia', 'Foreign policy', 'foreign-policy', '???'])).toEqual([
      '#Russia',
      '#Foreign-policy',
    ]);
  });

  it.each([
    { type: 'person' as const, name: 'Sergey Lavrov', tag: 'person/Sergey-Lavrov' },
    { type: 'organization' as const, name: 'AC/DC', tag: 'organization/AC-DC' },
    { type: 'event' as const, name: '2022', tag: 'event/2022' },
  ])('entity tag $tag', ({ type, name, tag }) => {
    expect(entityTag(type, name)).toBe(tag);
  });

  it.each([
    { name: 'Sergey Lavrov', link: '[[Sergey Lavrov]]' },
    { name: 'A [b] | c # d ^ e', link: '[[A b c d e]]' },
    { name: 'Ministry: Foreign/Affairs', link: '[[Ministry- Foreign-Affairs]]' },
    { name: '[]', link: null },
  ])('wiki link for $name', ({ name, link }) => {
    expect(wikiLink(name)).toBe(link);
  });
});
