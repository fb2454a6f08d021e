import { useState } from 'react';
import { describeError } from '../api/api-error';
import { call, isElectron } from '../api/client';
import { downloadZip, saveTextFile } from '../api/save-file';
import { describeAnnotationImport, describeFolderExport } from './describe-export';

/** Where an export or import is: idle, working, or done with lines to show (or a failure). */
export type ExportState =
  | { status: 'idle' }
  | { status: 'working'; what: string }
  | { status: 'done'; lines: string[] }
  | { status: 'failed'; message: string };

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The library's exports: the Markdown vault (a folder in Electron, a .zip in browser mode), the
 * highlights as Web Annotations, and an annotation import. One runs at a time.
 */
export function useLibraryExport(articleIds?: string[]) {
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const run = async (what: string, work: () => Promise<string[] | null>) => {
    setState({ status: 'working', what });
    try {
      const lines = await work();
      setState(lines ? { status: 'done', lines } : { status: 'idle' });
    } catch (error) {
      setState({ status: 'failed', message: describeError(error) });
    }
  };

  return {
    state,
    exportVault: (entityNotes: boolean) =>
      run('Exporting the library as Markdown…', async () => {
        if (window.gloss && isElectron()) {
          const result = await window.gloss.exportFolder({
            entityNotes,
            ...(articleIds ? { articleIds } : {}),
          });
          return result.exported
            ? [`Exported to ${result.path}.`, ...describeFolderExport(result.report)]
            : null;
        }
        const zip = await call('export/library', { entityNotes, ...(articleIds ? { articleIds } : {}) });
        downloadZip(zip.fileName, zip.data);
        const lines = [`${zip.articleCount.toLocaleString('en')} articles in ${zip.fileName}.`];
        if (zip.skipped.length > 0)
          lines.push(`Left out, because their text could not be read: ${zip.skipped.join(', ')}.`);
        return lines;
      }),
    exportAnnotations: () =>
      run('Exporting highlights…', async () => {
        const collection = await call('export/annotations', articleIds ? { articleIds } : {});
        const saved = await saveTextFile(
          `Gloss annotations ${today()}.jsonld`,
          JSON.stringify(collection, null, 2),
        );
        return saved
          ? [`${collection.total.toLocaleString('en')} highlights exported as Web Annotations.`]
          : null;
      }),
    importAnnotations: (file: File) =>
      run(`Importing ${file.name}…`, async () =>
        describeAnnotationImport(await call('import/annotations', { data: await file.text() })),
      ),
  };
}
