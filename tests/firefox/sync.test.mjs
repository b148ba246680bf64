// Team sync in Firefox: a profile connects to a CouchDB-protocol server (pouchdb-server on
// 127.0.0.1), a lead typed here goes up, and a lead already on the server comes down.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { byLabel, byRole, click, eventually, expectText, fill, section, test, withFirefox } from './harness.mjs';

const ADMIN = 'Basic ' + Buffer.from('admin:admin-pass-3').toString('base64');

function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/** pouchdb-server in memory with an admin, the member `dana` and her team database (CORS off, as CouchDB ships). */
async function startServer() {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'leadline-ff-couch-'));
  const bin = resolve('node_modules/pouchdb-server/bin/pouchdb-server');
  const child = spawn(
    process.execPath,
    [bin, '--in-memory', '--port', String(port), '--host', '127.0.0.1', '-n', '-c', join(dir, 'config.json')],
    {
      cwd: dir,
      stdio: 'ignore',
    },
  );
  const url = `http://127.0.0.1:${port}`;
  let auth = false;
  const admin = async (path, method = 'GET', body) => {
    const response = await fetch(`${url}/${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: ADMIN } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  await eventually(async () => {
    if (!(await fetch(`${url}/`)).ok) throw new Error('pouchdb-server not up');
  }, 30_000);
  await admin('_config/admins/admin', 'PUT', 'admin-pass-3');
  auth = true;
  await admin('_config/httpd/enable_cors', 'PUT', 'false');
  await admin('_users/org.couchdb.user:dana', 'PUT', { name: 'dana', password: 'dana-pass', roles: [], type: 'user' });
  await admin('acme-leads', 'PUT');
  await admin('acme-leads/_security', 'PUT', { members: { names: ['dana'], roles: [] }, admins: { names: [], roles: [] } });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill();
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  return { url, admin, stop };
}

test('team sync: Firefox connects, sends a typed lead and receives one from the server', async () => {
  const server = await startServer();
  try {
    const now = Date.now();
    // A teammate's lead, already on the server.
    await server.admin('acme-leads/_bulk_docs', 'POST', {
      docs: [{ _id: 'leads:lead-ff-from-team', id: 'lead-ff-from-team', fullName: 'Wenonah Strickland', createdAt: now, updatedAt: now }],
    });
    await withFirefox(
      async (ff) => {
        const page = await ff.open('dashboard.html#/leads/new');
        const leadForm = await byRole(page, 'form', 'New lead');
        await fill(leadForm, 'Name', 'Casimir Oyelaran');
        await fill(leadForm, 'Emails', 'casimir@tallowmere.example');
        await click(leadForm, 'button', 'Save lead');
        await byRole(page, 'heading', 'Casimir Oyelaran');

        await ff.navigate(page, 'dashboard.html#/settings');
        const team = await section(page, 'Team');
        const form = await byRole(team, 'form', 'Team server');
        await fill(form, 'Server address', server.url);
        await fill(form, 'Database', 'acme-leads');
        await fill(form, 'User name', 'dana');
        // A password field has no textbox role: found by its label.
        const password = await byLabel(form, 'Password');
        await password.type('dana-pass');
        await fill(form, 'Your name for the team', 'Dana (marketing)');
        await click(form, 'button', 'Connect');
        // The section is drawn anew once connected: read from the page.
        await expectText(page, 'Connected as Dana (marketing) (dana) to acme-leads', 15_000);
        // `browser` is the extension API inside the page.
        // eslint-disable-next-line no-undef
        const granted = await ff.inExtension((pattern) => browser.permissions.contains({ origins: [pattern] }), 'http://127.0.0.1/*');
        assert.equal(granted, true, 'the host permission for the team server');

        const group = await byRole(page, 'group', 'Team sync');
        await click(group, 'button', 'Sync now');
        await eventually(async () => {
          const status = await group.evaluate((element) => element.querySelector('[role="status"]')?.textContent);
          if (!/^Synced · just now$/.test(status ?? '')) throw new Error(`status: ${status}`);
        }, 20_000);

        // Up: the typed lead is on the server, by its own fields.
        const all = await server.admin('acme-leads/_all_docs?include_docs=true');
        const mine = all.body.rows.map((row) => row.doc).find((doc) => doc.fullName === 'Casimir Oyelaran');
        assert.ok(mine, 'the lead typed in Firefox is on the server');
        assert.deepEqual(mine.emails, ['casimir@tallowmere.example']);
        assert.equal(mine._id, `leads:${mine.id}`);

        // Down: the teammate's lead is in the dashboard's list.
        await ff.navigate(page, 'dashboard.html#/leads');
        await byRole(page, 'link', 'Wenonah Strickland', 15_000);
      },
      { reach: [server.url] },
    );
  } finally {
    await server.stop();
  }
});
