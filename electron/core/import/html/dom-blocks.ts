import type { MarkKind } from '../../../contract/model';
import type { ArticleBuilder, BlockShape, ImageReference } from '../rich/article-builder';
import { safeHref } from '../rich/safe-href';
import { imageOf } from './image-source';

/** The few DOM members the walk reads: linkedom's and a browser's nodes both have them. */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode?: DomNode | null;
  getAttribute?(name: string): string | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const INLINE_MARKS: Record<string, MarkKind> = {
  B: 'strong',
  STRONG: 'strong',
  I: 'emphasis',
  EM: 'emphasis',
  CITE: 'emphasis',
  DFN: 'emphasis',
  CODE: 'code',
  KBD: 'code',
  SAMP: 'code',
  TT: 'code',
  SUB: 'sub',
  SUP: 'sup',
  S: 'strike',
  DEL: 'strike',
  STRIKE: 'strike',
};

/**
 * Elements that are never article text: code, styling, embedded documents and media, forms,
 * navigation. Their content is skipped whole, so nothing in them reaches the reader.
 */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'FRAME',
  'FRAMESET',
  'OBJECT',
  'EMBED',
  'APPLET',
  'SVG',
  'MATH',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'SOURCE',
  'TRACK',
  'FORM',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'OPTION',
  'LABEL',
  'NAV',
  'DIALOG',
  'META',
  'LINK',
  'BASE',
  'HEAD',
  'TITLE',
  'MAP',
  'AREA',
]);

/** Elements that start and end a block (text before and after them is not one paragraph). */
const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'ADDRESS',
  'CENTER',
  'DL',
  'DT',
  'DD',
  'HGROUP',
  'DETAILS',
  'SUMMARY',
  'FIELDSET',
  'BODY',
  'HTML',
]);

interface Walk {
  builder: ArticleBuilder;
  /** What links resolve against (the page's address). */
  base: string | null;
  /** What images resolve against: the page's address when fetched; none for a saved page, whose images are files beside it. */
  imageBase: string | null;
  paragraph: 'paragraph' | 'quote';
  depth: number;
  /** Images met inside running text, placed after its block so the sentence stays whole. */
  deferred: ImageReference[];
  /** Text to leave out (the title repeated as the page's first heading). */
  skipHeading: string | null;
}

function attribute(node: DomNode, name: string): string | null {
  return node.getAttribute?.(name) ?? null;
}

function children(node: DomNode): DomNode[] {
  return Array.from(node.childNodes);
}

function flushImages(walk: Walk): void {
  const images = walk.deferred.splice(0);
  for (const image of images) walk.builder.figure(image);
}

/** End the running block, then place the images met inside it. */
function endBlock(walk: Walk): void {
  walk.builder.close();
  flushImages(walk);
}

function walkChildren(node: DomNode, walk: Walk): void {
  for (const child of children(node)) walkNode(child, walk);
}

function withShape(node: DomNode, shape: BlockShape, walk: Walk): void {
  endBlock(walk);
  const previous = walk.builder.currentShape;
  walk.builder.shape(shape);
  walkChildren(node, walk);
  endBlock(walk);
  walk.builder.shape(previous);
}

function walkList(node: DomNode, walk: Walk): void {
  endBlock(walk);
  const ordered = node.nodeName === 'OL';
  const reversed = ordered && attribute(node, 'reversed') !== null;
  const items = children(node).filter((child) => child.nodeName === 'LI');
  const startAttribute = Number.parseInt(attribute(node, 'start') ?? '', 10);
  let number = Number.isFinite(startAttribute) ? startAttribute : reversed ? items.length : 1;
  const previous = walk.builder.currentShape;
  for (const child of children(node)) {
    if (child.nodeName !== 'LI') {
      if (child.nodeType === ELEMENT_NODE) walkNode(child, walk);
      continue;
    }
    const value = Number.parseInt(attribute(child, 'value') ?? '', 10);
    if (Number.isFinite(value)) number = value;
    endBlock(walk);
    walk.builder.shape({ kind: 'list-item', ordered, depth: walk.depth, ...(ordered ? { number } : {}) });
    walkChildren(child, { ...walk, depth: walk.depth + 1 });
    endBlock(walk);
    number += reversed ? -1 : 1;
  }
  walk.builder.shape(previous);
}

