import { useId } from 'react';
import { likelyEmailFor, type LikelyEmailView, type PersonForGuess } from '@/lib/leads';
import type { EmailGuess } from '@/lib/model';
import { Button } from '../button';
import { useLiveQuery } from '../hooks/use-live-query';

const CONFIDENCE_TEXT = { high: 'High confidence', medium: 'Medium confidence', low: 'Low confidence' } as const;

/** The likely email of a person (see lib/leads/likely-email.ts), read live from the domain's known addresses. */
export function useLikelyEmail(person: PersonForGuess | undefined) {
  return useLiveQuery(
    (db) => (person ? likelyEmailFor(db, person) : Promise.resolve(undefined)),
    [JSON.stringify(person ?? null)],
    ['leads', 'emailEvidence', 'companies'],
  );
}

/**
 * "Likely email — maya.ortiz@fernhollow.example", its evidence and any conflicting evidence, and one
 * button that adds it marked guessed; or, when there is no honest guess, the reason.
 */
export function LikelyEmail({
  view,
  onAdd,
  busy = false,
  addLabel = 'Add as guessed',
}: {
  view: LikelyEmailView | undefined;
  onAdd: (guess: EmailGuess) => void;
  busy?: boolean;
  addLabel?: string;
}) {
  const headingId = useId();
  if (!view) return null;
  const { explanation, guess } = view;
  if (!explanation.ok || !guess) {
    // Without a domain there is nothing to say beyond the absent email itself.
    if (!explanation.ok && explanation.reason === 'no-domain') return null;
    return (
      <section
        aria-labelledby={headingId}
        className="rounded-md border border-dashed border-slate-300 p-2 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-400"
      >
        <h3 id={headingId} className="font-medium text-slate-700 dark:text-slate-300">
          Likely email: no guess
        </h3>
        <p role="note">{explanation.ok ? '' : explanation.message}</p>
      </section>
    );
  }
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-1 rounded-md border border-indigo-200 bg-indigo-50 p-2 text-sm dark:border-indigo-900 dark:bg-indigo-950/40"
    >
      <h3 id={headingId} className="text-xs font-medium uppercase tracking-wide text-indigo-800 dark:text-indigo-300">
        Likely email
      </h3>
      <p className="break-all font-medium" data-testid="likely-email-address">
        {guess.email}
      </p>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {CONFIDENCE_TEXT[explanation.guess.confidence]} · pattern {guess.pattern} · {guess.support} of {guess.total} addresses at{' '}
        {explanation.domain}
        {view.found && view.found.from !== 'company domain' ? ` (domain from ${view.found.from})` : ''}
      </p>
      <ul aria-label="Evidence" className="list-disc pl-4 text-xs text-slate-700 dark:text-slate-300">
        {view.evidence.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {view.conflicts.length ? (
        <ul aria-label="Conflicting evidence" className="list-disc pl-4 text-xs text-amber-800 dark:text-amber-300">
          {view.conflicts.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      <p className="text-xs text-slate-500">
        Not verified: it is stored as guessed until a reply, a logged email, an import or a capture confirms it.
      </p>
      <div>
        <Button className="!px-2 !py-1 text-xs" disabled={busy} onClick={() => onAdd(guess)}>
          {addLabel}
        </Button>
      </div>
    </section>
  );
}

/** A small "guessed" or "confirmed" tag beside an address. */
export function EmailStatusTag({ status }: { status: 'guessed' | 'confirmed' }) {
  return status === 'guessed' ? (
    <span className="ml-1 rounded bg-amber-100 px-1 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900/40 dark:text-amber-200">
      guessed
    </span>
  ) : (
    <span className="ml-1 rounded bg-emerald-100 px-1 py-0.5 text-xs font-medium text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-200">
      confirmed
    </span>
  );
}
