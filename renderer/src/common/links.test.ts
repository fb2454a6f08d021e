import { describe, expect, it } from 'vitest';
import { articleOrigin, linkToOpen } from './links';

describe('articleOrigin', () => {
  it('names a Markdown file with a source address by its site, linked, not by the file name', () => {
    const origin = articleOrigin({
      source: '/home/ann/notes/harbour-story.md',
      url: 'https://www.example-news.org/local/ferry',
      siteName: null,
    });
    expect(origin).toEqual({ label: 'example-news.org', href: 'https://www.example-news.org/local/ferry' });
  });

  it('prefers the site name a page gives', () => {
    expect(articleOrigin({ source: 'https://bbc.co.uk/news/1', url: null, siteName: 'BBC News' }).label).toBe(
      'BBC News',
    );
  });

  it('shows a file by its name, unlinked, and never links a script address', () => {
    expect(articleOrigin({ source: 'C:\\Users\\ann\\report.pdf', url: null, siteName: null })).toEqual({
      label: 'report.pdf',
      href: null,
    });
    expect(
      articleOrigin({ source: 'page.html', url: 'javascript:alert(1)', siteName: null }).href,
    ).toBeNull();
  });
});

describe('linkToOpen', () => {
  it('opens web and mail links only', () => {
    expect(linkToOpen(' https://e.com/a ')).toBe('https://e.com/a');
    expect(linkToOpen('mailto:a@e.com')).toBe('mailto:a@e.com');
    expect(linkToOpen('file:///etc/passwd')).toBeNull();
  });
});
