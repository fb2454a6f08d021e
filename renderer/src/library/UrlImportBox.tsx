import { useId, useState } from 'react';
import { useImport } from './import-context';
import { webAddresses } from './web-addresses';

/**
 * A box to import web pages by address: type or paste one and press Enter (or Import page);
 * pasting several lines of addresses imports them all at once, as a batch with progress.
 */
export function UrlImportBox() {
  const { importUrls } = useImport();
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = useId();

  const submit = (text: string) => {
    const urls = webAddresses(text);
    if (urls.length === 0) {
      setProblem('That is not a web address: paste one that starts with https:// or http://.');
      return;
    }
    setProblem(null);
    setValue('');
    importUrls(urls);
  };

  return (
    <form
      className="url-import"
      aria-label="Import a web page"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit(value);
      }}
    >
      <input
        type="text"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        aria-label="Web address to import"
        aria-describedby={problem ? problemId : undefined}
        aria-invalid={problem ? true : undefined}
        placeholder="Paste a web address (or several, one per line) to import"
        value={value}
        maxLength={4096}
        onChange={(event) => {
          setValue(event.target.value);
          setProblem(null);
        }}
        onPaste={(event) => {
          // A text field keeps one line: several pasted addresses would run together.
          const text = event.clipboardData.getData('text/plain');
          if (webAddresses(text).length > 1) {
            event.preventDefault();
            submit(text);
          }
        }}
      />
      <button type="submit" className="button">
        Import page
      </button>
      {problem && (
        <p id={problemId} className="url-import-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
