/**
 * A held-out story: its headline, authors and body as blocks. Paragraph text may carry a little
 * inline markup, written as in Markdown: `[text](https://…)`, `**strong**`, `*emphasis*`,
 * `` `code` ``. Pages get it as HTML; the expected text is the words alone.
 */
export type Block =
  | string
  | { h2: string }
  | { h3: string }
  | { ul: string[] }
  | { ol: string[] }
  | { quote: string }
  | { figure: string; caption: string; alt: string }
  | { table: string[][]; caption?: string }
  | { pre: string };

export interface Story {
  slug: string;
  /** The headline a reader view should give, exactly. */
  title: string;
  authors: string[];
  /** ISO date and time of publication. */
  published: string;
  section: string;
  /** The standfirst shown under the headline (page chrome, not the article's text). */
  dek: string;
  body: Block[];
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const attr = escapeHtml;

/** Inline markup as HTML (text escaped). */
export function inline(text: string): string {
  return escapeHtml(text)
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '<a href="$2">$1</a>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\*([^*]+)\*/g, '<em>$1</em>')
    .replace(/`([^`]+)`/g, '<code>$1</code>');
}

/** Inline markup as the text a reader shows. */
export function plain(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*([^*]+)\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1');
}

/** The article's text as a careful reader view keeps it: one block (list item, row) a line. */
export function expectedText(story: Story): string {
  const lines: string[] = [];
  for (const block of story.body) {
    if (typeof block === 'string') lines.push(plain(block));
    else if ('h2' in block) lines.push(block.h2);
    else if ('h3' in block) lines.push(block.h3);
    else if ('ul' in block) lines.push(...block.ul.map(plain));
    else if ('ol' in block) lines.push(...block.ol.map(plain));
    else if ('quote' in block) lines.push(plain(block.quote));
    else if ('figure' in block) lines.push(plain(block.caption));
    else if ('table' in block) {
      if (block.caption) lines.push(block.caption);
      lines.push(...block.table.map((row) => row.join('\t')));
    } else lines.push(block.pre);
  }
  return lines.join('\n');
}

/** The byline as one line: "A", "A and B", "A, B and C". */
export function byline(story: Story): string {
  const { authors } = story;
  return authors.length < 2 ? (authors[0] ?? '') : `${authors.slice(0, -1).join(', ')} and ${authors.at(-1)}`;
}
