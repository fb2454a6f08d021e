import type { DraftBlock } from './types';
import { isCreditOnly } from './classify-unit';

/** A caption is a line or two; a longer neighbour of a credit is article text. */
const MAX_CAPTION = 250;

function isProse(block: DraftBlock | undefined): boolean {
  return (
    block !== undefined &&
    (block.kind === 'paragraph' || block.kind === 'quote' || block.kind === 'list-item')
  );
}

/**
 * Decide, with neighbours in view, what a unit could not decide alone.
 * - A guessed heading (plain text) is a heading only between text: alone, and followed by prose. A run of
 *   short lines is a list or a poem, not a stack of headings; a last line is a sign-off.
 * - A bare credit ("Photo: AP") sits next to its caption: the short block after it (or else
 *   before it) is that caption.
 */
export function refineBlocks(input: DraftBlock[], options: { guessedHeadings: boolean }): DraftBlock[] {
  const blocks = input.map((block) =>
    block.kind === 'caption' && block.credit === undefined
      ? { ...block, credit: isCreditOnly(block.text) }
      : { ...block },
  );
  const headings = blocks.map((block) => block.kind === 'heading');
  blocks.forEach((block, i) => {
    if (!options.guessedHeadings || !headings[i]) return;
    const alone = !headings[i - 1] && !headings[i + 1];
    if (!alone || !isProse(blocks[i + 1])) block.kind = 'paragraph';
  });
  blocks.forEach((block, i) => {
    if (block.kind !== 'caption' || !block.credit) return;
    const next = blocks[i + 1];
    const previous = blocks[i - 1];
    if (next?.kind === 'caption') return;
    if (next && (next.kind === 'paragraph' || next.kind === 'heading') && next.text.length <= MAX_CAPTION) {
      next.kind = 'caption';
    } else if (previous && previous.kind === 'paragraph' && previous.text.length <= MAX_CAPTION) {
      previous.kind = 'caption';
    }
  });
  return blocks;
}