function walkTable(node: DomNode, walk: Walk): void {
  endBlock(walk);
  const { builder } = walk;
  // The table's caption is a paragraph before it (the table model has none).
  const caption = children(node).find((child) => child.nodeName === 'CAPTION');
  if (caption) {
    builder.shape({ kind: walk.paragraph });
    walkInlineOnly(caption, walk);
    endBlock(walk);
  }
  builder.beginTable();
  const rows: DomNode[] = [];
  const collectRows = (parent: DomNode): void => {
    for (const child of children(parent)) {
      if (child.nodeName === 'TR') rows.push(child);
      else if (['THEAD', 'TBODY', 'TFOOT'].includes(child.nodeName)) collectRows(child);
    }
  };
  collectRows(node);
  const inCell: Walk = { ...walk, deferred: [] };
  for (const row of rows) {
    builder.beginRow();
    for (const cell of children(row)) {
      if (cell.nodeName !== 'TD' && cell.nodeName !== 'TH') continue;
      builder.beginCell(cell.nodeName === 'TH');
      walkInlineOnly(cell, inCell);
    }
  }
  builder.endTable();
  for (const image of inCell.deferred) builder.figure(image);
}

/** A cell's content: inline text and marks only (a list or paragraph inside a cell is its text). */
function walkInlineOnly(node: DomNode, walk: Walk): void {
  for (const child of children(node)) {
    if (child.nodeType === TEXT_NODE) walk.builder.text(child.textContent ?? '');
    else if (child.nodeType !== ELEMENT_NODE || SKIPPED.has(child.nodeName)) continue;
    else if (child.nodeName === 'IMG') {
      const image = imageOf(child, walk.imageBase);
      if (image) walk.deferred.push(image);
    } else if (child.nodeName === 'BR') walk.builder.text(' ');
    else if (child.nodeName === 'TABLE' || BLOCKS.has(child.nodeName) || child.nodeName === 'LI') {
      walk.builder.text(' ');
      walkInlineOnly(child, walk);
      walk.builder.text(' ');
    } else inlineElement(child, walk, () => walkInlineOnly(child, walk));
  }
}

function walkFigure(node: DomNode, walk: Walk): void {
  endBlock(walk);
  const images: ImageReference[] = [];
  const findImages = (parent: DomNode): void => {
    for (const child of children(parent)) {
      if (child.nodeName === 'IMG') {
        const image = imageOf(child, walk.imageBase);
        if (image) images.push(image);
      } else if (child.nodeType === ELEMENT_NODE && child.nodeName !== 'FIGCAPTION') findImages(child);
    }
  };
  findImages(node);
  const caption = children(node).find((child) => child.nodeName === 'FIGCAPTION');
  const captionText = caption?.textContent ?? '';
  if (images.length === 0) {
    // A figure of a quote or code: its content as blocks, the caption a caption.
    for (const child of children(node)) if (child !== caption) walkNode(child, walk);
    if (captionText.trim() !== '') withShape(caption!, { kind: 'caption' }, walk);
    return;
  }
  images.forEach((image, i) => walk.builder.figure(image, i === images.length - 1 ? captionText : ''));
}

function inlineElement(node: DomNode, walk: Walk, inner: () => void): void {
  const { builder } = walk;
  if (node.nodeName === 'A') {
    const href = safeHref(attribute(node, 'href'), walk.base);
    if (href) builder.openMark('link', href);
    inner();
    if (href) builder.closeMark('link');
    return;
  }
  const kind = INLINE_MARKS[node.nodeName];
  if (kind) builder.openMark(kind);
  inner();
  if (kind) builder.closeMark(kind);
}

