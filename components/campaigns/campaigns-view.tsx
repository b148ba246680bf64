import { useCallback, useState } from 'react';
import {
  CAMPAIGN_FORM_LABELS,
  campaignFormFrom,
  changedCampaignFields,
  createCampaign,
  listCampaigns,
  parseCampaignForm,
  setCampaignStatus,
  taggedCounts,
  updateCampaign,
  type CampaignFields,
  type CampaignFormInput,
} from '@/lib/campaigns';
import { getDb, updateSettings } from '@/lib/db';
import { formatMoney } from '@/lib/format';
import { CHANNEL_LABELS, type Campaign } from '@/lib/model';
import { Button } from '../button';
import type { ViewContext } from '../view-context';
import { RecordList, type ListColumn } from '../record-list';
import { MissingRecord, RecordPage } from '../record-page';
import { useAction } from '../hooks/use-action';
import { useCampaigns } from '../hooks/use-campaigns';
import { navigate } from '../hooks/use-hash-route';
import { useLiveQuery } from '../hooks/use-live-query';
import { useFormSave, useStaleForm } from '../hooks/use-stale-form';
import { describeSave, StaleFormPrompt } from '../stale-form-dialog';
import { CampaignForm } from './campaign-form';
import { DeleteCampaignDialog } from './delete-campaign-dialog';
import { TaggingRules } from './tagging-rules';

const STATUS_BADGE: Record<Campaign['status'], string> = {
  active: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300',
  draft: 'bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-300',
  archived: 'bg-slate-100 text-slate-600 dark:bg-slate-800 dark:text-slate-400',
};

/** The Campaigns section: `#/campaigns`, `#/campaigns/new`, `#/campaigns/<id>`. */
export function CampaignsSection(context: ViewContext) {
  const [id] = context.params;
  if (id === 'new') return <CampaignEditor {...context} />;
  if (id) return <CampaignEditor key={id} id={id} {...context} />;
  return <CampaignsView {...context} />;
}

function CampaignEditor({ id, settings, notify }: ViewContext & { id?: string }) {
  const { campaigns, loading } = useCampaigns();
  const create = useAction(async (fields: CampaignFields) => {
    const saved = await createCampaign(await getDb(), fields, settings.currency);
    notify({ text: `Created “${saved.name}”` });
    navigate('campaigns');
  });
  const campaign = id ? campaigns.find((entry) => entry.id === id) : undefined;
  if (id && loading) return <p className="text-sm text-slate-500">Loading…</p>;
  if (id && !campaign) return <MissingRecord what="campaign" list="campaigns" />;
  return (
    <RecordPage
      list="campaigns"
      headingId="campaign-heading"
      title={campaign ? `Edit ${campaign.name}` : 'New campaign'}
      className="max-w-3xl"
      headingClassName="mb-4 mt-2 text-xl font-semibold"
    >
      {campaign ? (
        <CampaignEditForm campaign={campaign} currency={settings.currency} notify={notify} />
      ) : (
        <>
          <FormError error={create.error} />
          <CampaignForm
            currency={settings.currency}
            busy={create.busy}
            submitLabel="Create campaign"
            onCancel={() => navigate('campaigns')}
            onSubmit={(fields) => void create.run(fields)}
          />
        </>
      )}
    </RecordPage>
  );
}

/** The failure of the editor's last save, above the form. */
function FormError({ error }: { error: string | undefined }) {
  return error ? (
    <p role="alert" className="mb-3 text-sm text-rose-600">
      {error}
    </p>
  ) : null;
}

/**
 * Edits a stored campaign: saves only the fields changed in the form; when the campaign changed
 * since the form opened (another tab), the user chooses what to keep.
 */
