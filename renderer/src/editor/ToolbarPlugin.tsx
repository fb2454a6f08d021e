import { $createLinkNode, $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import {
  $isListNode,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  ListNode,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeOfType, mergeRegister } from '@lexical/utils';
import {
  $createTextNode,
  $getSelection,
  $setSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_NORMAL,
  FORMAT_TEXT_COMMAND,
  KEY_DOWN_COMMAND,
  SELECTION_CHANGE_COMMAND,
} from 'lexical';
import type { BaseSelection } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isMac } from '../common/ToastProvider';
import { BulletListIcon, LinkIcon, NumberListIcon } from '../common/icons';
import { LinkForm } from './LinkForm';

interface Formats {
  bold: boolean;
  italic: boolean;
  list: 'bullet' | 'number' | null;
  link: string | null;
}

const NONE: Formats = { bold: false, italic: false, list: null, link: null };
const mod = isMac() ? '⌘' : 'Ctrl+';

function $readFormats(): Formats {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return NONE;
  const node = selection.anchor.getNode();
  const list = $getNearestNodeOfType(node, ListNode);
  const parent = node.getParent();
  const link = $isLinkNode(parent) ? parent : $isLinkNode(node) ? node : null;
  return {
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    list: $isListNode(list) ? (list.getListType() === 'number' ? 'number' : 'bullet') : null,
    link: link ? link.getURL() : null,
  };
}

/** Bold, italic, lists and links, with the same keyboard shortcuts the help lists. */
export function ToolbarPlugin({ label }: { label: string }) {
  const [editor] = useLexicalComposerContext();
  const [formats, setFormats] = useState<Formats>(NONE);
  const [linking, setLinking] = useState(false);

  const savedSelection = useRef<BaseSelection | null>(null);
  const openLinkForm = useCallback(() => {
    savedSelection.current = editor.getEditorState().read(() => $getSelection()?.clone() ?? null);
    setLinking(true);
  }, [editor]);

  const toggleList = useCallback(
    (type: 'bullet' | 'number') => {
      const current = editor.getEditorState().read($readFormats).list;
      if (current === type) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
      else
        editor.dispatchCommand(
          type === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND,
          undefined,
        );
    },
    [editor],
  );

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => setFormats(editorState.read($readFormats))),
        editor.registerCommand(
          SELECTION_CHANGE_COMMAND,
          () => {
            setFormats($readFormats());
            return false;
          },
          COMMAND_PRIORITY_NORMAL,
        ),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            if (!(event.ctrlKey || event.metaKey) || event.altKey) return false;
            const key = event.key.toLowerCase();
            if (key === 'k' && !event.shiftKey) {
              event.preventDefault();
              openLinkForm();
              return true;
            }
            // Shift+8 / Shift+7 come as '*' / '&' on US layouts; check the physical key too.
            if (event.shiftKey && (event.code === 'Digit8' || event.code === 'Digit7')) {
              event.preventDefault();
              toggleList(event.code === 'Digit8' ? 'bullet' : 'number');
              return true;
            }
            return false;
          },
          COMMAND_PRIORITY_NORMAL,
        ),
      ),
    [editor, toggleList, openLinkForm],
  );

  // A link on a collapsed caret has no text to wrap: insert the address itself as the text.
  const applyLink = (url: string) =>
    editor.update(() => {
      // Typing the address moved focus out of the editor: act on the text selected before.
      if (savedSelection.current) $setSelection(savedSelection.current.clone());
      const selection = $getSelection();
      if (url && $isRangeSelection(selection) && selection.isCollapsed()) {
        selection.insertNodes([$createLinkNode(url).append($createTextNode(url))]);
      } else {
        editor.dispatchCommand(TOGGLE_LINK_COMMAND, url || null);
      }
    });

  const keep = (event: React.MouseEvent) => event.preventDefault();
  return (
    <div className="note-toolbar" role="toolbar" aria-label={`${label} formatting`}>
      <button
        type="button"
        className="tool-button tool-bold"
        aria-pressed={formats.bold}
        aria-label="Bold"
        title={`Bold (${mod}B)`}
        onMouseDown={keep}
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}
      >
        B
      </button>
      <button
        type="button"
        className="tool-button tool-italic"
        aria-pressed={formats.italic}
        aria-label="Italic"
        title={`Italic (${mod}I)`}
        onMouseDown={keep}
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}
      >
        I
      </button>
      <button
        type="button"
        className="tool-button"
        aria-pressed={formats.list === 'bullet'}
        aria-label="Bulleted list"
        title={`Bulleted list (${mod}Shift+8)`}
        onMouseDown={keep}
        onClick={() => toggleList('bullet')}
      >
        <BulletListIcon />
      </button>
      <button
        type="button"
        className="tool-button"
        aria-pressed={formats.list === 'number'}
        aria-label="Numbered list"
        title={`Numbered list (${mod}Shift+7)`}
        onMouseDown={keep}
        onClick={() => toggleList('number')}
      >
        <NumberListIcon />
      </button>
      <button
        type="button"
        className="tool-button"
        aria-pressed={formats.link !== null}
        aria-label="Link"
        title={`Link (${mod}K)`}
        onMouseDown={keep}
        onClick={openLinkForm}
      >
        <LinkIcon />
      </button>
      {linking && (
        <LinkForm
          initial={formats.link ?? ''}
          onDone={(url) => {
            setLinking(false);
            if (url !== undefined) applyLink(url);
            editor.focus();
          }}
        />
      )}
    </div>
  );
}
