import { getDb } from '@/lib/db';
import { emailStatus, openGuess } from '@/lib/emails';
import { addGuessedEmail, confirmGuessedEmails } from '@/lib/leads';
import { SOURCE_LABELS, type Lead } from '@/lib/model';
import { Button } from '../button';
import { useAction } from '../hooks/use-action';
import { EmailStatusTag, LikelyEmail, useLikelyEmail } from './likely-email';

/**
 * A lead's addresses, each marked guessed or confirmed (a guess shows its pattern and evidence and can
 * be confirmed by hand); with no address, the likely email and one click to add it marked guessed.
 */
export function LeadEmails({ lead, notify }: { lead: Lead; notify: (message: { text: string }) => void }) {
  const { run, busy, error } = useAction(async (work: () => Promise<string>) => notify({ text: await work() }));
  const likely = useLikelyEmail(
    lead.emails.length
      ? undefined
      : {
          fullName: lead.fullName,
          firstName: lead.firstName,
          lastName: lead.lastName,
          companyDomain: lead.companyDomain,
          websiteUrl: lead.websiteUrl,
          company: lead.company,
          companyId: lead.companyId,
          leadId: lead.id,
        },
  );
  const act = (work: () => Promise<string>) => void run(work);
  const provenance = lead.provenance.emails;
  return (
    <>
      <dt className="text-slate-500">Emails</dt>
      <dd className="flex min-w-0 flex-col gap-1">
        {lead.emails.length === 0 ? <span>—</span> : null}
        {lead.emails.map((email) => {
          const guess = openGuess(lead, email);
          return (
            <div key={email} className="flex flex-col gap-0.5">
              <span>
                <a className="break-all text-indigo-600 underline-offset-2 hover:underline dark:text-indigo-400" href={`mailto:${email}`}>
                  {email}
                </a>
                <EmailStatusTag status={emailStatus(lead, email)} />
              </span>
              {guess ? (
                <span className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
                  <span>
                    Guessed from the pattern {guess.pattern || '(from an imported file)'}
                    {guess.total ? ` (${guess.support} of ${guess.total})` : ''}
                    {guess.evidence ? `: ${guess.evidence}` : ''}
                  </span>
                  <Button
                    variant="ghost"
                    className="!px-2 !py-0.5 text-xs"
                    disabled={busy}
                    onClick={() =>
                      act(async () => {
                        await confirmGuessedEmails(await getDb(), lead.id, [email], 'user');
                        return `${email} marked confirmed`;
                      })
                    }
                  >
                    Mark confirmed
                  </Button>
                </span>
              ) : null}
            </div>
          );
        })}
        {provenance && lead.emails.length ? (
          <span className="text-xs text-slate-400" title={provenance.url ?? undefined}>
            {SOURCE_LABELS[provenance.source]}
            {provenance.strategy ? ` · ${provenance.strategy}` : ''}
          </span>
        ) : null}
        {!lead.emails.length ? (
          <LikelyEmail
            view={likely.data}
            busy={busy}
            onAdd={(guess) =>
              act(async () => {
                await addGuessedEmail(await getDb(), lead.id, guess);
                return `Added ${guess.email}, marked guessed`;
              })
            }
          />
        ) : null}
        {error ? (
          <p role="alert" className="text-xs text-rose-600">
            {error}
          </p>
        ) : null}
      </dd>
    </>
  );
}
