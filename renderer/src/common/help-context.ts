import { createContext, useContext } from 'react';

/** Opens the keyboard shortcut list; the header's "?" button uses it. */
export const HelpContext = createContext<() => void>(() => undefined);
export const useOpenHelp = (): (() => void) => useContext(HelpContext);
