/** The bulk toolbars' "Add a tag" field: typed without separators, added on Enter or Tag. */
export function BulkTagForm({
  label,
  tag,
  onTagChange,
  onAdd,
  disabled,
}: {
  label: string;
  tag: string;
  onTagChange: (tag: string) => void;
  onAdd: () => void;
  disabled: boolean;
}) {
  return (
    <form
      className="notebook-bulk-tag"
      onSubmit={(event) => {
        event.preventDefault();
        onAdd();
      }}
    >
      <input
        className="text-field"
        aria-label={label}
        placeholder="Add a tag"
        value={tag}
        maxLength={64}
        onChange={(event) => onTagChange(event.target.value.replace(/[\n\r\t,#]/g, ''))}
      />
      <button type="submit" className="button button-small" disabled={disabled || !tag.trim()}>
        Tag
      </button>
    </form>
  );
}
