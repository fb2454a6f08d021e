import { useEffect, useState } from 'react';
import { dialogOpen, isPlainKey, isTyping } from './common/keyboard';
import { HelpDialog } from './common/HelpDialog';
import { useRoute } from './common/route';
import { useSettings } from './common/settings-context';
import { nextTheme } from './common/ThemeToggle';
import { useToasts } from './common/toast-context';
import { LibraryView } from './library/LibraryView';
import { ReaderView } from './reader/ReaderView';
import { HelpContext } from './common/help-context';

/** The two views and the shortcuts that work in both. */
export function App() {
  const route = useRoute();
  const [helpOpen, setHelpOpen] = useState(false);
  const { settings, update } = useSettings();
  const { undoLatest } = useToasts();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // Undo works even from a text field only when an undo toast shows; otherwise the
      // editor's own undo must win, so do not swallow the key.
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z') {
        if (!isTyping(event) && undoLatest()) event.preventDefault();
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
  }, [settings.theme, update, undoLatest]);

  return (
    <HelpContext value={() => setHelpOpen(true)}>
      {route.name === 'reader' ? <ReaderView key={route.id} id={route.id} at={route.at} /> : <LibraryView />}
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </HelpContext>
  );
}
