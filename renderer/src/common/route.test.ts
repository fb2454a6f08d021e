import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from './route';
import type { Route } from './route';

describe('routes', () => {
  it.each<[string, Route]>([
    ['', { name: 'library' }],
    ['#/', { name: 'library' }],
    ['#/nonsense', { name: 'library' }],
    ['#/notebook', { name: 'notebook' }],
    ['#/trash', { name: 'trash' }],
    ['#/notebook?x', { name: 'library' }],
    ['#/entity/person/Sergey%20Lavrov', { name: 'entity', type: 'person', entity: 'Sergey Lavrov' }],
    ['#/entity/wizard/Merlin', { name: 'library' }],
    ['#/entity/place/%E0%A4', { name: 'library' }],
    ['#/article/abc', { name: 'reader', id: 'abc', at: null }],
    ['#/article/a%2Fb?at=42', { name: 'reader', id: 'a/b', at: 42 }],
    ['#/article/abc?highlight=h_1-x', { name: 'reader', id: 'abc', at: null, highlight: 'h_1-x' }],
    ['#/article/abc?highlight=<b>', { name: 'library' }],
    ['#/article/abc?focus=note', { name: 'reader', id: 'abc', at: null, focus: 'note' }],
    ['#/article/abc?focus=tags', { name: 'reader', id: 'abc', at: null, focus: 'tags' }],
    ['#/article/abc?focus=title', { name: 'library' }],
    [
      '#/import?url=https%3A%2F%2Fnews.example%2Fstory%3Fa%3D1%23top',
      { name: 'import', url: 'https://news.example/story?a=1#top' },
    ],
    ['#/import?url=%E0%A4', { name: 'library' }],
    ['#/import?url=', { name: 'library' }],
  ])('parses %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('round-trips an entity whose name has slashes and question marks', () => {
    const route: Route = { name: 'entity', type: 'organization', entity: 'AT&T / Bell? #1' };
    expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it('round-trips an import asked for an address with its own query and fragment', () => {
    const route: Route = { name: 'import', url: 'https://news.example/a?b=1&c=%20#d' };
    expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it('round-trips a reader route with an odd id', () => {
    const route: Route = { name: 'reader', id: 'x y/z?', at: 7 };
    expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it('round-trips a reader route opened at a highlight', () => {
    const route: Route = { name: 'reader', id: 'abc', at: null, highlight: 'Zx9_-' };
    expect(routeHash(route)).toBe('#/article/abc?highlight=Zx9_-');
    expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it('round-trips a reader route opened at the article note or tags', () => {
    const note: Route = { name: 'reader', id: 'a b', at: null, focus: 'note' };
    expect(routeHash(note)).toBe('#/article/a%20b?focus=note');
    expect(parseRoute(routeHash(note))).toEqual(note);
    const tags: Route = { name: 'reader', id: 'abc', at: null, focus: 'tags' };
    expect(parseRoute(routeHash(tags))).toEqual(tags);
  });
});
