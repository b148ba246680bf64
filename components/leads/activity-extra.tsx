import { mailProviderOf } from '@/lib/mail';
import { isWebUrl, type Activity } from '@/lib/model';

/**
 * What a timeline entry shows under its summary: for a logged email, a link back to the thread (only
 * to Gmail or Outlook on the web) and the snippet when one was kept. Text only.
 */
export function ActivityExtra({ activity }: { activity: Activity }) {
  if (activity.type !== 'email-logged') return null;
  const { threadUrl, snippet, source } = activity.details;
  const link = typeof threadUrl === 'string' && isWebUrl(threadUrl) && mailProviderOf(threadUrl) ? threadUrl : undefined;
  return (
    <>
      {typeof snippet === 'string' && snippet ? (
        <p className="whitespace-pre-wrap break-words text-xs text-slate-600 dark:text-slate-400">“{snippet}”</p>
      ) : null}
      {link ? (
        <a
          className="text-xs text-indigo-600 underline-offset-2 hover:underline dark:text-indigo-400"
          href={link}
          target="_blank"
          rel="noreferrer noopener"
        >
          Open the email in {source === 'outlook' ? 'Outlook' : 'Gmail'}
        </a>
      ) : null}
    </>
  );
}
