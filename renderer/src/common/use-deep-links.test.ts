import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from './route';
import { deepLinkRoute } from './use-deep-links';

describe('deepLinkRoute', () => {
  it('sends an import to its confirmation, with the address intact', () => {
    const url = 'https://news.example/story?id=7&ref=a%20b#top';
    const route = deepLinkRoute({ kind: 'import', url });
    expect(route).toEqual({ name: 'import', url });
    expect(parseRoute(routeHash(route!))).toEqual(route);
  });

  it('opens an article at its highlight, or at its start', () => {
    expect(deepLinkRoute({ kind: 'open', articleId: 'Ab_9-xYz12Cd', highlightId: 'h1' })).toEqual({
      name: 'reader',
      id: 'Ab_9-xYz12Cd',
      at: null,
      highlight: 'h1',
    });
    expect(deepLinkRoute({ kind: 'open', articleId: 'Ab_9-xYz12Cd', highlightId: null })).toEqual({
      name: 'reader',
      id: 'Ab_9-xYz12Cd',
      at: null,
    });
  });

  it('goes nowhere for a refused link', () => {
    expect(deepLinkRoute({ kind: 'refused', reason: 'no' })).toBeNull();
  });
});
