import { getDb } from '@/lib/db';
import { answerLearnedOwner } from '@/lib/mail';
import { Button } from './button';
import { useAction } from './hooks/use-action';

/**
 * Names each address Leadline learned as yours from a mailbox's account area, until the user keeps
 * it or undoes it ("Not mine": removed from your addresses and never learned again).
 */
export function LearnedOwnerNotice({ learned }: { learned: readonly string[] }) {
  const { run, error } = useAction(async (email: string, how: 'keep' | 'undo') => answerLearnedOwner(await getDb(), email, how));
  if (!learned.length) return null;
  const answer = (email: string, how: 'keep' | 'undo') => void run(email, how);
  return (
    <div
      role="status"
      aria-label="Addresses learned as yours"
      className="flex flex-col gap-2 rounded-md bg-sky-50 p-3 text-sm text-sky-900 dark:bg-sky-950/40 dark:text-sky-100"
    >
      {learned.map((email) => (
        <p key={email} className="flex flex-wrap items-center gap-2">
          <span>
            Learned <strong>{email}</strong> as your address from the mailbox’s account area: it is never offered as a prospect.
          </span>
          <Button onClick={() => answer(email, 'keep')}>Keep</Button>
          <Button onClick={() => answer(email, 'undo')} aria-label={`${email} is not mine: undo`}>
            Not mine (undo)
          </Button>
        </p>
      ))}
      {error ? (
        <p role="alert" className="text-rose-700 dark:text-rose-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}
