/**
 * A new version of the open article was imported while the user was typing in the reader: it
 * shows once they leave the field (use-article.ts), or at once from here. A status, not an
 * alert: it must not take the focus from what they are writing.
 */
export function VersionWaitingNotice({ onShow }: { onShow: () => void }) {
  return (
    <p className="version-waiting" role="status">
      <span>
        A new version of this article was imported. It shows when you leave the field you are typing in.
      </span>
      <button type="button" className="button button-small" onClick={onShow}>
        Show it now
      </button>
    </p>
  );
}
