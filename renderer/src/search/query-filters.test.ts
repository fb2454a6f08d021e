import { describe, expect, it } from 'vitest';
import { FILTER_CHIPS, plainWords, typedFilters, withChip, withoutFilter } from './query-filters';

describe('search box filters', () => {
  it('offers every filter as a chip', () => {
    expect(FILTER_CHIPS.map((chip) => chip.label)).toEqual([
      'tag:',
      'person:',
      'place:',
      'org:',
      'entity:',
      'site:',
      'color:',
      'has:note',
      'before:',
      'after:',
      'in:highlights',
      'in:notes',
    ]);
  });

  it.each([
    ['lavrov tag:Russia', ['tag:Russia'], 'lavrov'],
    ['person:"Sergei Lavrov" "peace talks" Geneva', ['person:"Sergei Lavrov"'], 'peace talks Geneva'],
    ['http://x.org note:this', [], 'http://x.org note:this'],
    ['Color:pink in:notes', ['Color:pink', 'in:notes'], ''],
  ])('reads %j', (query, filters, words) => {
    expect(typedFilters(query)).toEqual(filters);
    expect(plainWords(query)).toBe(words);
  });

  it('adds a chip at the end and takes a filter out', () => {
    expect(withChip('lavrov ', 'person:')).toBe('lavrov person:');
    expect(withChip('', 'has:note')).toBe('has:note ');
    expect(withoutFilter('lavrov tag:Russia geneva', 'tag:Russia')).toBe('lavrov geneva');
  });
});
