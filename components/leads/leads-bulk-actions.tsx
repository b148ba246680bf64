import { useState, type FormEvent, type ReactNode } from 'react';
import type { BulkTagResult } from '@/lib/campaigns';
import { CHANNEL_LABELS, type Settings } from '@/lib/model';
import { Button } from '../button';
import { describeEnrollResult, EnrollPicker } from '../enroll/enroll-picker';
import { SelectField } from '../field';
import { useCampaigns } from '../hooks/use-campaigns';
import { useTagLeads, useUntagLeads } from '../hooks/use-lead-writes';
import { BulkAssignForm } from './bulk-assign';
import { ExportSelection } from '../import-export/export-selection';
import type { Notify } from '../view-context';

/** What a bulk action gets: the selected leads, and a way to close its dialog when done. */
export interface BulkActionProps {
  leadIds: readonly string[];
  settings: Settings;
  notify: Notify;
  /** Closes the dialog; pass `clearSelection: true` when the action is finished with these leads. */
  close: (options?: { clearSelection?: boolean }) => void;
}

/** One entry of the leads table's bulk actions: a button that opens a dialog titled `label`. */
export interface BulkAction {
  id: string;
  label: string;
  render: (props: BulkActionProps) => ReactNode;
}

/**
 * The bulk actions offered when leads are selected, in button order. A capability adds its own as a
 * component that takes lead ids.
 */
export const BULK_ACTIONS: readonly BulkAction[] = [
  { id: 'tag', label: 'Tag with campaign', render: (props) => <TagForm {...props} /> },
  { id: 'untag', label: 'Remove campaign', render: (props) => <UntagForm {...props} /> },
  { id: 'enroll', label: 'Enroll in sequence', render: (props) => <EnrollForm {...props} /> },
  { id: 'assign', label: 'Assign to', render: (props) => <BulkAssignForm {...props} /> },
  { id: 'export', label: 'Export selection', render: (props) => <ExportSelection leadIds={props.leadIds} notify={props.notify} /> },
];

function EnrollForm({ leadIds, notify, close }: BulkActionProps) {
  return (
    <EnrollPicker
      leadIds={leadIds}
      onEnrolled={(result, sequenceName) => {
        notify({ text: describeEnrollResult(result, sequenceName, leadIds.length === 1).text });
        if (result.enrolled.length) close({ clearSelection: true });
      }}
    />
  );
}

const leadsWord = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'lead' : 'leads'}`;

function summary(result: BulkTagResult, done: string, already: string): string {
  const parts = [`${done} ${leadsWord(result.changed)}`];
  if (result.unchanged) parts.push(`${leadsWord(result.unchanged)} ${already}`);
  if (result.missing) parts.push(`${leadsWord(result.missing)} no longer exist`);
  return parts.join('; ');
}

function useCampaignOptions(includeArchived: boolean) {
  const { campaigns } = useCampaigns();
  return campaigns
    .filter((campaign) => includeArchived || campaign.status !== 'archived')
    .map((campaign) => ({
      value: campaign.id,
      label: `${campaign.name} (${CHANNEL_LABELS[campaign.channel]}${campaign.status === 'active' ? '' : `, ${campaign.status}`})`,
    }));
}

function TagForm({ leadIds, notify, close }: BulkActionProps) {
  const options = useCampaignOptions(false);
  const [campaignId, setCampaignId] = useState('');
  const { run: tag, busy, error } = useTagLeads();
  const chosen = campaignId || options[0]?.value || '';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    const result = await tag(leadIds, chosen);
    if (!result) return;
    const name = options.find((option) => option.value === chosen)?.label ?? 'the campaign';
    notify({ text: `${summary(result, 'Tagged', 'already had it')} — ${name}` });
    close({ clearSelection: true });
  };
  if (!options.length) {
    return (
      <div className="flex flex-col gap-3 text-sm">
        <p>There is no campaign to tag with yet. Create one under Campaigns first.</p>
        <div>
          <Button onClick={() => close()}>Close</Button>
        </div>
      </div>
    );
  }
  return (
    <form onSubmit={(event) => void submit(event)} className="flex flex-col gap-3">
      <SelectField label="Campaign" options={options} value={chosen} onChange={(event) => setCampaignId(event.target.value)} />
      {error ? (
        <p role="alert" className="text-sm text-rose-600">
          {error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? `Tagging ${leadsWord(leadIds.length)}…` : `Tag ${leadsWord(leadIds.length)}`}
        </Button>
        <Button onClick={() => close()}>Cancel</Button>
      </div>
    </form>
  );
}

function UntagForm({ leadIds, notify, close }: BulkActionProps) {
  const options = useCampaignOptions(true);
  const [campaignId, setCampaignId] = useState('');
  const [clearAttribution, setClearAttribution] = useState(false);
  const { run: untag, busy, error } = useUntagLeads();
  const chosen = campaignId || options[0]?.value || '';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    const result = await untag(leadIds, chosen, clearAttribution);
    if (!result) return;
    notify({ text: summary(result, 'Removed the campaign from', 'did not have it') });
    close({ clearSelection: true });
  };
  return (
    <form onSubmit={(event) => void submit(event)} className="flex flex-col gap-3">
      <SelectField label="Campaign" options={options} value={chosen} onChange={(event) => setCampaignId(event.target.value)} />
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-1"
          checked={clearAttribution}
          onChange={(event) => setClearAttribution(event.target.checked)}
        />
        <span>
          Also remove it as first- and last-touch campaign
          <span className="block text-xs text-slate-500">
            Leave this off to keep the history of which campaign brought each lead in; turn it on when the tag was a mistake.
          </span>
        </span>
      </label>
      {error ? (
        <p role="alert" className="text-sm text-rose-600">
          {error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={busy || !chosen}>
          {busy ? 'Removing…' : `Remove from ${leadsWord(leadIds.length)}`}
        </Button>
        <Button onClick={() => close()}>Cancel</Button>
      </div>
    </form>
  );
}
