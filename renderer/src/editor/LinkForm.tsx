import { useState } from 'react';
import { isSafeUrl, normalizeUrl } from './editor-config';

/**
 * A small inline form for a link's address (Electron has no window.prompt). Enter applies, an
 * empty address removes the link, Esc cancels (`onDone()` with no argument).
 */
export function LinkForm({ initial, onDone }: { initial: string; onDone: (url?: string) => void }) {
  const [value, setValue] = useState(initial);
  const url = normalizeUrl(value);
  const invalid = url !== '' && !isSafeUrl(url);
  return (
    <form
      className="link-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!invalid) onDone(url);
      }}
    >
      <input
        type="text"
        inputMode="url"
        aria-label="Link address"
        placeholder="https://…"
        value={value}
        autoFocus
        aria-invalid={invalid}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            onDone();
          }
        }}
      />
      <button type="submit" className="button button-small" disabled={invalid}>
        {value.trim() ? 'Apply' : initial ? 'Remove' : 'Apply'}
      </button>
      {invalid && <span className="field-error">Use a web or mail address.</span>}
    </form>
  );
}
