import { useState, type FormEvent, type InputHTMLAttributes } from 'react';
import { getDb, updateSettings } from '@/lib/db';
import { memberLabel, newId, STAGE_LABELS, STAGES, type AssignmentRule, type Member, type Settings, type Stage } from '@/lib/model';
import { serverOriginPattern, type TeamConfig, testConnection } from '@/lib/sync';
import { checkTeamForm, connectTeam, describeAssignmentRule, disconnectTeam, ownerLabel, type TeamFormField } from '@/lib/team';
import { Button } from '../button';
import { SelectField, TextField } from '../field';
import { useAction } from '../hooks/use-action';
import { useMembers, useSyncStatus, useTeamConfig } from '../hooks/use-team';
import { usePlatform } from '../platform';
import type { Notify } from '../view-context';
import { SyncStatusView } from './sync-status';

type Form = Record<TeamFormField, string>;

const EMPTY: Form = { serverUrl: '', database: '', username: '', password: '', displayName: '' };

/** The server form's fields, in order; the password's hint depends on whether one is stored. */
const TEAM_FIELDS: Array<{ field: TeamFormField; label: string } & InputHTMLAttributes<HTMLInputElement> & { hint?: string }> = [
  {
    field: 'serverUrl',
    label: 'Server address',
    placeholder: 'https://couch.example.com',
    hint: 'https:// (http:// only for 127.0.0.1 or localhost)',
    type: 'url',
    inputMode: 'url',
    autoComplete: 'url',
    maxLength: 500,
  },
  { field: 'database', label: 'Database', placeholder: 'acme-leads', maxLength: 238 },
  { field: 'username', label: 'User name', autoComplete: 'username', maxLength: 200 },
  { field: 'password', label: 'Password', type: 'password', autoComplete: 'current-password', maxLength: 1000 },
  {
    field: 'displayName',
    label: 'Your name for the team',
    placeholder: 'Dana (marketing)',
    hint: 'Shown on the leads you assign: “Assigned to you by Dana (marketing)”',
    maxLength: 100,
  },
];

function formOf(config: TeamConfig | null | undefined): Form {
  // The password is never shown back: an empty field keeps the stored one.
  return config
    ? { serverUrl: config.serverUrl, database: config.database, username: config.username, password: '', displayName: config.displayName }
    : EMPTY;
}

/**
 * Settings → Team: the CouchDB server this workspace replicates with (credentials stay in local
 * extension storage), Test connection, Disconnect, the members, and the assignment rules.
 */
export function TeamSettings({ settings, notify }: { settings: Settings; notify: Notify }) {
  const { config, reload } = useTeamConfig();
  if (config === undefined) return null;
  // Keyed by the stored config: connecting or disconnecting starts the form again from what is stored.
  return (
    <TeamForm
      key={config ? `${config.serverUrl}|${config.database}|${config.username}` : 'none'}
      config={config}
      reload={reload}
      settings={settings}
      notify={notify}
    />
  );
}

function TeamForm({
  config,
  reload,
  settings,
  notify,
}: {
  config: TeamConfig | null;
  reload: () => void;
  settings: Settings;
  notify: Notify;
}) {
  const { hosts } = usePlatform();
  const members = useMembers();
  const status = useSyncStatus();
  const [form, setForm] = useState<Form>(() => formOf(config));
  const [errors, setErrors] = useState<Partial<Form>>({});
  const [message, setMessage] = useState<string>();
  const [result, setResult] = useState<{ ok: boolean; text: string }>();

  const input = () => ({ ...form, password: form.password || config?.password || '', enabled: config?.enabled ?? true });
  const set = (field: TeamFormField) => (event: { target: { value: string } }) => setForm({ ...form, [field]: event.target.value });

  const connecting = useAction(
    async () => {
      // connectTeam asks for the permission before it awaits anything else: the prompt belongs to this click.
      const outcome = await connectTeam(getDb, input(), hosts.request);
      if (!outcome.ok) {
        setErrors(outcome.errors);
        setMessage(outcome.message ?? 'Check the fields marked below');
        return;
      }
      setErrors({});
      setMessage(undefined);
      notify({ text: `Connected as ${outcome.config.displayName || outcome.config.username} to ${outcome.config.database}` });
      reload();
    },
    { onError: setMessage },
  );
  const connect = (event: FormEvent) => {
    event.preventDefault();
    setResult(undefined);
    void connecting.run();
  };

  const testing = useAction(
    async (config: TeamConfig) => {
      if (!(await hosts.has([serverOriginPattern(config)]))) {
        setResult({
          ok: false,
          text: `Press Connect first: the browser then asks to let Leadline reach ${new URL(config.serverUrl).host}`,
        });
        return;
      }
      const outcome = await testConnection(config);
      setResult({ ok: outcome.ok, text: outcome.line });
    },
    { onError: setMessage },
  );
  const test = () => {
    setResult(undefined);
    const checked = checkTeamForm(input());
    if (!checked.ok) {
      setErrors(checked.errors);
      setMessage('Check the fields marked below');
      return;
    }
    setErrors({});
    setMessage(undefined);
    void testing.run(checked.config);
  };
  const busy = connecting.busy ? 'connect' : testing.busy ? 'test' : undefined;

  const disconnect = useAction(
    async () => {
      await disconnectTeam(getDb, config, hosts.release);
      notify({ text: 'Disconnected: the server and your password are forgotten. Your leads stay in this browser.' });
      reload();
    },
    { onError: (message) => notify({ text: `Could not disconnect: ${message}` }) },
  );

  return (
    <section aria-labelledby="team-heading" className="flex flex-col gap-4">
      <h2 id="team-heading" className="text-base font-semibold">
        Team
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Share leads, campaigns, sequences and templates with your team through a CouchDB server your team runs (Apache CouchDB 3, IBM
        Cloudant or any server speaking its replication protocol). Leadline keeps working offline and catches up when the server is
        reachable. Your user name and password stay in this browser: never in backups or exports.
      </p>
      {config ? (
        <div className="flex flex-col gap-2 rounded-md border border-slate-200 p-3 text-sm dark:border-slate-800">
          <p>
            Connected as <strong>{config.displayName || config.username}</strong> ({config.username}) to <strong>{config.database}</strong>{' '}
            on {new URL(config.serverUrl).host}.
          </p>
          {status && status.state !== 'off' ? <SyncStatusView status={status} /> : null}
        </div>
      ) : null}
      <form onSubmit={connect} noValidate aria-label="Team server" className="flex flex-col gap-3">
        {message ? (
          <p role="alert" className="text-sm text-rose-700 dark:text-rose-400">
            {message}
          </p>
        ) : null}
        <div className="grid gap-3 sm:grid-cols-2">
          {TEAM_FIELDS.map(({ field, ...props }) => (
            <TextField
              key={field}
              {...props}
              hint={field === 'password' ? (config ? 'Saved in this browser; leave empty to keep it' : undefined) : props.hint}
              value={form[field]}
              error={errors[field]}
              onChange={set(field)}
            />
          ))}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Button type="submit" variant="primary" disabled={busy !== undefined}>
            {busy === 'connect' ? 'Connecting…' : config ? 'Save and reconnect' : 'Connect'}
          </Button>
          <Button onClick={test} disabled={busy !== undefined}>
            {busy === 'test' ? 'Testing…' : 'Test connection'}
          </Button>
          {config ? (
            <Button variant="ghost" disabled={disconnect.busy} onClick={() => void disconnect.run()}>
              Disconnect
            </Button>
          ) : null}
        </div>
        <p
          role="status"
          data-testid="team-test-result"
          className={`text-sm ${result?.ok === false ? 'text-rose-700 dark:text-rose-400' : 'text-emerald-700 dark:text-emerald-400'}`}
        >
          {result?.text ?? ''}
        </p>
      </form>
      <MemberList members={members} />
      <AssignmentRules rules={settings.assignmentRules} members={members} notify={notify} />
    </section>
  );
}

