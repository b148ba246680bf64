import { useState, type FormEvent } from 'react';
import { memberLabel } from '@/lib/model';
import { type BulkAssignResult, ownerLabel } from '@/lib/team';
import { Button } from '../button';
import { SelectField } from '../field';
import { useAssignLeads } from '../hooks/use-lead-writes';
import { useActor, useMembers } from '../hooks/use-team';
import type { BulkActionProps } from './leads-bulk-actions';

const leadsWord = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'lead' : 'leads'}`;

function summary(result: BulkAssignResult, name: string): string {
  const parts = [name ? `Assigned ${leadsWord(result.changed)} to ${name}` : `Unassigned ${leadsWord(result.changed)}`];
  if (result.unchanged) parts.push(`${leadsWord(result.unchanged)} already ${name ? 'had that owner' : 'had none'}`);
  if (result.missing) parts.push(`${leadsWord(result.missing)} no longer exist`);
  return parts.join('; ');
}

/** Leads table → bulk "Assign to": gives the selected leads to one member (or to nobody). */
export function BulkAssignForm({ leadIds, notify, close }: BulkActionProps) {
  const members = useMembers();
  const { actor } = useActor();
  const [owner, setOwner] = useState<string>();
  const { run: assign, busy, error } = useAssignLeads();
  const chosen = owner ?? members[0]?.username ?? '';
  if (!members.length) {
    return (
      <div className="flex flex-col gap-3 text-sm">
        <p>
          There is nobody to assign to yet. Connect to your team’s server under Settings → Team: each person who connects becomes a member.
        </p>
        <div>
          <Button onClick={() => close()}>Close</Button>
        </div>
      </div>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await assign(leadIds, chosen || undefined, actor);
    if (!result) return;
    notify({ text: summary(result, ownerLabel(members, chosen)) });
    close({ clearSelection: true });
  };
  return (
    <form onSubmit={(event) => void submit(event)} className="flex flex-col gap-3">
      <SelectField
        label="Assign to"
        options={[
          ...members.map((member) => ({ value: member.username, label: memberLabel(member) })),
          { value: '', label: 'Nobody (unassign)' },
        ]}
        value={chosen}
        onChange={(event) => setOwner(event.target.value)}
      />
      {error ? (
        <p role="alert" className="text-sm text-rose-600">
          {error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? 'Assigning…' : `Assign ${leadsWord(leadIds.length)}`}
        </Button>
        <Button onClick={() => close()}>Cancel</Button>
      </div>
    </form>
  );
}
