import { createContext, useContext } from 'react';

export interface ToastAction {
  label: string;
  run: () => void | Promise<void>;
}

export interface ToastInput {
  message: string;
  tone?: 'info' | 'success' | 'error';
  /** A button on the toast; `undo: true` also binds it to Ctrl/Cmd+Z while the toast shows. */
  action?: ToastAction;
  undo?: boolean;
}

export interface Toast extends ToastInput {
  id: number;
}

export interface ToastApi {
  notify: (toast: ToastInput) => void;
  /** Show an error from any call in plain words. */
  reportError: (error: unknown, context?: string) => void;
  /** Run the newest undo action, if an undo toast is showing. Returns whether it did. */
  undoLatest: () => boolean;
}

export const ToastContext = createContext<ToastApi | null>(null);

export function useToasts(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToasts outside ToastProvider');
  return api;
}
