import { $convertFromMarkdownString } from '@lexical/markdown';
import { $getRoot, $parseSerializedNode } from 'lexical';
import type { SerializedLexicalNode } from 'lexical';
import type { Note } from '../../../electron/contract/model';
import { NOTE_TRANSFORMERS } from './editor-config';

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
        const nodes = children.map((child) => $parseSerializedNode(child));
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