function walkNode(node: DomNode, walk: Walk): void {
  const { builder } = walk;
  if (node.nodeType === TEXT_NODE) {
    builder.text(node.textContent ?? '');
    return;
  }
  if (node.nodeType !== ELEMENT_NODE || SKIPPED.has(node.nodeName)) return;
  if (attribute(node, 'hidden') !== null || attribute(node, 'aria-hidden') === 'true') return;
  const name = node.nodeName;
  const heading = /^H([1-6])$/.exec(name);
  if (heading) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (walk.skipHeading !== null && text === walk.skipHeading) {
      walk.skipHeading = null;
      return;
    }
    const level = Number(heading[1]) as 1 | 2 | 3 | 4 | 5 | 6;
    withShape(node, { kind: 'heading', level }, walk);
    return;
  }
  switch (name) {
    case 'BLOCKQUOTE':
      endBlock(walk);
      builder.shape({ kind: 'quote' });
      walkChildren(node, { ...walk, paragraph: 'quote' });
      endBlock(walk);
      builder.shape({ kind: walk.paragraph });
      return;
    case 'UL':
    case 'OL':
    case 'MENU':
      walkList(node, walk);
      return;
    case 'PRE': {
      const code = children(node).find((child) => child.nodeName === 'CODE');
      const className = `${attribute(node, 'class') ?? ''} ${code ? (attribute(code, 'class') ?? '') : ''}`;
      const language = /(?:^|\s)(?:language|lang)-([\w+#.-]{1,30})/.exec(className)?.[1];
      endBlock(walk);
      builder.shape({ kind: 'code', ...(language ? { language } : {}) });
      builder.literal((node.textContent ?? '').replace(/^\n/, '').replace(/\s+$/, ''));
      endBlock(walk);
      builder.shape({ kind: walk.paragraph });
      return;
    }
    case 'TABLE':
      walkTable(node, walk);
      return;
    case 'FIGURE':
    case 'PICTURE':
      walkFigure(node, walk);
      return;
    case 'FIGCAPTION':
      withShape(node, { kind: 'caption' }, walk);
      return;
    case 'IMG': {
      const image = imageOf(node, walk.imageBase);
      if (!image) return;
      if (builder.inBlock) walk.deferred.push(image);
      else builder.figure(image);
      return;
    }
    case 'HR':
      endBlock(walk);
      builder.rule();
      return;
    case 'BR':
      builder.lineBreak();
      return;
    case 'LI':
      // An item outside a list (broken markup): an item of a list of its own.
      withShape(node, { kind: 'list-item', ordered: false, depth: walk.depth }, walk);
      return;
  }
  if (BLOCKS.has(name)) {
    // A paragraph inside a list item, caption or heading is that block's text.
    const outer = builder.currentShape;
    const prose = outer.kind === 'paragraph' || outer.kind === 'quote';
    endBlock(walk);
    builder.shape(prose ? { kind: walk.paragraph } : outer);
    walkChildren(node, walk);
    endBlock(walk);
    builder.shape(prose ? { kind: walk.paragraph } : outer);
    return;
  }
  inlineElement(node, walk, () => walkChildren(node, walk));
}

/**
 * The blocks and marks of an article's DOM (Readability's content element), walked into the
 * builder. Only text, a link's checked address and an image's source leave the DOM: no element,
 * attribute, style or script does, so whatever the page held, the reader gets text.
 */
export function walkDom(
  root: DomNode,
  builder: ArticleBuilder,
  options: { base: string | null; imageBase: string | null; title: string | null },
): void {
  const walk: Walk = {
    builder,
    base: options.base,
    imageBase: options.imageBase,
    paragraph: 'paragraph',
    depth: 0,
    deferred: [],
    skipHeading: options.title,
  };
  walkNode(root, walk);
  endBlock(walk);
}
