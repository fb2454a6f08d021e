import { createContext, useContext } from 'react';

export interface ImportApi {
  /** Import files one by one; each success and failure is reported in a toast. */
  importFiles: (files: Iterable<File>) => Promise<void>;
  /** Bumped after every successful import, so lists know to reload. */
  version: number;
  busy: boolean;
}

export const ImportContext = createContext<ImportApi | null>(null);

export function useImport(): ImportApi {
  const api = useContext(ImportContext);
  if (!api) throw new Error('useImport outside ImportProvider');
  return api;
}
