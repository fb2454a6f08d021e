import { autoLinkUrlMatcher } from '@lexical/link';
import { AutoFocusPlugin } from '@lexical/react/LexicalAutoFocusPlugin';
import { AutoLinkPlugin } from '@lexical/react/LexicalAutoLinkPlugin';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useId, useMemo, useRef, useState } from 'react';
import type { NoteInput } from '../../../electron/contract/api';
import type { Note } from '../../../electron/contract/model';
import { useToasts } from '../common/toast-context';
import { AutoSavePlugin } from './AutoSavePlugin';
import type { NoteSync, ResolveConflict, SaveStatus } from './AutoSavePlugin';
import { NOTE_NODES, NOTE_THEME, NOTE_TRANSFORMERS, isSafeUrl } from './editor-config';
import { initialNoteState } from './initial-note-state';
import { NoteConflict, type NoteConflictState } from './NoteConflict';
import { SafeLinkPlugin } from './SafeLinkPlugin';
import { SaveIndicator } from './SaveIndicator';
import { ToolbarPlugin } from './ToolbarPlugin';

const URL_MATCHERS = [autoLinkUrlMatcher];

/**
 * A rich-text note (Lexical): bold, italic, lists, links and Markdown shortcuts, saved on its
 * own. Uncontrolled: `note` is read once when it mounts, later props never overwrite typing.
 * With `sync` it follows the stored note: a version saved in another window shows up when
 * nothing here is unsaved, and a clash of both is shown for the user to resolve.
 */
export function NoteEditor({
  note,
  sync,
  label,
  placeholder,
  onSave,
  testId,
  autoFocus = false,
}: {
  note: Note;
  label: string;
  placeholder: string;
  onSave: (note: NoteInput) => Promise<Note | void>;
  sync?: NoteSync;
  testId?: string;
  autoFocus?: boolean;
}) {
  const [conflict, setConflict] = useState<NoteConflictState | null>(null);
  const [conflictFocus, setConflictFocus] = useState(false);
  const frame = useRef<HTMLDivElement>(null);
  const resolve = useRef<ResolveConflict | null>(null);
  const { reportError } = useToasts();
  const [status, setStatus] = useState<SaveStatus>('idle');
  const placeholderId = useId();
  const [initial] = useState(note);
  const config = useMemo(
    () => ({
      namespace: 'gloss-note',
      nodes: NOTE_NODES,
      theme: NOTE_THEME,
      editorState: initialNoteState(initial),
      onError: (error: Error) => reportError(error, 'The note editor hit a problem'),
    }),
    [initial, reportError],
  );
  return (
    <div className="note-editor" data-testid={testId} data-save-status={status}>
      <LexicalComposer initialConfig={config}>
        <div className="note-editor-frame" ref={frame}>
          <ToolbarPlugin label={label} />
          <div className="note-editor-body">
            <RichTextPlugin
              contentEditable={
                <ContentEditable
                  className="note-content"
                  aria-label={label}
                  aria-describedby={placeholderId}
                  aria-placeholder={placeholder}
                  placeholder={
                    <div className="note-placeholder" id={placeholderId}>
                      {placeholder}
                    </div>
                  }
                />
              }
              ErrorBoundary={LexicalErrorBoundary}
            />
          </div>
        </div>
        <HistoryPlugin />
        <ListPlugin />
        <LinkPlugin validateUrl={isSafeUrl} />
        <AutoLinkPlugin matchers={URL_MATCHERS} />
        <SafeLinkPlugin />
        <MarkdownShortcutPlugin transformers={NOTE_TRANSFORMERS} />
        {autoFocus && <AutoFocusPlugin />}
        <AutoSavePlugin
          onSave={onSave}
          onStatus={setStatus}
          sync={sync}
          resolve={resolve}
          onConflict={(next) => {
            setConflictFocus(Boolean(next && frame.current?.contains(document.activeElement)));
            setConflict(next);
          }}
        />
      </LexicalComposer>
      {conflict ? (
        <NoteConflict
          conflict={conflict}
          takeFocus={conflictFocus}
          onChoose={(choice) => resolve.current?.(choice)}
        />
      ) : (
        <SaveIndicator status={status} />
      )}
    </div>
  );
}
