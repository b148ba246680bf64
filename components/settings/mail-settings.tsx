import { getDb, updateSettings } from '@/lib/db';
import type { Settings } from '@/lib/model';
import { useAction } from '../hooks/use-action';
import type { Notify } from '../view-context';

/**
 * Settings for Gmail and Outlook on the web: whether a logged email keeps a snippet of its text. Who is
 * never offered as a prospect (your addresses, the never-capture list) is set in Workspace above.
 */
export function MailSettings({ settings, notify }: { settings: Settings; notify: Notify }) {
  const toggle = useAction(
    async (on: boolean) => {
      await updateSettings(await getDb(), { keepEmailSnippets: on });
      notify({ text: on ? 'Logged emails will keep a snippet' : 'Logged emails keep no text of the message' });
    },
    { onError: (message) => notify({ text: `Not saved: ${message}` }) },
  );
  return (
    <section aria-labelledby="mail-settings-heading" className="flex flex-col gap-3">
      <h2 id="mail-settings-heading" className="text-base font-semibold">
        Gmail and Outlook
      </h2>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-1"
          checked={settings.keepEmailSnippets}
          disabled={toggle.busy}
          onChange={(event) => void toggle.run(event.target.checked)}
        />
        <span>
          Keep a snippet of each logged email
          <span className="block text-xs text-slate-500">
            Off: “Log this email” records the subject, date, direction and a link to the thread, not the message. On: also its first 300
            characters (never the quoted earlier messages).
          </span>
        </span>
      </label>
      <p className="text-xs text-slate-500">
        Your own addresses are learned from Gmail and Outlook when you open a conversation. They, people at your own company’s domain, and
        the never-capture list above are never offered as prospects.
      </p>
    </section>
  );
}
