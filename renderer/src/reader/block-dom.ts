import type { BlockView as Block, InlineMark } from '../../../electron/contract/model';
import { linkToOpen } from '../common/links';
import { inlineTree, type InlineNode } from './inline-tree';
import { listTree, type ListNode } from './list-tree';

type Of<K extends Block['kind']> = Extract<Block, { kind: K }>;

/** What building blocks needs: the article text, each block's inline marks, where the tail starts. */
export interface BlockContext {
  text: string;
  /** `marks[i]`: the inline marks over block `i`. */
  marks: readonly (readonly InlineMark[])[];
  /** Blocks ending after this offset are always laid out (`.block-settled`, see article-dom.ts). */
  settledFrom: number;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | undefined> = {},
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes))
    if (value !== undefined) created.setAttribute(name, String(value));
  return created;
}

/**
 * A link from the article. Not an `<a href>`: Chromium never starts a text selection inside a
 * link, and a reader must be able to highlight from inside one. It is a focusable `role="link"`
 * with its address in `data-href`, opened by `ArticleBody` (click, Enter) in a new tab without
 * opener, which the Electron shell sends to the system browser. Only absolute http(s) and
 * mailto addresses open; anything else is styled as an inert link and does nothing.
 */
function linkElement(href: string | undefined): HTMLElement {
  const target = href ? linkToOpen(href) : null;
  if (!target) return element('span', { class: 'inline-link-inert' });
  return element('span', {
    class: 'inline-link',
    role: 'link',
    tabindex: 0,
    'data-href': target,
    title: target,
  });
}

const MARK_TAGS = {
  strong: 'strong',
  emphasis: 'em',
  code: 'code',
  sub: 'sub',
  sup: 'sup',
  strike: 's',
} as const;

function appendNodes(parent: Node, text: string, nodes: readonly InlineNode[]): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      parent.appendChild(document.createTextNode(text.slice(node.start, node.end)));
      continue;
    }
    const { mark } = node;
    const wrapper = mark.kind === 'link' ? linkElement(mark.href) : element(MARK_TAGS[mark.kind]);
    appendNodes(wrapper, text, node.children);
    parent.appendChild(wrapper);
  }
}

/**
 * `text.slice(start, end)` with its inline marks as elements, appended to `parent`. Without marks
 * it is one text node, so a plain paragraph stays a single text node (text-map.ts).
 */
function appendInline(parent: Node, context: BlockContext, start: number, end: number, index: number): void {
  const marks = context.marks[index]!;
  if (marks.length === 0) {
    if (end > start) parent.appendChild(document.createTextNode(context.text.slice(start, end)));
    return;
  }
  appendNodes(parent, context.text, inlineTree(start, end, marks));
}

