import type { SaveStatus } from './AutoSavePlugin';

const TEXT: Record<SaveStatus, string> = {
  idle: '',
  unsaved: 'Editing…',
  saving: 'Saving…',
  saved: 'Saved',
  error: 'Not saved — Gloss will retry on your next change',
  conflict: 'Not saved — changed in another window',
};

/** A quiet save status, announced politely to screen readers. */
export function SaveIndicator({ status }: { status: SaveStatus }) {
  return (
    <p className={`save-indicator save-${status}`} aria-live="polite" data-testid="save-status">
      {TEXT[status]}
    </p>
  );
}
