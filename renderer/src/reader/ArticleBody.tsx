import { memo } from 'react';
import type { ReactNode } from 'react';
import type { Block } from '../../../electron/contract/model';

/** One block element: its text is its only child, so DOM offsets map 1:1 to text offsets. */
function renderBlock(block: Block, index: number): ReactNode {
  const props = { 'data-block': index, 'data-start': block.start, className: `block block-${block.kind}` };
  switch (block.kind) {
    case 'heading':
      return (
        <h2 key={index} {...props}>
          {block.text}
        </h2>
      );
    case 'quote':
      return (
        <blockquote key={index} {...props}>
          {block.text}
        </blockquote>
      );
    case 'list-item':
      return (
        <li key={index} {...props}>
          {block.text}
        </li>
      );
    case 'caption':
      return (
        <p key={index} {...props}>
          {block.text}
        </p>
      );
    default:
      return (
        <p key={index} {...props}>
          {block.text}
        </p>
      );
  }
}

/**
 * The article's blocks. Memoised on the blocks alone: marks are painted by the Highlight API
 * outside React, so highlights, entities and hovers never re-render this (possibly huge) tree.
 */
export const ArticleBody = memo(function ArticleBody({ blocks }: { blocks: readonly Block[] }) {
  const children: ReactNode[] = [];
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (block.kind !== 'list-item') {
      children.push(renderBlock(block, index));
      continue;
    }
    const first = index;
    const items: ReactNode[] = [];
    while (index < blocks.length && blocks[index]!.kind === 'list-item') {
      items.push(renderBlock(blocks[index]!, index));
      index++;
    }
    index--;
    children.push(<ul key={`list-${first}`}>{items}</ul>);
  }
  return <div className="article-body">{children}</div>;
});
