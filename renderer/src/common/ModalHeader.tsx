/** A modal dialog's title and its close button (which takes focus when the dialog opens). */
export function ModalHeader({ id, title, onClose }: { id: string; title: string; onClose: () => void }) {
  return (
    <header className="modal-header">
      <h2 id={id} className="modal-title">
        {title}
      </h2>
      <button type="button" className="icon-button" aria-label="Close" onClick={onClose} data-autofocus>
        ×
      </button>
    </header>
  );
}
