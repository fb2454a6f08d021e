import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $convertToMarkdownString } from '@lexical/markdown';
import { mergeRegister } from '@lexical/utils';
import { BLUR_COMMAND, COMMAND_PRIORITY_LOW } from 'lexical';
import type { EditorState } from 'lexical';
import { useEffect, useRef } from 'react';
import type { NoteInput } from '../../../electron/contract/api';
import { NOTE_TRANSFORMERS } from './editor-config';
import { registerFlush } from './pending-saves';

export type SaveStatus = 'idle' | 'unsaved' | 'saving' | 'saved' | 'error';

const DEBOUNCE_MS = 500;

function toNoteInput(state: EditorState): NoteInput {
  return {
    markdown: state.read(() => $convertToMarkdownString(NOTE_TRANSFORMERS)),
    editorState: JSON.stringify(state.toJSON()),
  };
}

/**
 * Saves the note a moment after typing stops, and at once on blur, on leaving the article and
 * on closing the window. Saves run one after another, so an older one never lands last.
 */
export function AutoSavePlugin({
  onSave,
  onStatus,
}: {
  onSave: (note: NoteInput) => Promise<void>;
  onStatus: (status: SaveStatus) => void;
}): null {
  const [editor] = useLexicalComposerContext();
  const save = useRef(onSave);
  const status = useRef(onStatus);
  save.current = onSave;
  status.current = onStatus;

  useEffect(() => {
    let pending: EditorState | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let chain: Promise<void> = Promise.resolve();
    // Registering plugins (lists, links) re-runs transforms and reports "dirty" nodes on open;
    // only a state that differs from what was loaded or last saved is an edit worth saving.
    let lastSaved = JSON.stringify(editor.getEditorState().toJSON());

    const flush = (): Promise<void> => {
      clearTimeout(timer);
      const state = pending;
      if (!state) return chain;
      pending = null;
      status.current('saving');
      const note = toNoteInput(state);
      chain = chain
        .then(() => save.current(note))
        .then(() => {
          lastSaved = note.editorState ?? lastSaved;
        })
        .then(
          () => status.current(pending ? 'unsaved' : 'saved'),
          () => {
            // Keep the unsaved state so the next edit, blur or flush tries again.
            pending ??= state;
            status.current('error');
          },
        );
      return chain;
    };
    const onUnload = () => void flush();

    window.addEventListener('pagehide', onUnload);
    window.addEventListener('beforeunload', onUnload);
    const unregister = mergeRegister(
      registerFlush(flush),
      editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) => {
        // Selection moves and focus changes are not edits.
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        if (JSON.stringify(editorState.toJSON()) === lastSaved) {
          if (pending) {
            pending = null;
            clearTimeout(timer);
            status.current('saved');
          }
          return;
        }
        pending = editorState;
        status.current('unsaved');
        clearTimeout(timer);
        timer = setTimeout(() => void flush(), DEBOUNCE_MS);
      }),
      editor.registerCommand(
        BLUR_COMMAND,
        () => {
          void flush();
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
    return () => {
      window.removeEventListener('pagehide', onUnload);
      window.removeEventListener('beforeunload', onUnload);
      unregister();
      void flush();
    };
  }, [editor]);

  return null;
}
