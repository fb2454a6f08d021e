import { useEffect, useRef } from 'react';
import { isMac } from './ToastProvider';

const mod = isMac() ? '⌘' : 'Ctrl';

const SECTIONS: { title: string; keys: [string, string][] }[] = [
  {
    title: 'Anywhere',
    keys: [
      ['?', 'Show or hide this list'],
      ['/', 'Search the library, or filter entities in an article'],
      ['T', 'Switch theme (system, light, dark)'],
      ['Esc', 'Close a menu, dialog or tooltip; clear the selection'],
    ],
  },
  {
    title: 'Reading',
    keys: [
      ['H', 'Highlight the selected text (yellow)'],
      ['1 – 5', 'Highlight the selection in yellow, green, blue, pink or purple'],
      ['[  ]', 'Previous / next entity mention (of the chosen entity, if any)'],
      ['J  K', 'Next / previous highlight'],
      ['E', 'Show the Entities tab; N shows Notes'],
      ['B', 'Back to the library'],
      [`${mod}+Z`, 'Undo a deleted highlight or a correction while its notice shows'],
    ],
  },
  {
    title: 'Notes',
    keys: [
      [`${mod}+B  ${mod}+I`, 'Bold, italic'],
      [`${mod}+K`, 'Add or edit a link'],
      [`${mod}+Shift+8 / 7`, 'Bulleted / numbered list'],
      ['**bold**  _italic_  - item', 'Markdown shortcuts while typing'],
      ['Enter or ,', 'Add a tag; Backspace removes the last one'],
    ],
  },
];

/** The keyboard shortcut list; a native modal dialog, so focus is trapped and Esc closes it. */
export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      className="help-dialog"
      aria-labelledby="help-title"
      onClose={onClose}
      onClick={(event) => {
        if (event.target === dialog.current) onClose();
      }}
    >
      <div className="help-content">
        <header className="help-header">
          <h2 id="help-title">Keyboard shortcuts</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose} autoFocus>
            ×
          </button>
        </header>
        {SECTIONS.map((section) => (
          <section key={section.title} className="help-section">
            <h3>{section.title}</h3>
            <dl>
              {section.keys.map(([keys, what]) => (
                <div key={keys} className="help-row">
                  <dt>
                    <kbd>{keys}</kbd>
                  </dt>
                  <dd>{what}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </dialog>
  );
}
