import { memberLabel } from '@/lib/model';
import { SelectField, TextField } from '../field';
import { useMembers } from '../hooks/use-team';

/**
 * A lead's owner: with a team, one of its members (or nobody); an owner typed before the team existed
 * stays listed until changed. With no team, a name typed freely, as before.
 */
export function OwnerField({ value, onChange }: { value: string; onChange: (owner: string) => void }) {
  const members = useMembers();
  if (!members.length) return <TextField label="Owner" value={value} maxLength={100} onChange={(event) => onChange(event.target.value)} />;
  const options = [
    { value: '', label: 'Nobody' },
    ...members.map((member) => ({ value: member.username, label: memberLabel(member) })),
    ...(value && !members.some((member) => member.username === value) ? [{ value, label: value }] : []),
  ];
  return <SelectField label="Owner" options={options} value={value} onChange={(event) => onChange(event.target.value)} />;
}
