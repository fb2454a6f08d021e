import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../parse-article-file';

const PROSE =
  'Dock workers in the city voted on Thursday to end a strike that had halted container traffic for ten days, after the port authority offered a pay rise and new limits on shift lengths.';
const PROSE2 =
  'Union leaders said the agreement showed that workers could win when they stood together, and they promised to watch its implementation closely over the coming months.';

function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Port strike ends after ten days | The Daily Example</title>${head}</head><body>${body}</body></html>`;
}

function parse(html: string, name = 'Port strike.html') {
  return parseArticleFile({ name, bytes: new TextEncoder().encode(html) });
}

function kinds(html: string): string[] {
  return parse(html).blocks.map((block) => `${block.kind}: ${block.text}`);
}

describe('a saved web page', () => {
  const head =
    '<meta property="og:site_name" content="The Daily Example"><meta name="author" content="Ann Lee">' +
    '<meta property="article:published_time" content="2024-05-02T10:00:00Z">' +
    '<link rel="canonical" href="https://daily.example.com/news/port-strike">' +
    '<meta name="description" content="Dockers accept a pay rise.">';
  const html = page(
    `<nav><a href="/">Home</a><a href="/news">News</a><a href="/sport">Sport</a></nav>
     <div class="cookie-banner">We use cookies. <button>Accept</button></div>
     <article><h1>Port strike ends after ten days</h1><p class="byline">By Ann Lee</p>
     <p>${PROSE.replace('container traffic', '<a href="/trade">container traffic</a>').replace('pay rise', '<strong>pay rise</strong>')}</p>
     <h2>What changes</h2><ol start="3"><li>Shifts of at most <b>ten</b> hours</li><li>Two breaks<ul><li>one paid</li></ul></li></ol>
     <table><tr><th>Route</th><th>Before</th></tr><tr><td>A1</td><td>12 <em>min</em></td></tr></table>
     <pre><code class="language-python">def f():\n    return 1</code></pre>
     <blockquote><p>We stood together.</p></blockquote>
     <p>${PROSE2}</p></article>
     <aside><h3>Most read</h3><ol><li><a href="/x">Other story one</a></li></ol></aside>
     <footer>© The Daily Example 2024</footer>`,
    head,
  );
  const article = parse(html);

  it('has the metadata a reader view shows', () => {
    expect(article).toMatchObject({
      title: 'Port strike ends after ten days',
      byline: 'Ann Lee',
      siteName: 'The Daily Example',
      publishedAt: '2024-05-02',
      lang: 'en-GB',
      url: 'https://daily.example.com/news/port-strike',
      format: 'html',
    });
  });

  it('keeps the article as blocks, and the chrome out', () => {
    expect(article.blocks.map((block) => `${block.kind}: ${block.text}`)).toEqual([
      `paragraph: ${PROSE}`,
      'heading: What changes',
      'list-item: Shifts of at most ten hours',
      'list-item: Two breaks',
      'list-item: one paid',
      'table: Route\tBefore\nA1\t12 min',
      'code: def f():\n    return 1',
      'quote: We stood together.',
      `paragraph: ${PROSE2}`,
    ]);
    expect(article.blocks).toMatchObject([
      {},
      { level: 2 },
      { ordered: true, number: 3, depth: 0 },
      { ordered: true, number: 4, depth: 0 },
      { ordered: false, depth: 1 },
      {},
      { language: 'python' },
      {},
      {},
    ]);
    expect(article.text).not.toMatch(/Home|Sport|cookies|Accept|Most read|Other story|©/);
  });

  it('keeps links (resolved against the page address) and emphasis as marks', () => {
    const marks = article.marks.map((mark) => [
      mark.kind,
      article.text.slice(mark.start, mark.end),
      mark.href,
    ]);
    expect(marks).toEqual([
      ['link', 'container traffic', 'https://daily.example.com/trade'],
      ['strong', 'pay rise', undefined],
      ['strong', 'ten', undefined],
      ['emphasis', 'min', undefined],
    ]);
  });
});

describe('metadata from JSON-LD and <time>', () => {
  it('reads headline, author, publisher, date and language', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Ignored' },
        {
          '@type': 'NewsArticle',
          headline: 'Council approves new tram line',
          author: [{ '@type': 'Person', name: 'Bo Chen' }, { name: 'Ann Lee' }],
          publisher: { '@type': 'Organization', name: 'Metro Post' },
          datePublished: '2023-11-20T08:00:00+01:00',
          inLanguage: 'de-CH',
        },
      ],
    });
    const html = `<html><head><title>Tram</title><script type="application/ld+json">${ld}</script></head><body><article><p>${PROSE}</p><p>${PROSE2}</p></article></body></html>`;
    expect(parse(html)).toMatchObject({
      title: 'Council approves new tram line',
      byline: 'Bo Chen, Ann Lee',
      siteName: 'Metro Post',
      publishedAt: '2023-11-20',
      lang: 'de-CH',
    });
  });

  it('takes the date from the first <time datetime> when nothing else says it', () => {
    const html = `<html><head><title>Quiet day</title></head><body><article><h1>Quiet day</h1><time datetime="2022-03-04">4 March</time><p>${PROSE}</p></article></body></html>`;
    expect(parse(html).publishedAt).toBe('2022-03-04');
  });
});

describe('hostile pages stay inert', () => {
  const html = page(
    `<meta http-equiv="refresh" content="0;url=https://evil.example">
     <style>p { display: none }</style><link rel="stylesheet" href="https://evil.example/x.css">
     <article><p onclick="steal()">${PROSE} <a href="javascript:alert(1)">Read this</a> and
     <a href="data:text/html,<script>alert(2)</script>">that</a>.</p>
     <script>document.write('injected')</script><iframe src="https://evil.example/frame"></iframe>
     <form action="https://evil.example"><input name="card" value="secret"><button>Pay</button></form>
     <svg><script>alert(3)</script><text>svg words</text></svg>
     <img src="x" onerror="alert(4)" width="1" height="1">
     <p>${PROSE2}</p><object data="x.swf">flash</object></article>`,
  );
  const article = parse(html);

  it('gives the reader only text: no script, handler, frame, form, style or SVG content', () => {
    expect(article.text).not.toMatch(/alert|steal|injected|evil|secret|Pay|svg words|display|flash/);
    expect(article.text).not.toMatch(/<[a-z]/i);
    expect(article.text).toContain('Read this and that.');
  });

  it('drops addresses a link may not carry into the reader', () => {
    expect(article.marks.filter((mark) => mark.kind === 'link')).toEqual([]);
  });

  it('leaves out tracking pixels', () => {
    expect(article.blocks.some((block) => block.kind === 'figure')).toBe(false);
  });
});

describe('pages as browsers save them', () => {
  it('reads the charset a page declares (windows-1252)', () => {
    const html = `<html><head><meta charset="windows-1252"><title>Caf\xe9 prices</title></head><body><article><h1>Caf\xe9 prices</h1><p>${PROSE} It costs \x80 2 \x96 a \x93fair\x94 price.</p></article></body></html>`;
    const bytes = Uint8Array.from(html, (char) => char.charCodeAt(0));
    const article = parseArticleFile({ name: 'cafe.htm', bytes });
    expect(article.title).toBe('Café prices');
    expect(article.text).toContain('It costs € 2 – a “fair” price.');
  });

  it('takes the address from a "saved from url" comment', () => {
    const html = `<!-- saved from url=(0031)https://example.org/story/1234 -->\n${page(`<article><p>${PROSE} <a href="/about">About</a></p></article>`)}`;
    const article = parse(html);
    expect(article.url).toBe('https://example.org/story/1234');
    expect(article.marks[0]).toMatchObject({ kind: 'link', href: 'https://example.org/about' });
  });

  it('refuses a page with no article text, naming the file', () => {
    expect(() =>
      parse(
        '<html><body><nav><a href="/">Home</a></nav><script>x()</script></body></html>',
        'empty page.html',
      ),
    ).toThrow(/“empty page\.html” has no article text/);
  });

  it('keeps a figure with its caption and alt text', () => {
    const html = page(
      `<article><p>${PROSE}</p><figure><img src="Port_files/cranes.jpg" alt="Cranes at dusk" width="800" height="600"><figcaption>The port on Monday</figcaption></figure><p>${PROSE2}</p></article>`,
    );
    expect(kinds(html)).toEqual([
      `paragraph: ${PROSE}`,
      'figure: The port on Monday',
      `paragraph: ${PROSE2}`,
    ]);
    expect(parse(html).blocks[1]).toMatchObject({ image: { alt: 'Cranes at dusk' } });
  });

  it("keeps a table's caption, as a paragraph before the table", () => {
    const html = page(
      `<article><p>${PROSE}</p><table><caption>Pay before and after</caption><tr><th>Grade</th><th>Rise</th></tr><tr><td>B</td><td>6%</td></tr></table><p>${PROSE2}</p></article>`,
    );
    expect(kinds(html)).toEqual([
      `paragraph: ${PROSE}`,
      'paragraph: Pay before and after',
      'table: Grade\tRise\nB\t6%',
      `paragraph: ${PROSE2}`,
    ]);
  });

  it('takes the byline from dcterms.creator, as Drupal writes it', () => {
    const html = page(
      `<article><p>${PROSE}</p><p>${PROSE2}</p></article>`,
      '<meta name="dcterms.creator" content="Ann Lee">',
    );
    expect(parse(html).byline).toBe('Ann Lee');
  });

  it('takes the byline from schema.org microdata, as in Blogger\'s "Posted by"', () => {
    const html = page(
      `<div class="post" itemscope itemtype="http://schema.org/BlogPosting"><div class="post-body"><p>${PROSE}</p><p>${PROSE2}</p></div><div class="post-footer">Posted by <span itemprop="author" itemscope itemtype="http://schema.org/Person"><meta itemprop="url" content="https://www.blogger.com/profile/1"><a href="https://www.blogger.com/profile/1" rel="author"><span itemprop="name">Ann Lee</span></a></span> at 10:30</div></div>`,
    );
    expect(parse(html).byline).toBe('Ann Lee');
  });

  it('leaves out the labels of ad slots between paragraphs', () => {
    const html = page(
      `<article><p>${PROSE}</p><div class="css-1ujfpi2"><div id="mid1-slug"><p>Advertisement</p></div><a href="#after-mid1">SKIP ADVERTISEMENT</a><div id="mid1"></div></div><p>${PROSE2}</p></article>`,
    );
    expect(kinds(html)).toEqual([`paragraph: ${PROSE}`, `paragraph: ${PROSE2}`]);
  });
});
