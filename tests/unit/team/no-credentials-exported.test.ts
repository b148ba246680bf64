import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveLead } from '@/lib/leads';
import { createBackup } from '@/lib/io/backup';
import { loadTeamConfig } from '@/lib/sync/config';
import { connectTeam } from '@/lib/team/connect';
import { assignLeads } from '@/lib/team/assign';
import { exportText, freshDb } from '../db-helpers';

const PASSWORD = 'pw-Kestrel-7731-never-export';

afterEach(() => fakeBrowser.reset());

describe('team credentials stay in local extension storage', () => {
  it('never appear in a backup or a CSV export, though the member and the owner do', async () => {
    const db = await freshDb();
    const result = await connectTeam(
      () => Promise.resolve(db),
      {
        serverUrl: 'https://couch.fernhollow.example',
        database: 'fernhollow',
        username: 'dana',
        password: PASSWORD,
        displayName: 'Dana (marketing)',
      },
      () => Promise.resolve(true),
      5,
    );
    expect(result.ok).toBe(true);
    expect((await loadTeamConfig())?.password).toBe(PASSWORD);
    const { lead } = await saveLead(
      db,
      { patch: { fullName: 'Wren Calloway', emails: ['wren@fernhollow.example'] }, origin: { kind: 'manual' } },
      10,
    );
    await assignLeads(db, [lead.id], 'dana', { username: 'dana', displayName: 'Dana (marketing)' }, 20);

    const backup = await createBackup(db, 30);
    expect(backup).toContain('Dana (marketing)');
    expect(backup).not.toContain(PASSWORD);
    expect(backup).not.toContain('couch.fernhollow.example');
    const { csv } = await exportText(db);
    expect(csv).toContain('Wren Calloway');
    expect(csv).not.toContain(PASSWORD);
  });
});

describe('Connect', () => {
  it('asks for the host permission of that one server only once the form is valid, and saves nothing when refused', async () => {
    const db = await freshDb();
    const asked: string[][] = [];
    const ask = (granted: boolean) => (origins: readonly string[]) => {
      asked.push([...origins]);
      return Promise.resolve(granted);
    };
    const bad = await connectTeam(
      () => Promise.resolve(db),
      { serverUrl: 'http://couch.fernhollow.example', database: 'Fernhollow Leads', username: ' ', password: 'x' },
      ask(true),
    );
    expect(bad).toEqual({
      ok: false,
      errors: {
        serverUrl: 'Use an https:// address (http:// only for 127.0.0.1 or localhost)',
        database: 'Use lower-case letters, digits and _$()+-/, starting with a letter',
        username: 'Enter your user name',
      },
    });
    expect(asked).toEqual([]);

    const refused = await connectTeam(
      () => Promise.resolve(db),
      { serverUrl: 'https://couch.fernhollow.example:6984/team/', database: 'fernhollow', username: 'sam', password: 'x' },
      ask(false),
    );
    expect(refused).toMatchObject({
      ok: false,
      message: 'Leadline needs your permission to reach couch.fernhollow.example:6984; nothing was saved',
    });
    // A match pattern names no port: Firefox refuses one.
    expect(asked).toEqual([['https://couch.fernhollow.example/*']]);
    expect(await loadTeamConfig()).toBeNull();
    expect(await db.count('members')).toBe(0);

    const local = await connectTeam(
      () => Promise.resolve(db),
      { serverUrl: 'http://127.0.0.1:5984', database: 'fernhollow', username: 'sam', password: 'x', displayName: 'Sam (sales)' },
      ask(true),
    );
    expect(local.ok).toBe(true);
    expect(asked[1]).toEqual(['http://127.0.0.1/*']);
    expect((await db.get('members', 'sam'))?.displayName).toBe('Sam (sales)');
  });
});
