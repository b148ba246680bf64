import { useEffect, type ReactNode } from 'react';
import type { CaptureState } from '@/lib/capture';
import { EXCLUSION_TEXT } from '@/lib/mail';
import { DRAFTS_SHOWN_MARK, markOnce } from '@/lib/perf';
import { SOURCE_LABELS, type Lead } from '@/lib/model';
import { Button } from '../button';
import { EmptyState } from '../empty-state';
import { DraftReview } from './draft-review';

function Waiting({ text }: { text: string }) {
  return (
    <p role="status" aria-live="polite" className="flex items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
      <span aria-hidden="true" className="size-3 animate-spin rounded-full border-2 border-slate-300 border-t-indigo-600" />
      {text}
    </p>
  );
}

/** Authors the page credits by name only: shown, with their author page, never offered as prospects. */
function Bylines({ bylines }: { bylines: NonNullable<CaptureState['bylines']> }) {
  return (
    <section aria-labelledby="bylines-heading" className="text-xs text-slate-600 dark:text-slate-400">
      <h3 id="bylines-heading" className="font-medium">
        Also on this page
      </h3>
      <ul className="mt-1 flex flex-col gap-0.5">
        {bylines.map(({ name, url }) => (
          <li key={name}>
            {url ? (
              <a href={url} target="_blank" rel="noreferrer noopener" className="text-indigo-700 underline dark:text-indigo-300">
                {name}
              </a>
            ) : (
              name
            )}{' '}
            (author, not offered as a lead)
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What the page beside the panel describes, ready to review and save; or why there is nothing. */
export function CaptureSection({
  state,
  onReload,
  onOpenLead,
  renderForLead,
}: {
  state: CaptureState;
  onReload: () => void;
  onOpenLead: (id: string) => void;
  renderForLead?: (lead: Lead) => ReactNode;
}) {
  const shown = state.status === 'ready' && state.drafts.length > 0;
  useEffect(() => markOnce(DRAFTS_SHOWN_MARK, shown), [shown]);

  const source = state.drafts[0]?.source;
  // A post or a list of people (replies, reactions, followers): every person shown, the author first.
  const people = state.drafts.some((draft) => draft.engagement);
  return (
    <section aria-labelledby="capture-heading" className="flex flex-col gap-3">
      <div className="flex items-center gap-2">
        <h2 id="capture-heading" className="text-xs font-medium uppercase tracking-wide text-slate-500">
          {state.origin === 'menu'
            ? 'From what you right-clicked'
            : people && source
              ? `People on this page · ${SOURCE_LABELS[source]}`
              : source
                ? `On this page · ${SOURCE_LABELS[source]}`
                : 'On this page'}
        </h2>
        <Button variant="ghost" className="ml-auto !px-2 !py-0.5 text-xs" onClick={onReload}>
          Read page again
        </Button>
      </div>
      {state.notice ? (
        <p role="alert" className="text-sm text-amber-800 dark:text-amber-300">
          {state.notice}
        </p>
      ) : null}
      {state.status === 'finding-tab' || state.status === 'reading' ? <Waiting text="Reading the page…" /> : null}
      {state.status === 'waiting' ? <Waiting text={state.message ?? 'Waiting for the page…'} /> : null}
      {state.status === 'no-access' || state.status === 'no-tab' ? (
        <p role="status" className="rounded-md bg-slate-100 p-3 text-sm dark:bg-slate-900">
          {state.message}
        </p>
      ) : null}
      {state.status === 'error' ? (
        <p role="alert" className="rounded-md bg-rose-50 p-3 text-sm text-rose-800 dark:bg-rose-950/40 dark:text-rose-200">
          {state.message}
        </p>
      ) : null}
      {state.status === 'ready' && !state.drafts.length ? (
        <EmptyState title="Nobody to capture on this page">
          Open a LinkedIn profile, a Sales Navigator lead or search, a LinkedIn company page, a conversation in Gmail or Outlook, or a
          company’s team page. On any page you can also select a name and email address, right-click and choose “Save to Leadline”.
        </EmptyState>
      ) : null}
      {shown ? <DraftReview key={state.generation} drafts={state.drafts} onOpenLead={onOpenLead} renderForLead={renderForLead} /> : null}
      {state.status === 'ready' && state.bylines?.length ? <Bylines bylines={state.bylines} /> : null}
      {state.status === 'ready' && state.excluded?.length ? (
        <details className="text-xs text-slate-600 dark:text-slate-400">
          <summary>
            {state.excluded.length} {state.excluded.length === 1 ? 'person' : 'people'} on this page not offered
          </summary>
          <ul className="mt-1 flex flex-col gap-0.5">
            {state.excluded.map(({ email, reason }) => (
              <li key={email}>
                <span className="break-all">{email}</span> {EXCLUSION_TEXT[reason]}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
