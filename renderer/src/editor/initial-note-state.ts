import { $convertFromMarkdownString } from '@lexical/markdown';
import { $getRoot, $parseSerializedNode } from 'lexical';
import type { SerializedLexicalNode } from 'lexical';
import type { Note } from '../../../electron/contract/model';
import { NOTE_TRANSFORMERS } from './editor-config';

/**
 * A stored node without inline styles, its children likewise. Gloss's editor never styles text,
 * so a style can only come from outside (a note set through the API), and Lexical applies it
 * with CSSOM, which the Content-Security-Policy does not stop: `position: fixed` text could
 * cover the whole window with anything.
 */
function withoutStyles(node: SerializedLexicalNode): SerializedLexicalNode {
  const { style: _style, textStyle: _textStyle, ...rest } = node as StoredNode;
  return Array.isArray(rest.children)
    ? ({ ...rest, children: rest.children.map(withoutStyles) } as SerializedLexicalNode)
    : rest;
}

type StoredNode = SerializedLexicalNode & {
  style?: unknown;
  textStyle?: unknown;
  children?: SerializedLexicalNode[];
};

/**
 * The editor's first state: the saved Lexical state when there is one, else the Markdown
 * (a note set by a script over HTTP has only Markdown). A state Gloss cannot read falls back to
 * the Markdown rather than losing the note.
 */
export function initialNoteState(note: Note): () => void {
  return () => {
    const root = $getRoot();
    if (note.editorState) {
      try {
        const parsed = JSON.parse(note.editorState) as { root?: { children?: SerializedLexicalNode[] } };
        const children = parsed.root?.children ?? [];
        const nodes = children.map((child) => $parseSerializedNode(withoutStyles(child)));
        root.clear();
        root.append(...nodes);
        return;
      } catch {
        root.clear();
      }
    }
    if (note.markdown) $convertFromMarkdownString(note.markdown, NOTE_TRANSFORMERS);
  };
}

/**
 * Both versions of a note, one after the other: `first`'s paragraphs, then `second`'s. What
 * "Keep both" puts in the editor when two windows saved the same note.
 */
export function mergedNoteState(first: Note, second: Note): () => void {
  return () => {
    const root = $getRoot();
    initialNoteState(second)();
    const added = root.getChildren();
    added.forEach((node) => node.remove());
    initialNoteState(first)();
    root.append(...added);
  };
}
