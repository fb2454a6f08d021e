import { useCallback, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { describeError } from '../api/api-error';
import { ToastContext } from './toast-context';
import type { Toast, ToastApi, ToastInput } from './toast-context';

const LIFETIME_MS = { info: 5000, success: 5000, error: 9000 };
const UNDO_LIFETIME_MS = 8000;

/** Toasts in an aria-live region; errors from any call end up here in plain words. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const live = useRef<Toast[]>([]);
  live.current = toasts;

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((toast) => toast.id !== id)), []);

  const notify = useCallback(
    (input: ToastInput) => {
      const toast: Toast = { tone: 'info', ...input, id: nextId.current++ };
      // Keep at most three on screen; the newest is what the user just did.
      setToasts((all) => [...all.slice(-2), toast]);
      const lifetime = toast.undo ? UNDO_LIFETIME_MS : LIFETIME_MS[toast.tone ?? 'info'];
      setTimeout(() => dismiss(toast.id), lifetime);
    },
    [dismiss],
  );

  const runAction = useCallback(
    (toast: Toast) => {
      dismiss(toast.id);
      Promise.resolve(toast.action?.run()).catch((error: unknown) =>
        notify({ tone: 'error', message: describeError(error) }),
      );
    },
    [dismiss, notify],
  );

  const api = useMemo<ToastApi>(
    () => ({
      notify,
      reportError: (error, context) => {
        const message = describeError(error);
        notify({ tone: 'error', message: context ? `${context}: ${message}` : message });
      },
      undoLatest: () => {
        const toast = [...live.current].reverse().find((item) => item.undo && item.action);
        if (!toast) return false;
        runAction(toast);
        return true;
      },
    }),
    [notify, runAction],
  );

  return (
    <ToastContext value={api}>
      {children}
      <div className="toasts" role="region" aria-label="Notifications">
        <div aria-live="polite" aria-relevant="additions text">
          {toasts.map((toast) => (
            <div
              key={toast.id}
              className={`toast toast-${toast.tone}`}
              role={toast.tone === 'error' ? 'alert' : 'status'}
            >
              <span className="toast-message">{toast.message}</span>
              {toast.action && (
                <button type="button" className="toast-action" onClick={() => runAction(toast)}>
                  {toast.action.label}
                  {toast.undo && <kbd className="toast-kbd">{isMac() ? '⌘Z' : 'Ctrl+Z'}</kbd>}
                </button>
              )}
              <button
                type="button"
                className="toast-close"
                aria-label="Dismiss"
                onClick={() => dismiss(toast.id)}
              >
                ×
              </button>
            </div>
          ))}
        </div>
      </div>
    </ToastContext>
  );
}

export const isMac = (): boolean => /Mac|iPhone|iPad/.test(navigator.platform);