function CampaignEditForm({ campaign, currency, notify }: { campaign: Campaign; currency: string; notify: ViewContext['notify'] }) {
  const load = useCallback(async () => {
    const stored = (await listCampaigns(await getDb())).find((entry) => entry.id === campaign.id);
    return stored ? { values: campaignFormFrom(stored), version: stored.updatedAt } : undefined;
  }, [campaign.id]);
  const write = useCallback(
    async (values: CampaignFormInput, fields: (keyof CampaignFormInput)[], version: unknown) => {
      const parsed = parseCampaignForm(values);
      if (!parsed.ok) throw new Error(Object.values(parsed.errors).join('; '));
      const saved = await updateCampaign(
        await getDb(),
        campaign.id,
        changedCampaignFields(parsed.fields, fields),
        currency,
        Date.now(),
        version as number,
      );
      return saved.updatedAt;
    },
    [campaign.id, currency],
  );
  const form = useStaleForm<CampaignFormInput>({
    initial: { values: campaignFormFrom(campaign), version: campaign.updatedAt },
    load,
    write,
  });
  const save = useFormSave<CampaignFormInput>((outcome) => {
    if (outcome.kind === 'saved') {
      notify({ text: `${describeSave(outcome, CAMPAIGN_FORM_LABELS, `Saved “${campaign.name}”`)}` });
      navigate('campaigns');
    } else if (outcome.kind === 'unchanged') navigate('campaigns');
  });
  const run = save.run;
  return (
    <>
      <FormError error={save.error} />
      <CampaignForm
        key={form.generation}
        campaign={campaign}
        initial={form.baseline.values}
        currency={currency}
        submitLabel="Save changes"
        onCancel={() => navigate('campaigns')}
        onSubmit={(_fields, input) => run(() => form.submit(input))}
      />
      <StaleFormPrompt form={form} labels={CAMPAIGN_FORM_LABELS} run={run} />
    </>
  );
}

