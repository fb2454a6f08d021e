import { createEditor } from 'lexical';
import type { SerializedEditorState, SerializedLexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { NOTE_NODES } from './editor-config';
import { initialNoteState } from './initial-note-state';

/** Load a note the way NoteEditor does and return the state the editor ends up with. */
function load(editorState: unknown): SerializedEditorState {
  const editor = createEditor({
    nodes: NOTE_NODES,
    onError: (error) => {
      throw error;
    },
  });
  editor.update(
    initialNoteState({ markdown: 'fallback', editorState: JSON.stringify(editorState), updatedAt: null }),
    {
      discrete: true,
    },
  );
  return editor.getEditorState().toJSON();
}

function allNodes(node: SerializedLexicalNode): Record<string, unknown>[] {
  const children = (node as { children?: SerializedLexicalNode[] }).children ?? [];
  return [node, ...children.flatMap(allNodes)];
}

const text = (value: string, style = '') => ({
  type: 'text',
  version: 1,
  text: value,
  detail: 0,
  format: 0,
  mode: 'normal',
  style,
});
const paragraph = (children: unknown[], textStyle = '') => ({
  type: 'paragraph',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle,
  children,
});
const root = (children: unknown[]) => ({
  root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children },
});

describe('loading a saved note', () => {
  it('keeps its text and formatting', () => {
    const state = load(root([paragraph([{ ...text('Bold'), format: 1 }])]));
    const nodes = allNodes(state.root);
    expect(nodes.find((node) => node.type === 'text')).toMatchObject({ text: 'Bold', format: 1 });
  });

  // Gloss's editor never styles text; a stored style (set through the API) would be applied
  // with CSSOM, which the Content-Security-Policy does not stop: it could cover the window.
  it('drops inline styles, which could lay anything over the app', () => {
    const overlay = 'position:fixed;inset:0;z-index:99999;background:#c00';
    const state = load(root([paragraph([text('Please re-enter your password', overlay)], overlay)]));
    for (const node of allNodes(state.root)) {
      expect(node.style ?? '').toBe('');
      expect(node.textStyle ?? '').toBe('');
    }
    expect(allNodes(state.root).find((node) => node.type === 'text')).toMatchObject({
      text: 'Please re-enter your password',
    });
  });
});
