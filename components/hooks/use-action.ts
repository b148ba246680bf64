import { useCallback, useLayoutEffect, useRef, useState } from 'react';

/** What `useAction` gives a component: start the work, whether it runs, and what went wrong. */
export interface Action<Args extends unknown[], Result> {
  /** Runs the work; resolves with its result, or undefined when it failed (the error is in `error`). */
  run: (...args: Args) => Promise<Result | undefined>;
  busy: boolean;
  /** The failure of the last run, as a person can read it; cleared when a run starts. */
  error: string | undefined;
  /** Sets or clears the error by hand (a check made before running, closing a dialog). */
  setError: (error: string | undefined) => void;
}

/** A failure as a person can read it: an Error's message, anything else as text. */
export function errorText(caught: unknown): string {
  return caught instanceof Error ? caught.message : String(caught);
}

/** Where else a failure goes (a toast, an outcome line), besides `error`; `args` are the failed run's. */
export interface ActionOptions<Args extends unknown[] = unknown[]> {
  onError?: (message: string, caught: unknown, args: Args) => void;
}

/**
 * One write a component starts (save, delete, undo, erase): `busy` while it runs (buttons disable
 * and say so), and its failure kept as text for a `role="alert"` beside the button, never thrown into
 * React. `run` keeps its identity across renders and always calls the latest `work` and `onError`.
 */
export function useAction<Args extends unknown[], Result>(
  work: (...args: Args) => Promise<Result>,
  options: ActionOptions<Args> = {},
): Action<Args, Result> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const latest = useRef({ work, options });
  useLayoutEffect(() => {
    latest.current = { work, options };
  });
  const run = useCallback(async (...args: Args): Promise<Result | undefined> => {
    setBusy(true);
    setError(undefined);
    try {
      return await latest.current.work(...args);
    } catch (caught) {
      const message = errorText(caught);
      setError(message);
      latest.current.options.onError?.(message, caught, args);
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { run, busy, error, setError };
}

/** A line under a write: its outcome as a status, or its failure as an alert. */
export interface OutcomeMessage {
  text: string;
  error: boolean;
}

/**
 * A write whose result is a sentence for the user ("Done. Next: Call tomorrow", "Reply recorded"):
 * `message` is that sentence, or the failure of the last run; `undefined` from `work` clears it.
 */
export function useOutcome<Args extends unknown[]>(work: (...args: Args) => Promise<string | undefined>) {
  const [outcome, setOutcome] = useState<string>();
  const action = useAction(async (...args: Args) => setOutcome(await work(...args)));
  const message: OutcomeMessage | undefined = action.error
    ? { text: action.error, error: true }
    : outcome
      ? { text: outcome, error: false }
      : undefined;
  return { ...action, message };
}
