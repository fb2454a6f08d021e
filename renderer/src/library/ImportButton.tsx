import { useRef } from 'react';
import { useImport } from './import-context';
import { IMPORT_ACCEPT } from './import-file';

/**
 * "Import…" opens the file picker (several files at once); the same files could be dropped onto
 * the window. It stays enabled during an import: disabling it would drop the keyboard focus, and
 * files chosen meanwhile simply join the batch.
 */
export function ImportButton({ className = 'button' }: { className?: string }) {
  const { importFiles } = useImport();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={className} onClick={() => input.current?.click()}>
        Import…
      </button>
      <input
        ref={input}
        type="file"
        accept={IMPORT_ACCEPT}
        multiple
        hidden
        data-testid="import-input"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          // Reset so choosing the same file again still fires change.
          event.target.value = '';
          importFiles(files);
        }}
      />
    </>
  );
}
