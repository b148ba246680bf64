import { useState, type FormEvent } from 'react';
import { describeRule } from '@/lib/campaigns';
import { getDb, updateSettings } from '@/lib/db';
import {
  CAPTURE_SOURCES,
  describeZodError,
  newId,
  SOURCE_LABELS,
  TaggingRuleSchema,
  type Campaign,
  type CaptureSource,
  type TaggingRule,
} from '@/lib/model';
import { Button } from '../button';
import { TextField } from '../field';
import { useAction } from '../hooks/use-action';
import type { Notify } from '../view-context';

/** The auto-tagging rules: a list to switch on/off or delete, and a form to add one. */
export function TaggingRules({
  rules,
  campaigns,
  notify,
}: {
  rules: readonly TaggingRule[];
  campaigns: readonly Campaign[];
  notify: Notify;
}) {
  const names = new Map(campaigns.map((campaign) => [campaign.id, campaign.name]));
  const live = campaigns.filter((campaign) => campaign.status !== 'archived');
  const [campaignId, setCampaignId] = useState('');
  const [sources, setSources] = useState<CaptureSource[]>([]);
  const [urlContains, setUrlContains] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  // Rule changes and the new rule's check share one alert.
  const saving = useAction(async (next: TaggingRule[], message: string) => {
    await updateSettings(await getDb(), { taggingRules: next });
    notify({ text: message });
    return true;
  });
  const { error, setError } = saving;
  const save = saving.run;

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = TaggingRuleSchema.safeParse({
      id: newId(),
      campaignId: campaignId || live[0]?.id,
      sources,
      urlContains: urlContains.trim() || undefined,
      from: from || undefined,
      to: to || undefined,
      enabled: true,
    });
    if (!parsed.success) {
      setError(describeZodError(parsed.error).replace(/^campaignId: .*/, 'Pick a campaign'));
      return;
    }
    if (!(await save([...rules, parsed.data], `Rule added: ${describeRule(parsed.data)} → ${names.get(parsed.data.campaignId) ?? ''}`)))
      return;
    setSources([]);
    setUrlContains('');
    setFrom('');
    setTo('');
  };

  return (
    <section aria-labelledby="rules-heading" className="flex flex-col gap-3">
      <h2 id="rules-heading" className="text-base font-semibold">
        Auto-tagging rules
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        A captured page whose address carries <code>utm_campaign</code> is tagged with the campaign of that UTM name (a draft campaign is
        created for a name no campaign claims). Rules below add tags by site, page address and dates.
      </p>
      {rules.length ? (
        <ul aria-label="Tagging rules" className="flex flex-col gap-1 text-sm">
          {rules.map((rule) => (
            <li key={rule.id} className="flex items-center gap-2 rounded-md border border-slate-200 px-2 py-1.5 dark:border-slate-800">
              <input
                type="checkbox"
                aria-label={`Rule on: ${describeRule(rule)}`}
                checked={rule.enabled}
                onChange={(event) =>
                  void save(
                    rules.map((entry) => (entry.id === rule.id ? { ...entry, enabled: event.target.checked } : entry)),
                    event.target.checked ? 'Rule switched on' : 'Rule switched off',
                  )
                }
              />
              <span className="flex-1">
                {describeRule(rule)} → <strong>{names.get(rule.campaignId) ?? 'a deleted campaign'}</strong>
              </span>
              <Button
                variant="ghost"
                onClick={() =>
                  void save(
                    rules.filter((entry) => entry.id !== rule.id),
                    'Rule deleted',
                  )
                }
              >
                Delete
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-500">No rules yet.</p>
      )}
      {error ? (
        <p role="alert" className="text-sm text-rose-600">
          {error}
        </p>
      ) : null}
      {live.length ? (
        <form
          onSubmit={(event) => void add(event)}
          aria-label="New tagging rule"
          className="flex flex-col gap-3 rounded-md border border-dashed border-slate-300 p-3 dark:border-slate-700"
        >
          <div className="grid gap-3 sm:grid-cols-2">
            <label className="flex flex-col gap-1 text-xs font-medium text-slate-600 dark:text-slate-400">
              Tag with campaign
              <select
                className="rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm font-normal text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
                value={campaignId || live[0]?.id}
                onChange={(event) => setCampaignId(event.target.value)}
              >
                {live.map((campaign) => (
                  <option key={campaign.id} value={campaign.id}>
                    {campaign.name}
                  </option>
                ))}
              </select>
            </label>
            <TextField
              label="Page address contains (optional)"
              placeholder="saastock.example"
              value={urlContains}
              onChange={(event) => setUrlContains(event.target.value)}
            />
            <TextField label="From (optional)" type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
            <TextField label="Until (optional)" type="date" value={to} onChange={(event) => setTo(event.target.value)} />
          </div>
          <fieldset className="flex flex-wrap gap-3 text-sm">
            <legend className="mb-1 text-xs font-medium text-slate-600 dark:text-slate-400">Captured from (none ticked: any site)</legend>
            {CAPTURE_SOURCES.map((source) => (
              <label key={source} className="flex items-center gap-1.5">
                <input
                  type="checkbox"
                  checked={sources.includes(source)}
                  onChange={(event) =>
                    setSources(event.target.checked ? [...sources, source] : sources.filter((entry) => entry !== source))
                  }
                />
                {SOURCE_LABELS[source]}
              </label>
            ))}
          </fieldset>
          <div>
            <Button type="submit">Add rule</Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
