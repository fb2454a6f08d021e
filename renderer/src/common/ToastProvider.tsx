import { useCallback, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { describeError } from '../api/api-error';
import { call } from '../api/client';
import { describeStep } from '../history/describe-step';
import { ToastContext } from './toast-context';
import type { Toast, ToastApi, ToastInput } from './toast-context';

const LIFETIME_MS = { info: 5000, success: 5000, error: 9000 };
const UNDO_LIFETIME_MS = 8000;

/** Toasts in an aria-live region; errors from any call end up here in plain words. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((toast) => toast.id !== id)), []);

  const notify = useCallback(
    (input: ToastInput) => {
      const toast: Toast = { tone: 'info', ...input, id: nextId.current++ };
      // Keep at most three on screen; the newest is what the user just did. Only the newest
      // undo or redo toast keeps its button: Undo always takes back the latest step, and a new
      // step leaves nothing to redo.
      const stale = (old: Toast) => (toast.undo || toast.redo) && (old.undo || old.redo);
      setToasts((all) => [
        ...all
          .slice(-2)
          .map((old) => (stale(old) ? { ...old, undo: false, redo: false, action: undefined } : old)),
        toast,
      ]);
      const lifetime = toast.undo || toast.redo ? UNDO_LIFETIME_MS : LIFETIME_MS[toast.tone ?? 'info'];
      setTimeout(() => dismiss(toast.id), lifetime);
    },
    [dismiss],
  );

  const move = useCallback(
    async (direction: 'undo' | 'redo'): Promise<void> => {
      // The toast of the step being taken back has said all it can.
      setToasts((all) => all.filter((toast) => !toast.undo && !toast.redo));
      try {
        const answer = await call(direction === 'undo' ? 'history/undo' : 'history/redo', {});
        if (!answer.step) {
          notify({ message: direction === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.' });
          return;
        }
        // The toast's button takes the step the other way (runAction reads the flag).
        notify({
          tone: 'success',
          message: describeStep(answer.step.changes),
          ...(direction === 'undo' ? { redo: true } : { undo: true }),
        });
      } catch (error) {
        notify({
          tone: 'error',
          message: `${direction === 'undo' ? 'Nothing was undone' : 'Nothing was redone'}: ${describeError(error)}`,
        });
      }
    },
    [notify],
  );

  const runAction = useCallback(
    (toast: Toast) => {
      dismiss(toast.id);
      const history = toast.undo ? 'undo' : toast.redo ? 'redo' : undefined;
      const run = toast.action ? toast.action.run : history && (() => move(history));
      Promise.resolve(run?.()).catch((error: unknown) =>
        notify({ tone: 'error', message: describeError(error) }),
      );
    },
    [dismiss, notify, move],
  );

  const api = useMemo<ToastApi>(
    () => ({
      notify,
      reportError: (error, context) => {
        const message = describeError(error);
        notify({ tone: 'error', message: context ? `${context}: ${message}` : message });
      },
      undo: () => move('undo'),
      redo: () => move('redo'),
    }),
    [notify, move],
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
              {buttonLabel(toast) && (
                <button type="button" className="toast-action" onClick={() => runAction(toast)}>
                  {buttonLabel(toast)}
                  {toast.undo && <kbd className="toast-kbd">{isMac() ? '⌘Z' : 'Ctrl+Z'}</kbd>}
                  {toast.redo && <kbd className="toast-kbd">{isMac() ? '⇧⌘Z' : 'Ctrl+Shift+Z'}</kbd>}
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

/** A toast's button: its own action, else Undo or Redo through the history; none without either. */
const buttonLabel = (toast: Toast): string | undefined =>
  toast.action?.label ?? (toast.undo ? 'Undo' : toast.redo ? 'Redo' : undefined);

export const isMac = (): boolean => /Mac|iPhone|iPad/.test(navigator.platform);
