import type { ReactNode } from 'react';
import type { InlineMark } from '../../../electron/contract/model';
import { linkToOpen } from '../common/links';
import { inlineTree, type InlineNode } from './inline-tree';

/**
 * A link from the article. Not an `<a href>`: Chromium never starts a text selection inside a
 * link, and a reader must be able to highlight from inside one. It is a focusable `role="link"`
 * with its address in `data-href`, opened by `ArticleBody` (click, Enter) in a new tab without
 * opener, which the Electron shell sends to the system browser. Only absolute http(s) and
 * mailto addresses open; anything else is styled as an inert link and does nothing.
 */
function ArticleLink({ href, children }: { href: string | undefined; children: ReactNode }) {
  const target = href ? linkToOpen(href) : null;
  if (!target) return <span className="inline-link-inert">{children}</span>;
  return (
    <span className="inline-link" role="link" tabIndex={0} data-href={target} title={target}>
      {children}
    </span>
  );
}

function renderMark(mark: InlineMark, key: number, children: ReactNode): ReactNode {
  switch (mark.kind) {
    case 'link':
      return (
        <ArticleLink key={key} href={mark.href}>
          {children}
        </ArticleLink>
      );
    case 'strong':
      return <strong key={key}>{children}</strong>;
    case 'emphasis':
      return <em key={key}>{children}</em>;
    case 'code':
      return <code key={key}>{children}</code>;
    case 'sub':
      return <sub key={key}>{children}</sub>;
    case 'sup':
      return <sup key={key}>{children}</sup>;
    case 'strike':
      return <s key={key}>{children}</s>;
  }
}

function renderNodes(text: string, nodes: readonly InlineNode[]): ReactNode[] {
  return nodes.map((node) =>
    node.type === 'text'
      ? text.slice(node.start, node.end)
      : renderMark(node.mark, node.start, renderNodes(text, node.children)),
  );
}

/**
 * `text.slice(start, end)` with its inline marks as elements. Without marks it is one string,
 * so a plain paragraph stays a single text node. A function, not a component: a long article
 * has thousands of blocks, and this adds no fiber to each.
 */
export function inlineContent(
  text: string,
  start: number,
  end: number,
  marks: readonly InlineMark[],
): ReactNode {
  if (marks.length === 0) return text.slice(start, end);
  return renderNodes(text, inlineTree(start, end, marks));
}
