import { useCallback, useEffect, useState } from 'react';
import type { Backup } from '../../electron/contract/model';
import { BackupsContext } from './backups/backups-context';
import { BackupsDialog } from './backups/BackupsDialog';
import { formatDateTime } from './common/format';
import { dialogOpen, historyKey, isPlainKey, isTyping } from './common/keyboard';
import { HelpDialog } from './common/HelpDialog';
import { useRoute, visitOf } from './common/route';
import { useDeepLinks } from './common/use-deep-links';
import { useSettings } from './common/settings-context';
import { nextTheme } from './common/ThemeToggle';
import { useToasts } from './common/toast-context';
import { ImportConfirm } from './library/ImportConfirm';
import { LibraryView } from './library/LibraryView';
import { NotebookView } from './notebook/NotebookView';
import { TrashView } from './trash/TrashView';
import { EntityView } from './entity/EntityView';
import { RulesView } from './entity/RulesView';
import { ReaderView } from './reader/ReaderView';
import { HelpContext } from './common/help-context';
import { TagsProvider } from './tags/TagsProvider';

/** The two views, the dialogs both can open, and the shortcuts that work in both. */
export function App() {
  const route = useRoute();
  const [helpOpen, setHelpOpen] = useState(false);
  const [backupsOpen, setBackupsOpen] = useState(false);
  const { settings, update } = useSettings();
  const { notify, undo, redo } = useToasts();
  useDeepLinks();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // Undo and redo of the library's changes, outside text fields: there (a note editor, a
      // search box) the field's own undo wins, so the key is left alone.
      const key = historyKey(event);
      if (key) {
        if (isTyping(event) || dialogOpen()) return;
        event.preventDefault();
        void (key === 'undo' ? undo() : redo());
        return;
      }
      if (isTyping(event) || !isPlainKey(event) || event.defaultPrevented) return;
      if (event.key === '?') {
        event.preventDefault();
        setHelpOpen((open) => !open);
      } else if ((event.key === 't' || event.key === 'T') && !dialogOpen()) {
        event.preventDefault();
        update({ theme: nextTheme(settings.theme) });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [settings.theme, update, undo, redo]);

  const openBackups = useCallback(() => setBackupsOpen(true), []);
  const onRestored = useCallback(
    // Lists, notices, tags and settings read again when the core says the library was reloaded.
    (backup: Backup) => {
      notify({
        tone: 'success',
        message: `Restored the library backup from ${formatDateTime(backup.createdAt)}. The library as it was just before is now the newest backup.`,
      });
    },
    [notify],
  );

  return (
    <HelpContext value={() => setHelpOpen(true)}>
      <BackupsContext value={openBackups}>
        <TagsProvider>
          {route.name === 'reader' ? (
            <ReaderView
              key={route.id}
              id={route.id}
              at={route.at}
              highlight={route.highlight ?? null}
              focus={route.focus ?? null}
            />
          ) : route.name === 'entity' ? (
            <EntityView key={`${route.type}:${route.entity}`} name={route.entity} type={route.type} />
          ) : route.name === 'notebook' ? (
            <NotebookView />
          ) : route.name === 'rules' ? (
            <RulesView />
          ) : route.name === 'trash' ? (
            <TrashView />
          ) : (
            <LibraryView />
          )}
          {route.name === 'import' && <ImportConfirm key={visitOf(route)} url={route.url} />}
        </TagsProvider>
        <HelpDialog
          open={helpOpen}
          onClose={() => setHelpOpen(false)}
          onOpenBackups={() => {
            setHelpOpen(false);
            setBackupsOpen(true);
          }}
        />
        <BackupsDialog open={backupsOpen} onClose={() => setBackupsOpen(false)} onRestored={onRestored} />
      </BackupsContext>
    </HelpContext>
  );
}
