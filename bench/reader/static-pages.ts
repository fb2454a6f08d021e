/** The static baselines of issue 12: the same text and marks as a plain page, built in Node. */

export interface PageMark {
  start: number;
  end: number;
  /** A `::highlight()` / class name. */
  layer: string;
}

export interface StaticArticle {
  blocks: { start: number; end: number }[];
  text: string;
  marks: PageMark[];
}

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const STYLE = `
body { margin: 0; font: 19px/1.7 Georgia, serif; }
main { height: 100vh; overflow: auto; }
article { max-width: 68ch; margin: 0 auto; padding: 48px 32px 40vh; }
p { margin: 1.05em 0 0; }
textarea { position: fixed; right: 8px; top: 8px; width: 300px; height: 120px; }
mark, ::highlight(m) { background: rgb(53 87 201 / 9%); color: inherit; }
mark.user, ::highlight(user) { background: #ffe680; }
.cv p { content-visibility: auto; contain-intrinsic-size: auto 6em; }
`;

/**
 * The page's "first frame with marks": the end of the rendering work (style, layout, paint) of
 * the first frame after the marks are in, as Gloss's open is timed (probes.ts, AFTER_FRAME).
 */
const FIRST_FRAME = `requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => { window.__firstFrame = performance.now(); };
  channel.port2.postMessage(0);
});`;

/** Press H: wrap the selection in a <mark> (one paragraph), as a static page would. */
const PRESS_H = `addEventListener('keydown', (event) => {
  if (event.key !== 'h' || event.target instanceof HTMLTextAreaElement) return;
  const range = getSelection().getRangeAt(0);
  const mark = document.createElement('mark');
  mark.className = 'user';
  mark.append(range.extractContents());
  range.insertNode(mark);
  getSelection().removeAllRanges();
});`;

function page(body: string, script: string, contentVisibility: boolean): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${STYLE}</style></head><body>
<main class="${contentVisibility ? 'cv' : ''}" data-testid="reader"><article>${body}</article></main><textarea aria-label="Note"></textarea>
<script>${script}</script></body></html>`;
}

/** A `<mark>` element per mark (marks that overlap an earlier one are left out: it cannot nest them). */
export function markElementsPage(article: StaticArticle): string {
  const sorted = [...article.marks].sort((a, b) => a.start - b.start);
  let next = 0;
  const paragraphs = article.blocks.map((block, index) => {
    let html = '';
    let at = block.start;
    while (next < sorted.length && sorted[next]!.start < block.end) {
      const mark = sorted[next++]!;
      if (mark.start < at || mark.end > block.end) continue;
      html += escapeHtml(article.text.slice(at, mark.start));
      html += `<mark class="${mark.layer.startsWith('user') ? 'user' : ''}">${escapeHtml(article.text.slice(mark.start, mark.end))}</mark>`;
      at = mark.end;
    }
    html += escapeHtml(article.text.slice(at, block.end));
    return `<p data-block="${index}">${html}</p>`;
  });
  return page(paragraphs.join(''), `${FIRST_FRAME}\n${PRESS_H}`, true);
}

/** Every mark as a range in `CSS.highlights`, registered by a script over plain paragraphs. */
export function highlightApiPage(article: StaticArticle, contentVisibility: boolean): string {
  const paragraphs = article.blocks.map(
    (block, index) =>
      `<p data-block="${index}">${escapeHtml(article.text.slice(block.start, block.end))}</p>`,
  );
  const ranges = article.marks.map((mark) => {
    const block = article.blocks.findIndex((candidate) => candidate.end >= mark.end);
    return [
      block,
      mark.start - article.blocks[block]!.start,
      mark.end - article.blocks[block]!.start,
      mark.layer.startsWith('user') ? 1 : 0,
    ];
  });
  const script = `const marks = ${JSON.stringify(ranges)};
const blocks = document.querySelectorAll('[data-block]');
const entity = new Highlight(); const user = new Highlight();
for (const [b, s, e, u] of marks) {
  const node = blocks[b].firstChild;
  (u ? user : entity).add(new StaticRange({ startContainer: node, startOffset: s, endContainer: node, endOffset: e }));
}
CSS.highlights.set('m', entity); CSS.highlights.set('user', user);
${FIRST_FRAME}`;
  return page(paragraphs.join(''), script, contentVisibility);
}
