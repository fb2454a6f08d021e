import { createContext, useContext } from 'react';
import type { ImportedArticle } from '../../../electron/contract/model';
import type { PathedFile } from './import-groups';

export interface ImportApi {
  /**
   * Import files one after another. One file is reported in a toast; several show progress
   * and then one summary. Files added while a batch runs join it. Images chosen together with
   * a `.md` or a saved page go with it (import-groups.ts), not as items of their own. `path`
   * is where a file was inside a dropped folder ("Page_files/a.jpg"); its name when omitted.
   */
  importFiles: (files: Iterable<File | PathedFile>) => void;
  /** Import web pages by address, the same way (one is a toast, several a batch with progress). */
  importUrls: (urls: string[]) => void;
  /**
   * Finish an import of a web page made elsewhere (the deep-link confirmation) whose answer was
   * an earlier version (`existing: 'changed'`): ask the user, as any import does, and go on.
   */
  settleUrl: (url: string, answered: ImportedArticle) => void;
}

export const ImportContext = createContext<ImportApi | null>(null);

export function useImport(): ImportApi {
  const api = useContext(ImportContext);
  if (!api) throw new Error('useImport outside ImportProvider');
  return api;
}