/** Only images Gloss serves itself (`media/...`): never a remote or scripted address. */
const servedImage = (src: string | null): src is string =>
  src !== null && /^media\/[^?#]+$/.test(src) && !src.split('/').includes('..');

/** What a figure without its image shows instead: why, and its alt text (never a broken icon). */
function omittedImage(reason: string | undefined, alt: string): HTMLElement {
  // No text node: the message is not article text, so offsets stay the text's own.
  return element('div', {
    class: 'figure-omitted',
    role: 'img',
    'aria-label': `Image not kept${reason ? ` (${reason})` : ''}${alt ? `: ${alt}` : ''}`,
    'data-label': `Image not kept${reason ? `: ${reason}` : ''}${alt ? ` — ${alt}` : ''}`,
  });
}

function figureContent(block: Of<'figure'>, figure: HTMLElement): void {
  const { image } = block;
  const alt = image.alt.trim();
  if (!servedImage(image.src)) {
    figure.appendChild(omittedImage(image.omitted, alt));
    return;
  }
  const img = element('img', {
    alt,
    width: image.width,
    height: image.height,
    loading: 'lazy',
    decoding: 'async',
  });
  // A kept image whose file is gone (a library folder restored without it) shows its alt text.
  img.addEventListener(
    'error',
    () => img.replaceWith(omittedImage('its file is missing from the library folder', alt)),
    {
      once: true,
    },
  );
  img.src = image.src;
  figure.appendChild(img);
}

function tableContent(block: Of<'table'>, index: number, context: BlockContext, wrapper: HTMLElement): void {
  const body = element('tbody');
  for (const row of block.rows) {
    const tr = element('tr');
    for (const cell of row.cells) {
      const td = element(cell.header ? 'th' : 'td', { 'data-start': cell.start });
      appendInline(td, context, cell.start, cell.end, index);
      tr.appendChild(td);
    }
    body.appendChild(tr);
  }
  const table = element('table');
  table.appendChild(body);
  wrapper.appendChild(table);
}

const TAGS = {
  quote: 'blockquote',
  code: 'pre',
  table: 'div',
  figure: 'figure',
  rule: 'hr',
  'list-item': 'div',
} as const;

/** One block's element: `data-block` (its index) and `data-start` (its offset) find its text. */
export function blockElement(block: Block, index: number, context: BlockContext): HTMLElement {
  const settled = block.end > context.settledFrom ? ' block-settled' : '';
  const tag =
    block.kind === 'heading'
      ? `h${Math.min(6, block.level + 1)}`
      : (TAGS[block.kind as keyof typeof TAGS] ?? 'p');
  const created = document.createElement(tag);
  created.dataset.block = String(index);
  created.dataset.start = String(block.start);
  // The article title is the page's h1: a level-1 heading of the article is an h2.
  const extra =
    block.kind === 'heading'
      ? ` block-heading-${block.level}`
      : block.kind === 'table'
        ? ' table-scroll'
        : '';
  created.className = `block block-${block.kind}${extra}${settled}`;
  switch (block.kind) {
    case 'table':
      // Wide tables scroll sideways inside the column; the region is focusable for arrow keys.
      created.setAttribute('role', 'region');
      created.setAttribute('aria-label', 'Table');
      created.tabIndex = 0;
      tableContent(block, index, context, created);
      break;
    case 'figure':
      figureContent(block, created);
      if (block.end > block.start) {
        const caption = element('figcaption');
        appendInline(caption, context, block.start, block.end, index);
        created.appendChild(caption);
      }
      break;
    case 'code': {
      const code = element('code');
      appendInline(code, context, block.start, block.end, index);
      created.appendChild(code);
      break;
    }
    case 'rule':
      break;
    default:
      appendInline(created, context, block.start, block.end, index);
  }
  return created;
}

function listElement(list: ListNode, blocks: readonly Block[], context: BlockContext): HTMLElement {
  const created = element(list.ordered ? 'ol' : 'ul');
  for (const { index, lists } of list.items) {
    const block = blocks[index] as Of<'list-item'>;
    // The item's text is its own block element, so nested lists are not part of its text.
    const item = element('li', { value: list.ordered ? block.number : undefined });
    item.appendChild(blockElement(block, index, context));
    for (const nested of lists) item.appendChild(listElement(nested, blocks, context));
    created.appendChild(item);
  }
  return created;
}

/**
 * The top-level elements of blocks `[first, last]`: one per block, and one `<ul>`/`<ol>` per
 * list in a run of list items (a run is never split: article-chunks.ts keeps it whole).
 */
export function segmentElements(
  blocks: readonly Block[],
  first: number,
  last: number,
  context: BlockContext,
): HTMLElement[] {
  const result: HTMLElement[] = [];
  for (let index = first; index <= last; index++) {
    if (blocks[index]!.kind !== 'list-item') {
      result.push(blockElement(blocks[index]!, index, context));
      continue;
    }
    const start = index;
    while (index + 1 <= last && blocks[index + 1]!.kind === 'list-item') index++;
    const items = blocks.slice(start, index + 1) as Of<'list-item'>[];
    for (const list of listTree(start, items)) result.push(listElement(list, blocks, context));
  }
  return result;
}
