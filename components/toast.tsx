import { useEffect } from 'react';
import { Button } from './button';

/** A message shown at the bottom of the page for a few seconds, with an optional action (Undo). */
export interface ToastMessage {
  id: number;
  text: string;
  actionLabel?: string;
  onAction?: () => void;
}

/** Shows one toast; calls `onDismiss` after `timeout` ms or when its action is taken. */
export function Toast({ toast, onDismiss, timeout = 8000 }: { toast: ToastMessage; onDismiss: () => void; timeout?: number }) {
  useEffect(() => {
    const timer = setTimeout(onDismiss, timeout);
    return () => clearTimeout(timer);
  }, [toast.id, onDismiss, timeout]);
  return (
    <div
      role="status"
      aria-live="polite"
      className="fixed bottom-4 left-1/2 z-50 flex -translate-x-1/2 items-center gap-3 rounded-lg bg-slate-900 px-4 py-2 text-sm text-white shadow-lg dark:bg-slate-100 dark:text-slate-900"
    >
      <span>{toast.text}</span>
      {toast.actionLabel && toast.onAction ? (
        <Button
          variant="ghost"
          className="!text-indigo-300 dark:!text-indigo-700"
          onClick={() => {
            toast.onAction?.();
            onDismiss();
          }}
        >
          {toast.actionLabel}
        </Button>
      ) : null}
    </div>
  );
}
