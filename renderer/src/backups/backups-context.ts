import { createContext, useContext } from 'react';

/** Opens the "Library backups" dialog; the library header and the shortcut list use it. */
export const BackupsContext = createContext<() => void>(() => undefined);
export const useOpenBackups = (): (() => void) => useContext(BackupsContext);
