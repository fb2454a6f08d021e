import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../contract/model';
import { annotationMustErrors, collectionMustErrors } from './annotation-musts.test-support';
import { readWebAnnotations } from './read-web-annotations';
import { articleKeys, sourceKey, targetSource } from './target-source';
import { toAnnotationCollection, toWebAnnotation } from './to-web-annotations';

const highlight = (overrides: Partial<Highlight> = {}): Highlight => ({
  id: 'h1',
  articleId: 'a1',
  color: 'green',
  start: 4,
  end: 10,
  exact: 'Lavrov',
  prefix: 'Mr. ',
  suffix: ' met',
  anchor: 'position',
  note: { markdown: 'Who *is* he?', editorState: null, updatedAt: '2024-04-10T08:00:00.000Z' },
  tags: ['russia', 'people'],
  createdAt: '2024-04-10T07:00:00.000Z',
  updatedAt: '2024-04-10T08:00:00.000Z',
  ...overrides,
});
const article = { id: 'a1', url: 'https://news.example/lavrov', source: '/home/me/lavrov.html' };

describe('the MUST checks', () => {
  // The checks must be able to fail, or a passing export proves nothing.
  it.each([
    [
      { '@context': 'http://example.org', id: 'urn:x:1', type: 'Annotation', target: 'http://a.b/' },
      /@context/,
    ],
    [
      {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: 'not a uri',
        type: 'Annotation',
        target: 'http://a.b/',
      },
      /id must/,
    ],
    [
      { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:x:1', type: 'Annotation' },
      /target is required/,
    ],
    [
      {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: 'urn:x:1',
        type: 'Annotation',
        target: 'http://a.b/',
        body: 'http://c.d/',
        bodyValue: 'x',
      },
      /both/,
    ],
    [
      {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: 'urn:x:1',
        type: 'Annotation',
        target: 'http://a.b/',
        created: '2024-04-10 07:00',
      },
      /created/,
    ],
    [
      {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: 'urn:x:1',
        type: 'Annotation',
        target: { source: 'http://a.b/', selector: { type: 'TextPositionSelector', start: -1, end: 2 } },
      },
      /start/,
    ],
    [
      {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: 'urn:x:1',
        type: 'Annotation',
        target: 'http://a.b/',
        motivation: 'liking',
      },
      /motivation/,
    ],
  ])('refuse %j', (annotation, error) => {
    expect(annotationMustErrors(annotation).join('\n')).toMatch(error);
  });
});

describe('export', () => {
  it('writes each highlight as an annotation the model accepts: quote and position, Markdown note, tags, color', () => {
    const annotation = toWebAnnotation(article, highlight());
    expect(annotationMustErrors(annotation)).toEqual([]);
    expect(annotation).toMatchObject({
      id: 'urn:gloss:highlight:a1:h1',
      motivation: 'commenting',
      created: '2024-04-10T07:00:00Z',
      body: [
        { type: 'TextualBody', value: 'Who *is* he?', format: 'text/markdown', purpose: 'commenting' },
        { type: 'TextualBody', value: 'russia', purpose: 'tagging' },
        { type: 'TextualBody', value: 'people', purpose: 'tagging' },
      ],
      target: {
        source: 'https://news.example/lavrov',
        selector: [
          { type: 'TextQuoteSelector', exact: 'Lavrov', prefix: 'Mr. ', suffix: ' met' },
          { type: 'TextPositionSelector', start: 4, end: 10 },
        ],
        styleClass: 'gloss-green',
      },
    });
    expect(annotation.stylesheet.value).toContain('.gloss-green');
  });

  it('leaves out the body of a bare highlight and the position of an orphan', () => {
    const annotation = toWebAnnotation(
      article,
      highlight({ note: { markdown: '', editorState: null, updatedAt: null }, tags: [], anchor: 'orphan' }),
    );
    expect(annotationMustErrors(annotation)).toEqual([]);
    expect(annotation.body).toBeUndefined();
    expect(annotation.motivation).toBe('highlighting');
    expect(annotation.target.selector.map((selector) => selector.type)).toEqual(['TextQuoteSelector']);
  });

  it('collects articles into one collection the model accepts, empty or not', () => {
    const collection = toAnnotationCollection([
      { article, highlights: [highlight({ id: 'h2', start: 20, end: 24 }), highlight()] },
    ]);
    expect(collectionMustErrors(collection)).toEqual([]);
    expect(collection.total).toBe(2);
    expect(collection.first?.items.map((item) => item.id)).toEqual([
      'urn:gloss:highlight:a1:h1',
      'urn:gloss:highlight:a1:h2',
    ]);
    for (const item of collection.first?.items ?? []) expect(annotationMustErrors(item)).toEqual([]);
    const empty = toAnnotationCollection([]);
    expect(collectionMustErrors(empty)).toEqual([]);
    expect(empty.first).toBeUndefined();
  });

  it.each([
    [{ id: 'a', url: 'https://x.org/p', source: '/tmp/p.html' }, 'https://x.org/p'],
    [{ id: 'a', url: null, source: 'https://x.org/q' }, 'https://x.org/q'],
    [{ id: 'a', url: null, source: '/home/me/My notes.md' }, 'file:///home/me/My%20notes.md'],
    [{ id: 'a', url: null, source: 'seeds/000.txt' }, 'urn:gloss:article:a'],
  ])('targets %j at %s', (target, source) => {
    expect(targetSource(target)).toBe(source);
  });

  it('finds an article by the address another tool wrote for it', () => {
    const keys = articleKeys(article);
    for (const written of [
      'https://news.example/lavrov/',
      'http://NEWS.example/lavrov#section-2',
      'https://news.example/lavrov?utm_source=x',
    ])
      expect(keys).toContain(sourceKey(written));
    expect(keys).not.toContain(sourceKey('https://news.example/lavrov?page=2'));
  });
});

describe('import', () => {
  it('reads back what export wrote', () => {
    const collection = toAnnotationCollection([{ article, highlights: [highlight()] }]);
    const { annotations, skipped } = readWebAnnotations(JSON.stringify(collection));
    expect(skipped).toBe(0);
    expect(annotations).toEqual([
      {
        source: 'https://news.example/lavrov',
        quote: { exact: 'Lavrov', prefix: 'Mr. ', suffix: ' met' },
        position: { start: 4, end: 10 },
        note: 'Who *is* he?',
        tags: ['russia', 'people'],
        color: 'green',
        created: '2024-04-10T07:00:00.000Z',
        modified: '2024-04-10T08:00:00.000Z',
      },
    ]);
  });

  it('reads single annotations, pages, bodyValue, HTML bodies and Hypothesis rows; skips what has no quote', () => {
    const quoteTarget = {
      source: 'https://x.org/a',
      selector: [{ type: 'RangeSelector' }, { type: 'TextQuoteSelector', exact: 'fees' }],
    };
    const page = {
      type: 'AnnotationPage',
      items: [
        { type: 'Annotation', bodyValue: 'plain note', target: quoteTarget },
        {
          type: 'Annotation',
          body: { type: 'TextualBody', value: '<p>an <b>HTML</b> note</p>', format: 'text/html' },
          target: [quoteTarget],
        },
        { type: 'Annotation', body: 'https://elsewhere.example/body', target: 'https://x.org/a' },
      ],
    };
    const read = readWebAnnotations(JSON.stringify(page));
    expect(read.skipped).toBe(1);
    expect(read.annotations.map((a) => [a.note, a.quote.exact, a.position, a.color])).toEqual([
      ['plain note', 'fees', null, null],
      ['an HTML note', 'fees', null, null],
    ]);
    const hypothesis = {
      rows: [
        {
          uri: 'https://x.org/a',
          text: 'from **h**',
          tags: ['a,b'],
          updated: '2024-01-02T00:00:00Z',
          target: [
            {
              source: 'https://x.org/a',
              selector: [
                { type: 'TextQuoteSelector', exact: 'fees', prefix: 'Port ', suffix: ' rose' },
                { type: 'TextPositionSelector', start: 5, end: 9 },
              ],
            },
          ],
        },
      ],
    };
    expect(readWebAnnotations(JSON.stringify(hypothesis)).annotations[0]).toMatchObject({
      note: 'from **h**',
      tags: ['a,b'],
      position: { start: 5, end: 9 },
      modified: '2024-01-02T00:00:00.000Z',
    });
  });

  it.each([
    ['not json {', /not JSON/],
    ['{"hello": "world"}', /No annotations found/],
    ['[]', /No annotations found/],
    ['{"type": "AnnotationCollection", "first": "https://x.org/page1"}', /only links to its pages/],
  ])('refuses %s with a message that says why', (data, message) => {
    expect(() => readWebAnnotations(data)).toThrow(message);
  });
});
