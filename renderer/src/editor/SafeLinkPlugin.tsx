import { $isLinkNode, AutoLinkNode, LinkNode } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import { $getNearestNodeFromDOMNode, $getNodeByKey, $getSelection, $isRangeSelection } from 'lexical';
import type { LexicalEditor, NodeKey, NodeMutation } from 'lexical';
import { useEffect } from 'react';
import { linkToOpen } from './editor-config';

/** The link node an element in the editor belongs to, if any. */
function $linkAt(element: Element): LinkNode | null {
  const node = $getNearestNodeFromDOMNode(element);
  return node ? $findMatchingParent(node, $isLinkNode) : null;
}

const BLOCKED_TITLE = 'Gloss opens only web (http, https) and mail links';

/** Every link's element opens apart from Gloss; one that may not open has no address to follow. */
function secureLinkElements(editor: LexicalEditor, mutations: Map<NodeKey, NodeMutation>): void {
  for (const [key, mutation] of mutations) {
    const element = mutation === 'destroyed' ? null : editor.getElementByKey(key);
    if (!element) continue;
    const url = editor.getEditorState().read(() => {
      const node = $getNodeByKey(key);
      return $isLinkNode(node) ? node.getURL() : '';
    });
    element.setAttribute('rel', 'noopener noreferrer');
    element.setAttribute('target', '_blank');
    const blocked = linkToOpen(url) === null;
    element.toggleAttribute('data-blocked', blocked);
    if (blocked) {
      element.removeAttribute('href');
      element.title = BLOCKED_TITLE;
    } else if (element.title === BLOCKED_TITLE) {
      element.removeAttribute('title');
    }
  }
}

/**
 * Links in notes open only web and mail addresses (`linkToOpen`), in a new tab or, in Electron,
 * the system browser, without access to Gloss. Anything else (javascript:, tel:, a relative
 * path; a note set through the API can hold any of them) does nothing when clicked. Used in place
 * of Lexical's ClickableLinkPlugin, which opens whatever LinkNode's sanitizer lets through:
 * tel: and relative paths, and about:blank in a new tab for javascript:.
 */
export function SafeLinkPlugin(): null {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      // A click is the primary button; of the others, only the middle one follows a link.
      if (event.type === 'auxclick' && event.button !== 1) return;
      const anchor = event.target instanceof Element ? event.target.closest('a') : null;
      if (!anchor) return;
      // The browser never follows a link in a note on its own; only the check below opens one.
      event.preventDefault();
      const { url, selecting } = editor.read(() => {
        const selection = $getSelection();
        return {
          url: $linkAt(anchor)?.getURL() ?? '',
          // Dragging across a link to select its text is not a click on it.
          selecting: $isRangeSelection(selection) && !selection.isCollapsed(),
        };
      });
      const target = linkToOpen(url);
      if (target && !selecting) window.open(target, '_blank', 'noopener,noreferrer');
    };
    return mergeRegister(
      editor.registerMutationListener(LinkNode, (mutations) => secureLinkElements(editor, mutations)),
      editor.registerMutationListener(AutoLinkNode, (mutations) => secureLinkElements(editor, mutations)),
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('click', onClick);
        previous?.removeEventListener('auxclick', onClick);
        root?.addEventListener('click', onClick);
        root?.addEventListener('auxclick', onClick);
      }),
    );
  }, [editor]);

  return null;
}
