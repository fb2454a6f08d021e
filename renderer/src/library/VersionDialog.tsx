import { ConfirmDialog } from '../common/ConfirmDialog';
import type { VersionQuestion } from './version-question';

/**
 * The question an import gets when the library has an earlier version of it (`existing:
 * 'changed'`): Import as new version (the expected answer: Enter takes it), Keep both, or Cancel
 * (Esc), which leaves the library as it is.
 */
export function VersionDialog({ question }: { question: VersionQuestion }) {
  const { article, answer } = question;
  return (
    <ConfirmDialog
      open
      title={`“${article.title}” is already in your library in an earlier version`}
      confirmLabel="Import as new version"
      busyLabel="Importing…"
      confirmFirst
      onConfirm={() => answer('version')}
      other={{ label: 'Keep both', run: () => answer('separate') }}
      onCancel={() => answer('cancel')}
    >
      <p>What you are importing differs from the article you have.</p>
      <p>
        <strong>Import as new version</strong> replaces the article’s text and keeps your notes and
        highlights, moved to where their passages are now; a highlight whose passage is gone stays in the side
        panel, with its quote and note. <strong>Keep both</strong> adds it as an article of its own.
      </p>
    </ConfirmDialog>
  );
}
