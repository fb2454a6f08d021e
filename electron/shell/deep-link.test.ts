import { describe, expect, it } from 'vitest';
import { deepLinkInArgs, parseDeepLink } from './deep-link';

describe('parseDeepLink', () => {
  it.each([
    [
      'gloss://import?url=https%3A%2F%2Fnews.example%2Fstory%3Fa%3D1',
      { kind: 'import', url: 'https://news.example/story?a=1' },
    ],
    ['gloss:import?url=http://news.example/x', { kind: 'import', url: 'http://news.example/x' }],
    ['gloss://open?article=Ab_9-xYz12Cd', { kind: 'open', articleId: 'Ab_9-xYz12Cd', highlightId: null }],
    [
      'gloss://open/?article=Ab_9-xYz12Cd&highlight=h1',
      { kind: 'open', articleId: 'Ab_9-xYz12Cd', highlightId: 'h1' },
    ],
  ])('%s asks %j', (raw, link) => {
    expect(parseDeepLink(raw)).toEqual({ ok: true, link });
  });

  it.each([
    ['gloss://import?url=javascript:alert(1)', /does not name a web page/],
    ['gloss://import?url=file:///etc/passwd', /does not name a web page/],
    ['gloss://import?url=https://user:pw@news.example/', /does not name a web page/],
    ['gloss://import', /does not name a web page/],
    ['gloss://open?article=../../etc', /does not name an article/],
    ['gloss://open?article=abc&highlight=<script>', /names a highlight Gloss cannot have/],
    ['gloss://app/index.html', /not “app”/],
    ['gloss://delete?article=abc', /not “delete”/],
    ['https://news.example/', /not a gloss:\/\/ link/],
    ['not a link', /not a link Gloss understands/],
    [`gloss://import?url=https://a.example/${'x'.repeat(9000)}`, /too long/],
  ])('refuses %s', (raw, reason) => {
    const result = parseDeepLink(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe('deepLinkInArgs', () => {
  it('finds the link a second instance was started with, never the app page', () => {
    expect(deepLinkInArgs(['/opt/Gloss/gloss', '--flag', 'gloss://import?url=https://a.example/'])).toBe(
      'gloss://import?url=https://a.example/',
    );
    expect(deepLinkInArgs(['/opt/Gloss/gloss', 'gloss://app/index.html'])).toBeNull();
    expect(deepLinkInArgs(['/opt/Gloss/gloss'])).toBeNull();
  });
});
