import { useCallback, useEffect, useState } from 'react';
import { COMPOSE_PENDING_KEY as KEY } from './compose-pending-key';

/** A compose window opened from Today: which follow-up, for whom, when. */
export interface PendingCompose {
  taskId: string;
  name: string;
  at: number;
}

// localStorage, not IndexedDB: a note for the next time Today opens (the popup closes as the compose tab opens).
// Older than this, the question would come out of the blue.
const MAX_AGE_MS = 12 * 60 * 60 * 1000;

function read(now: number): PendingCompose | undefined {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<PendingCompose> | null;
    if (typeof value?.taskId !== 'string' || typeof value.name !== 'string' || typeof value.at !== 'number') return undefined;
    if (now - value.at > MAX_AGE_MS || value.at > now) return undefined;
    return { taskId: value.taskId, name: value.name.slice(0, 200), at: value.at };
  } catch {
    return undefined;
  }
}

function write(value: PendingCompose | undefined): void {
  try {
    if (value) localStorage.setItem(KEY, JSON.stringify(value));
    else localStorage.removeItem(KEY);
  } catch {
    // Storage refused (private mode, quota): the question is a convenience, Done still works.
  }
}

/**
 * "Did you send the email to X?": remembered when Compose opens Gmail or Outlook, asked when Today is
 * shown again (the popup reopened, or its window back in front). Answering either way forgets it.
 */
export function useComposeReturn(now: () => number): {
  pending: PendingCompose | undefined;
  composed: (value: Omit<PendingCompose, 'at'>) => void;
  forget: () => void;
} {
  const [pending, setPending] = useState<PendingCompose | undefined>(() => read(now()));
  // Shown again without reopening (a popped-out window, the dashboard): read what another view noted.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') setPending(read(now()));
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [now]);
  const composed = useCallback(
    (value: Omit<PendingCompose, 'at'>) => {
      // Asked on return, not while the user is still on their way to the compose window.
      write({ ...value, at: now() });
    },
    [now],
  );
  const forget = useCallback(() => {
    write(undefined);
    setPending(undefined);
  }, []);
  return { pending, composed, forget };
}
