import { useRef } from 'react';
import { useImport } from './import-context';
import { IMPORT_ACCEPT } from './import-file';

/** "Import…" opens the file picker; the same files could be dropped onto the window. */
export function ImportButton({ className = 'button' }: { className?: string }) {
  const { importFiles, busy } = useImport();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={className} onClick={() => input.current?.click()} disabled={busy}>
        {busy ? 'Importing…' : 'Import…'}
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
          void importFiles(files);
        }}
      />
    </>
  );
}
