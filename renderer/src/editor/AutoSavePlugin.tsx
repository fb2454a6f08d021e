import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $convertToMarkdownString } from '@lexical/markdown';
import { mergeRegister } from '@lexical/utils';
import { BLUR_COMMAND, COMMAND_PRIORITY_LOW } from 'lexical';
import type { EditorState, LexicalEditor } from 'lexical';
import { useEffect, useRef } from 'react';
import type { NoteInput } from '../../../electron/contract/api';
import type { Note } from '../../../electron/contract/model';
import { GlossApiError } from '../api/api-error';
import { NOTE_TRANSFORMERS } from './editor-config';
import { initialNoteState, mergedNoteState } from './initial-note-state';
import type { ConflictChoice, NoteConflictState } from './NoteConflict';
import { registerFlush } from './pending-saves';

export type SaveStatus = 'idle' | 'unsaved' | 'saving' | 'saved' | 'error' | 'conflict';

/** A note that other windows may save too: its stored version now, and a way to read it again. */
export interface NoteSync {
  /** The latest stored version this window knows of (it changes when another window saves). */
  stored: Note;
  load: () => Promise<Note>;
}

/** What the editor's conflict panel calls: resolve the open conflict with the user's choice. */
export type ResolveConflict = (choice: ConflictChoice) => void;

const DEBOUNCE_MS = 500;
/** Marks an update that put a stored version in the editor: not an edit to save. */
const STORED_TAG = 'gloss-stored-note';

const toJson = (state: EditorState) => JSON.stringify(state.toJSON());

function toNoteInput(state: EditorState): NoteInput {
  return {
    markdown: state.read(() => $convertToMarkdownString(NOTE_TRANSFORMERS)),
    editorState: toJson(state),
  };
}

const asNote = (input: NoteInput): Note => ({
  markdown: input.markdown,
  editorState: input.editorState ?? null,
  updatedAt: null,
});

/** ISO times compare as strings; a never-saved note (null) is older than any save. */
const isNewer = (revision: string | null, than: string | null) => (revision ?? '') > (than ?? '');

function show(editor: LexicalEditor, update: () => void): void {
  editor.update(update, { tag: STORED_TAG, discrete: true });
}

/**
 * Saves the note a moment after typing stops, and at once on blur, on leaving the article and
 * on closing the window. Saves run one after another, so an older one never lands last.
 *
 * With `sync`, every save says which stored version it was based on. A version saved elsewhere
 * is taken into the editor live when nothing here is unsaved; when something is, the core
 * refuses the save (`conflict`) and `onConflict` shows both versions until the user resolves
 * it (`resolve`). A window that goes away with a conflict open saves both, one after the other:
 * nothing typed is lost without asking.
 */
export function AutoSavePlugin({
  onSave,
  onStatus,
  sync,
  onConflict,
  resolve,
}: {
  onSave: (note: NoteInput) => Promise<Note | void>;
  onStatus: (status: SaveStatus) => void;
  sync?: NoteSync;
  onConflict: (conflict: NoteConflictState | null) => void;
  resolve: { current: ResolveConflict | null };
}): null {
  const [editor] = useLexicalComposerContext();
  const latest = useRef({ onSave, onStatus, onConflict, sync });
  latest.current = { onSave, onStatus, onConflict, sync };
  const takeStored = useRef<(note: Note) => void>(() => undefined);

  useEffect(() => {
    const status = (value: SaveStatus) => latest.current.onStatus(value);
    let pending: EditorState | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let chain: Promise<void> = Promise.resolve();
    let saving = 0;
    // Registering plugins (lists, links) re-runs transforms and reports "dirty" nodes on open;
    // only a state that differs from what was loaded or last saved is an edit worth saving.
    let lastSaved = toJson(editor.getEditorState());
    let basedOn = latest.current.sync?.stored.updatedAt ?? null;
    /** The version saved elsewhere while this one has unsaved edits: the user decides. */
    let theirs: Note | null = null;

    const mine = (): Note => asNote(toNoteInput(pending ?? editor.getEditorState()));
    const openConflict = (stored: Note) => {
      theirs = stored;
      editor.setEditable(false);
      latest.current.onConflict({ theirs: stored, mine: mine() });
      status('conflict');
    };

    const flush = (): Promise<void> => {
      clearTimeout(timer);
      const state = pending;
      if (!state || theirs) return chain;
      pending = null;
      status('saving');
      const note = toNoteInput(state);
      const { sync } = latest.current;
      saving += 1;
      chain = chain
        .then(() => latest.current.onSave(sync ? { ...note, basedOn } : note))
        .then(
          (saved) => {
            lastSaved = note.editorState ?? lastSaved;
            if (saved) basedOn = saved.updatedAt;
            status(pending ? 'unsaved' : 'saved');
          },
          async (error: unknown) => {
            // Keep the unsaved state so the next edit, blur or flush tries again.
            pending ??= state;
            if (sync && error instanceof GlossApiError && error.code === 'conflict') {
              const stored = await sync.load().catch(() => null);
              if (stored) return openConflict(stored);
            }
            status('error');
          },
        )
        .finally(() => {
          saving -= 1;
        });
      return chain;
    };

    /** Leaving with a conflict open: keep both versions (theirs first) rather than drop mine. */
    const rescue = () => {
      if (!theirs) return void flush();
      const { markdown } = mine();
      const both = [theirs.markdown.trim(), markdown.trim()].filter(Boolean).join('\n\n');
      const basedOn = theirs.updatedAt;
      // Once: pagehide and the unmount that follows must not save it twice.
      theirs = null;
      pending = null;
      latest.current.onSave({ markdown: both, editorState: null, basedOn }).catch(() => status('error'));
    };

    resolve.current = (choice) => {
      if (!theirs) return;
      const stored = theirs;
      const yours = mine();
      theirs = null;
      basedOn = stored.updatedAt;
      editor.setEditable(true);
      latest.current.onConflict(null);
      if (choice === 'theirs') {
        pending = null;
        show(editor, initialNoteState(stored));
        lastSaved = toJson(editor.getEditorState());
        status('saved');
        return;
      }
      if (choice === 'merge') show(editor, mergedNoteState(stored, yours));
      pending = editor.getEditorState();
      editor.focus();
      void flush();
    };

    takeStored.current = (stored) => {
      if (theirs) {
        // Saved there again while the user decides: show the newest.
        if (isNewer(stored.updatedAt, theirs.updatedAt)) openConflict(stored);
        return;
      }
      if (!isNewer(stored.updatedAt, basedOn) || pending || saving > 0) return;
      basedOn = stored.updatedAt;
      show(editor, initialNoteState(stored));
      lastSaved = toJson(editor.getEditorState());
    };

    const onUnload = () => rescue();
    window.addEventListener('pagehide', onUnload);
    window.addEventListener('beforeunload', onUnload);
    const unregister = mergeRegister(
      registerFlush(flush),
      editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, tags }) => {
        // Selection moves and focus changes are not edits, nor is a stored version shown.
        if ((dirtyElements.size === 0 && dirtyLeaves.size === 0) || tags.has(STORED_TAG)) return;
        if (toJson(editorState) === lastSaved) {
          if (pending) {
            pending = null;
            clearTimeout(timer);
            status('saved');
          }
          return;
        }
        pending = editorState;
        status('unsaved');
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
      resolve.current = null;
      takeStored.current = () => undefined;
      rescue();
    };
  }, [editor, resolve]);

  const stored = sync?.stored;
  useEffect(() => {
    if (stored) takeStored.current(stored);
  }, [stored]);

  return null;
}
