import { isMac } from './ToastProvider';
import { useModalDialog } from './use-modal-dialog';
import { ModalHeader } from './ModalHeader';
import { SendToGloss } from './SendToGloss';

const mod = isMac() ? '⌘' : 'Ctrl';

const SECTIONS: { title: string; keys: [string, string][] }[] = [
  {
    title: 'Anywhere',
    keys: [
      ['?', 'Show or hide this list'],
      ['/', 'Search the library, or filter entities in an article'],
      ['↓  ↑', 'In library search: move through the matching highlights and notes (Enter opens one)'],
      ['T', 'Switch theme (system, light, dark)'],
      [
        `${mod}+Z`,
        'Undo your last change in this window (outside a text field, where the field’s own undo works)',
      ],
      [`${mod}+Shift+Z`, 'Redo what you undid (Ctrl+Y too, off the Mac)'],
      ['Esc', 'Close a menu, dialog or tooltip; clear the selection'],
    ],
  },
  {
    title: 'Reading',
    keys: [
      ['H', 'Highlight the selected text (yellow); then just type to write its note'],
      ['Enter', 'On a highlight’s card (as after H): write its note; Esc leaves the note'],
      ['1 – 5', 'Highlight the selection in yellow, green, blue, pink or purple'],
      ['[  ]', 'Previous / next entity mention (of the chosen entity, if any)'],
      ['J  K', 'Next / previous highlight'],
      ['E', 'Show the Entities tab; N shows Notes'],
      ['B', 'Back to the library'],
      ['A  L  I', 'Archive the article, keep it for later, or move it to the inbox'],
    ],
  },
  {
    title: 'Library',
    keys: [
      ['↓  ↑', 'Move from article to article'],
      ['X', 'Pick the focused article; Shift+X picks the range from the last one picked'],
      [`${mod}+A`, 'Pick every article listed; Esc lets go'],
      ['A  L  I', 'Archive the picked (or focused) articles, keep them for later, or move them to the inbox'],
      ['Delete', 'Move the picked (or focused) articles to the trash (Undo in the notice)'],
    ],
  },
  {
    title: 'Notebook',
    keys: [
      [`${mod}+A`, 'Select every highlight listed'],
      ['Shift+click', 'Select the highlights from the last one picked to this one'],
      ['Esc', 'Clear the selection'],
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

/**
 * The keyboard shortcut list, and where to find what has no key (library backups). A native
 * modal dialog, so focus is trapped and Esc closes it.
 */
export function HelpDialog({
  open,
  onClose,
  onOpenBackups,
}: {
  open: boolean;
  onClose: () => void;
  onOpenBackups: () => void;
}) {
  const dialog = useModalDialog(open);
  return (
    <dialog
      ref={dialog}
      className="modal help-dialog"
      aria-labelledby="help-title"
      onClose={onClose}
      onClick={(event) => {
        if (event.target === dialog.current) onClose();
      }}
    >
      <div className="help-content">
        <ModalHeader id="help-title" title="Keyboard shortcuts" onClose={onClose} />
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
        <section className="help-section">
          <h3>Library</h3>
          <p className="help-note">
            Gloss backs up your library&rsquo;s index when it opens after a change. To go back to an earlier
            one, use{' '}
            <button type="button" className="link-button" onClick={onOpenBackups}>
              Library backups
            </button>{' '}
            (the clock button in the library&rsquo;s header).
          </p>
        </section>
        <SendToGloss />
      </div>
    </dialog>
  );
}
