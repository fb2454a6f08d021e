import { createContext, useContext } from 'react';

export interface ImportApi {
  /**
   * Import files one after another. One file is reported in a toast; several show progress
   * and then one summary. Files added while a batch runs join it.
   */
  importFiles: (files: Iterable<File>) => void;
  /** Import web pages by address, the same way (one is a toast, several a batch with progress). */
  importUrls: (urls: string[]) => void;
}

export const ImportContext = createContext<ImportApi | null>(null);

export function useImport(): ImportApi {
  const api = useContext(ImportContext);
  if (!api) throw new Error('useImport outside ImportProvider');
  return api;
}
