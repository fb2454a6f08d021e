import { CodeNode } from '@lexical/code';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { TRANSFORMERS } from '@lexical/markdown';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { linkToOpen } from '../common/links';
import type { EditorThemeClasses, Klass, LexicalNode } from 'lexical';

/** Every node the Markdown TRANSFORMERS need, registered explicitly. */
export const NOTE_NODES: Klass<LexicalNode>[] = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  CodeNode,
];

/** One set of transformers for typing shortcuts, loading and saving, so they round-trip. */
export const NOTE_TRANSFORMERS = TRANSFORMERS;

/** Class names for the editor's DOM; styled in styles/editor.css. */
export const NOTE_THEME: EditorThemeClasses = {
  paragraph: 'ed-p',
  quote: 'ed-quote',
  heading: { h1: 'ed-h1', h2: 'ed-h2', h3: 'ed-h3', h4: 'ed-h4', h5: 'ed-h5', h6: 'ed-h6' },
  list: {
    ul: 'ed-ul',
    ol: 'ed-ol',
    listitem: 'ed-li',
    nested: { listitem: 'ed-li-nested' },
  },
  link: 'ed-link',
  code: 'ed-codeblock',
  text: {
    bold: 'ed-bold',
    italic: 'ed-italic',
    underline: 'ed-underline',
    strikethrough: 'ed-strike',
    code: 'ed-code',
    highlight: 'ed-mark',
  },
};

export { linkToOpen };

/** Links a note may hold: the ones that may open. */
export function isSafeUrl(url: string): boolean {
  return linkToOpen(url) !== null;
}

/** What a user typed into the link box, made into a URL ("example.com" → https://example.com). */
export function normalizeUrl(input: string): string {
  const value = input.trim();
  if (!value) return '';
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return value;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return `mailto:${value}`;
  return `https://${value}`;
}