/** Every campaign with its leads, goal progress and cost; the active campaign; the tagging rules. */
function CampaignsView({ settings, notify }: ViewContext) {
  const { campaigns, loading, error } = useCampaigns();
  const counts = useLiveQuery(
    (db) =>
      taggedCounts(
        db,
        campaigns.map((campaign) => campaign.id),
      ),
    [campaigns],
    ['leads'],
  );
  const [deleting, setDeleting] = useState<Campaign>();
  const active = campaigns.find((campaign) => campaign.id === settings.activeCampaignId);

  const write = useAction(
    async (work: () => Promise<unknown>, message: string) => {
      await work();
      notify({ text: message });
    },
    { onError: (text) => notify({ text }) },
  );
  const run = (work: () => Promise<unknown>, message: string) => void write.run(work, message);

  if (error) return <p role="alert">Could not read campaigns: {error.message}</p>;
  if (loading && !campaigns.length) return <p className="text-sm text-slate-500">Loading campaigns…</p>;

  const columns: ListColumn<Campaign>[] = [
    {
      header: 'Channel',
      cell: (campaign) => (
        <>
          {CHANNEL_LABELS[campaign.channel]}
          {campaign.medium ? <span className="text-slate-500"> · {campaign.medium}</span> : null}
        </>
      ),
    },
    {
      header: 'Dates',
      muted: true,
      cell: (campaign) => (campaign.startDate || campaign.endDate ? `${campaign.startDate ?? '…'} – ${campaign.endDate ?? '…'}` : '—'),
    },
    {
      header: 'Cost',
      numeric: true,
      cell: (campaign) => (campaign.cost ? formatMoney(campaign.cost, campaign.currency ?? settings.currency) : '—'),
    },
    {
      header: 'Leads',
      numeric: true,
      cell: (campaign) => counts.data?.get(campaign.id)?.toLocaleString() ?? '…',
    },
    { header: 'Goal', cell: (campaign) => <GoalProgress campaign={campaign} leads={counts.data?.get(campaign.id)} /> },
    {
      header: 'Actions',
      hideHeader: true,
      cell: (campaign) => (
        <div className="flex justify-end gap-1">
          {campaign.status === 'draft' ? (
            <Button
              variant="ghost"
              onClick={() => run(async () => setCampaignStatus(await getDb(), campaign.id, 'active'), `Approved “${campaign.name}”`)}
            >
              Approve
            </Button>
          ) : null}
          {campaign.status !== 'archived' && campaign.id !== settings.activeCampaignId ? (
            <Button
              variant="ghost"
              onClick={() =>
                run(
                  async () => updateSettings(await getDb(), { activeCampaignId: campaign.id }),
                  `Captures are now tagged with “${campaign.name}”`,
                )
              }
            >
              Make active
            </Button>
          ) : null}
          {campaign.id === settings.activeCampaignId ? (
            <Button
              variant="ghost"
              onClick={() => run(async () => updateSettings(await getDb(), { activeCampaignId: undefined }), 'No active campaign')}
            >
              Stop tagging
            </Button>
          ) : null}
          <Button
            variant="ghost"
            onClick={() =>
              run(
                async () => setCampaignStatus(await getDb(), campaign.id, campaign.status === 'archived' ? 'active' : 'archived'),
                campaign.status === 'archived' ? `Restored “${campaign.name}”` : `Archived “${campaign.name}”`,
              )
            }
          >
            {campaign.status === 'archived' ? 'Restore' : 'Archive'}
          </Button>
          <Button variant="ghost" aria-label={`Delete ${campaign.name}`} onClick={() => setDeleting(campaign)}>
            Delete
          </Button>
        </div>
      ),
    },
  ];

  return (
    <RecordList
      list="campaigns"
      title="Campaigns"
      newLabel="New campaign"
      className="flex max-w-6xl flex-col gap-6"
      headerExtra={
        <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
          {active ? (
            <>
              Active campaign: <strong>{active.name}</strong> — every lead you capture is tagged with it.
            </>
          ) : (
            'No active campaign: captures are tagged only by links and rules.'
          )}
        </p>
      }
      rows={campaigns}
      name={(campaign) => campaign.name}
      badges={(campaign) => (
        <>
          <span className={`ml-1 rounded px-1.5 py-0.5 text-xs font-medium ${STATUS_BADGE[campaign.status]}`}>
            {campaign.status === 'draft' ? 'Draft: review' : campaign.status === 'active' ? 'Open' : 'Archived'}
          </span>
          {campaign.id === settings.activeCampaignId ? (
            <span className="ml-1 rounded bg-indigo-100 px-1.5 py-0.5 text-xs font-medium text-indigo-800 dark:bg-indigo-950 dark:text-indigo-300">
              Tagging captures
            </span>
          ) : null}
        </>
      )}
      columns={columns}
      empty={{
        title: 'No campaigns yet',
        createLabel: 'Create a campaign',
        text: 'A campaign is where leads come from: a LinkedIn push, a webinar, a trade show. Create one, make it active from the popup, and every lead you capture is tagged with it, so the reports can follow it through to revenue.',
      }}
    >
      <TaggingRules rules={settings.taggingRules} campaigns={campaigns} notify={notify} />

      {deleting ? (
        <DeleteCampaignDialog
          campaign={deleting}
          campaigns={campaigns}
          onClose={() => setDeleting(undefined)}
          onDone={(message) => {
            setDeleting(undefined);
            notify({ text: message });
          }}
        />
      ) : null}
    </RecordList>
  );
}

/** How far a campaign is towards its goal in leads, or a dash without a goal. */
function GoalProgress({ campaign, leads }: { campaign: Campaign; leads: number | undefined }) {
  if (!campaign.goalLeads) return <>—</>;
  const progress = leads !== undefined ? Math.min(1, leads / campaign.goalLeads) : undefined;
  return (
    <span className="flex items-center gap-2">
      <meter min={0} max={1} value={progress ?? 0} aria-label={`${campaign.name}: goal progress`} className="h-2 w-20" />
      <span className="text-xs tabular-nums text-slate-600 dark:text-slate-400">
        {leads ?? '…'} / {campaign.goalLeads}
      </span>
    </span>
  );
}
