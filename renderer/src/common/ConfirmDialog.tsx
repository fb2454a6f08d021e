import { useId } from 'react';
import type { ReactNode } from 'react';
import { useModalDialog } from './use-modal-dialog';

/**
 * Asks before doing something that is hard to take back. A modal alert dialog: Cancel has focus
 * first, so Enter never confirms by accident; Esc cancels (except while the action runs). A
 * question whose confirm is the expected answer (`confirmFirst`) gives it the focus instead, so
 * Enter takes it; `other` is a third answer between the two.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  busyLabel,
  busy = false,
  confirmDisabled = false,
  onConfirm,
  onCancel,
  other,
  confirmFirst = false,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  busy?: boolean;
  /** Keeps the confirm button off (Cancel still works), e.g. until the window was in front a moment. */
  confirmDisabled?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** Another answer, shown between Cancel and the confirm button. */
  other?: { label: string; run: () => void };
  /** The confirm button has the focus first, so Enter confirms. */
  confirmFirst?: boolean;
}) {
  const dialog = useModalDialog(open);
  const titleId = useId();
  const bodyId = useId();
  return (
    <dialog
      ref={dialog}
      className="modal confirm-dialog"
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        // The action is already on its way; closing now would hide how it ends.
        if (busy) event.preventDefault();
      }}
      onClose={onCancel}
    >
      <h2 id={titleId} className="modal-title">
        {title}
      </h2>
      <div id={bodyId} className="confirm-body">
        {children}
      </div>
      <div className="modal-actions">
        <button
          type="button"
          className="button"
          onClick={onCancel}
          disabled={busy}
          data-autofocus={confirmFirst ? undefined : true}
        >
          Cancel
        </button>
        {other && (
          <button type="button" className="button" onClick={other.run} disabled={busy}>
            {other.label}
          </button>
        )}
        <button
          type="button"
          className="button button-primary"
          onClick={onConfirm}
          disabled={busy || confirmDisabled}
          data-autofocus={confirmFirst ? true : undefined}
        >
          {busy ? busyLabel : confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
