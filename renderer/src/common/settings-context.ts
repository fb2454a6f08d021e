import { createContext, useContext } from 'react';
import type { Settings } from '../../../electron/contract/model';
import { READER_TEXT } from '../../../electron/contract/values';

export interface SettingsApi {
  settings: Settings;
  /** False until the library's settings arrived (or could not be read): views that depend on them wait. */
  loaded: boolean;
  /** Apply at once, then persist; on failure the previous value comes back and an error shows. */
  update: (patch: Partial<Settings>) => void;
  /** Read them again from the library, e.g. after a backup brought older ones back. */
  reload: () => Promise<void>;
  /** 'light' or 'dark': the theme in effect after following the OS. */
  resolvedTheme: 'light' | 'dark';
}

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  hiddenEntityTypes: [],
  exportEntities: 'none',
  librarySort: 'added',
  readerFontSize: READER_TEXT.fontSize.default,
  readerLineWidth: READER_TEXT.lineWidth.default,
  readerLineSpacing: READER_TEXT.lineSpacing.default,
};

export const SettingsContext = createContext<SettingsApi | null>(null);

export function useSettings(): SettingsApi {
  const api = useContext(SettingsContext);
  if (!api) throw new Error('useSettings outside SettingsProvider');
  return api;
}