function MemberList({ members }: { members: readonly Member[] }) {
  return (
    <div className="flex flex-col gap-1 text-sm">
      <h3 className="text-sm font-semibold">Members</h3>
      {members.length ? (
        <ul aria-label="Team members" className="flex flex-wrap gap-2">
          {members.map((member) => (
            <li key={member.username} className="rounded-full bg-slate-100 px-2.5 py-0.5 dark:bg-slate-800">
              {memberLabel(member)}
              {member.displayName ? <span className="text-slate-500"> · {member.username}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-500">Nobody yet: each person who connects to the team server appears here, ready to be given leads.</p>
      )}
    </div>
  );
}

/** "When a lead reaches <stage>, assign it to <member>": switch on/off, delete, add. */
function AssignmentRules({ rules, members, notify }: { rules: readonly AssignmentRule[]; members: readonly Member[]; notify: Notify }) {
  const [stage, setStage] = useState<Stage>('qualified');
  const [owner, setOwner] = useState('');
  const chosen = owner || members[0]?.username || '';
  const save = async (next: AssignmentRule[], text: string) => {
    await updateSettings(await getDb(), { assignmentRules: next });
    notify({ text });
  };
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    const rule: AssignmentRule = { id: newId(), stage, owner: chosen, enabled: true };
    void save([...rules, rule], `Rule added: ${describeAssignmentRule(rule, ownerLabel(members, chosen))}`);
  };
  return (
    <div className="flex flex-col gap-2">
      <h3 className="text-sm font-semibold">Assignment rules</h3>
      {rules.length ? (
        <ul aria-label="Assignment rules" className="flex flex-col gap-1 text-sm">
          {rules.map((rule) => {
            const words = describeAssignmentRule(rule, ownerLabel(members, rule.owner));
            return (
              <li key={rule.id} className="flex items-center gap-2 rounded-md border border-slate-200 px-2 py-1.5 dark:border-slate-800">
                <input
                  type="checkbox"
                  aria-label={`Rule on: ${words}`}
                  checked={rule.enabled}
                  onChange={(event) =>
                    void save(
                      rules.map((entry) => (entry.id === rule.id ? { ...entry, enabled: event.target.checked } : entry)),
                      event.target.checked ? 'Rule switched on' : 'Rule switched off',
                    )
                  }
                />
                <span className="flex-1">{words}</span>
                <Button
                  variant="ghost"
                  aria-label={`Delete rule: ${words}`}
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
            );
          })}
        </ul>
      ) : (
        <p className="text-sm text-slate-500">
          No rules yet. A rule hands a lead to a member when it reaches a stage, e.g. Qualified → your sales rep.
        </p>
      )}
      {members.length ? (
        <form
          onSubmit={add}
          aria-label="New assignment rule"
          className="flex flex-wrap items-end gap-3 rounded-md border border-dashed border-slate-300 p-3 dark:border-slate-700"
        >
          <SelectField
            label="When a lead reaches"
            options={STAGES.map((entry) => ({ value: entry, label: STAGE_LABELS[entry] }))}
            value={stage}
            onChange={(event) => setStage(event.target.value as Stage)}
          />
          <SelectField
            label="Assign it to"
            options={members.map((member) => ({ value: member.username, label: memberLabel(member) }))}
            value={chosen}
            onChange={(event) => setOwner(event.target.value)}
          />
          <Button type="submit">Add rule</Button>
        </form>
      ) : null}
    </div>
  );
}
