import { memo, useState } from 'react';
import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import type { BlockView as Block, InlineMark } from '../../../electron/contract/model';
import { inlineContent } from './inline-content';
import { marksByBlock } from './inline-tree';
import { listTree, type ListNode } from './list-tree';

type Of<K extends Block['kind']> = Extract<Block, { kind: K }>;

/** What every block renderer gets: the article text and the block's own marks. */
interface Context {
  text: string;
  marks: InlineMark[][];
}

/**
 * The text at the end of an article that is always laid out (no `content-visibility`), a few
 * screens: End jumps to the bottom of the laid-out page, so its height must be the real one
 * there, not an estimate that grows once the last blocks are rendered (End would take two
 * presses).
 */
const SETTLED_TAIL_CHARS = 8000;

const blockProps = (block: Block, index: number, extra = '') => ({
  'data-block': index,
  'data-start': block.start,
  className: `block block-${block.kind}${extra}`,
});

/** A block's props, with the tail of the article always laid out. */
const propsIn = (context: Context, block: Block, index: number, extra = '') =>
  blockProps(
    block,
    index,
    block.end > context.text.length - SETTLED_TAIL_CHARS ? `${extra} block-settled` : extra,
  );

/** Only images Gloss serves itself (`media/...`): never a remote or scripted address. */
const servedImage = (src: string | null): src is string =>
  src !== null && /^media\/[^?#]+$/.test(src) && !src.split('/').includes('..');

/** What a figure without its image shows instead: why, and its alt text (never a broken icon). */
function OmittedImage({ reason, alt }: { reason: string | undefined; alt: string }) {
  return (
    // No text node: the message is not article text, so offsets stay the text's own.
    <div
      className="figure-omitted"
      role="img"
      aria-label={`Image not kept${reason ? ` (${reason})` : ''}${alt ? `: ${alt}` : ''}`}
      data-label={`Image not kept${reason ? `: ${reason}` : ''}${alt ? ` — ${alt}` : ''}`}
    />
  );
}

function Figure({ block, props, content }: { block: Of<'figure'>; props: object; content: ReactNode }) {
  const { image } = block;
  const alt = image.alt.trim();
  // A kept image whose file is gone (a library folder restored without it) shows its alt text.
  const [missing, setMissing] = useState(false);
  return (
    <figure {...props}>
      {servedImage(image.src) && !missing ? (
        <img
          src={image.src}
          alt={alt}
          width={image.width}
          height={image.height}
          loading="lazy"
          decoding="async"
          onError={() => setMissing(true)}
        />
      ) : (
        <OmittedImage
          reason={missing ? 'its file is missing from the library folder' : image.omitted}
          alt={alt}
        />
      )}
      {block.end > block.start && <figcaption>{content}</figcaption>}
    </figure>
  );
}

function Table({ block, index, context }: { block: Of<'table'>; index: number; context: Context }) {
  const marks = context.marks[index]!;
  return (
    // Wide tables scroll sideways inside the column; the region is focusable for arrow keys.
    <div {...propsIn(context, block, index, ' table-scroll')} role="region" aria-label="Table" tabIndex={0}>
      <table>
        <tbody>
          {block.rows.map((row, r) => (
            <tr key={r}>
              {row.cells.map((cell, c) => {
                const Cell = cell.header ? 'th' : 'td';
                return (
                  <Cell key={c} data-start={cell.start}>
                    {inlineContent(context.text, cell.start, cell.end, marks)}
                  </Cell>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function renderBlock(block: Block, index: number, context: Context): ReactNode {
  const content = inlineContent(context.text, block.start, block.end, context.marks[index]!);
  const props = propsIn(context, block, index);
  switch (block.kind) {
    case 'heading': {
      // The article title is the page's h1: a level-1 heading of the article is an h2.
      const Tag = `h${Math.min(6, block.level + 1)}` as 'h2';
      return (
        <Tag key={index} {...props} className={`${props.className} block-heading-${block.level}`}>
          {content}
        </Tag>
      );
    }
    case 'quote':
      return (
        <blockquote key={index} {...props}>
          {content}
        </blockquote>
      );
    case 'code':
      return (
        <pre key={index} {...props}>
          <code>{content}</code>
        </pre>
      );
    case 'table':
      return <Table key={index} block={block} index={index} context={context} />;
    case 'figure':
      return <Figure key={index} block={block} props={props} content={content} />;
    case 'rule':
      return <hr key={index} {...props} />;
    case 'list-item':
      return (
        <div key={index} {...props}>
          {content}
        </div>
      );
    default:
      return (
        <p key={index} {...props}>
          {content}
        </p>
      );
  }
}

function renderList(list: ListNode, blocks: readonly Block[], context: Context, key: string): ReactNode {
  const items = list.items.map(({ index, lists }) => {
    const block = blocks[index] as Of<'list-item'>;
    return (
      // The item's text is its own block element, so nested lists are not part of its text.
      <li key={index} value={list.ordered ? block.number : undefined}>
        {renderBlock(block, index, context)}
        {lists.map((nested, n) => renderList(nested, blocks, context, `${index}-${n}`))}
      </li>
    );
  });
  return list.ordered ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
}

/**
 * Open the article link an event is on: a click (any button but the right one) or Enter.
 * A click that ends a selection made inside the link selects, it does not open.
 */
function openArticleLink(event: MouseEvent | KeyboardEvent): void {
  if ('key' in event ? event.key !== 'Enter' : event.button === 2) return;
  const link = (event.target as Element).closest<HTMLElement>('[data-href]');
  const href = link?.dataset.href;
  if (!href || !(window.getSelection()?.isCollapsed ?? true)) return;
  event.preventDefault();
  window.open(href, '_blank', 'noopener,noreferrer');
}

/**
 * The article's blocks. Memoised on the article's content alone: marks are painted by the
 * Highlight API outside React, so highlights, entities and hovers never re-render this
 * (possibly huge) tree. Inline marks (links, emphasis, ...) are elements: a block may hold
 * several text nodes, which `text-map.ts` maps back to offsets.
 */
export const ArticleBody = memo(function ArticleBody({
  text,
  blocks,
  marks,
}: {
  text: string;
  blocks: readonly Block[];
  marks: readonly InlineMark[];
}) {
  const context: Context = { text, marks: marksByBlock(blocks, marks) };
  const children: ReactNode[] = [];
  for (let index = 0; index < blocks.length; index++) {
    if (blocks[index]!.kind !== 'list-item') {
      children.push(renderBlock(blocks[index]!, index, context));
      continue;
    }
    const first = index;
    while (index + 1 < blocks.length && blocks[index + 1]!.kind === 'list-item') index++;
    const items = blocks.slice(first, index + 1) as Of<'list-item'>[];
    listTree(first, items).forEach((list, n) =>
      children.push(renderList(list, blocks, context, `list-${first}-${n}`)),
    );
  }
  return (
    // Links are opened here, for all of them at once (see inline-content.tsx).
    <div
      className="article-body"
      onClick={openArticleLink}
      onAuxClick={openArticleLink}
      onKeyDown={openArticleLink}
    >
      {children}
    </div>
  );
});
