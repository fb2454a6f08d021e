import { createContext, useContext } from 'react';

export interface ToastAction {
  label: string;
  run: () => void | Promise<void>;
}

export interface ToastInput {
  message: string;
  tone?: 'info' | 'success' | 'error';
  /** A button on the toast. */
  action?: ToastAction;
  /**
   * The toast of a change this window just made: its Undo button takes back the window's
   * latest step (`history/undo`), as Ctrl/Cmd+Z does.
   */
  undo?: boolean;
  /** The toast of an undo: its button redoes (as Ctrl/Cmd+Shift+Z does). */
  redo?: boolean;
}

export interface Toast extends ToastInput {
  id: number;
}

export interface ToastApi {
  notify: (toast: ToastInput) => void;
  /** Show an error from any call in plain words. */
  reportError: (error: unknown, context?: string) => void;
  /** Undo (or redo) this window's latest step, and say in a toast what it did. */
  undo: () => Promise<void>;
  redo: () => Promise<void>;
}

export const ToastContext = createContext<ToastApi | null>(null);

export function useToasts(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToasts outside ToastProvider');
  return api;
}
