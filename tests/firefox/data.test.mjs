// Import and backup in Firefox: a CSV chosen through the file picker, imported and undone; a backup
// downloaded to disk and restored into another profile.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { byLabel, byRole, click, eventually, expectText, Firefox, test, withFirefox } from './harness.mjs';

const CSV = [
  'First Name,Last Name,Email,Phone Number,Job Title,Company Name,City',
  'Greta,Halvorsen,greta@bluefin-logistics.example,+47 22 00 00 00,Head of Sales,Bluefin Logistics,Oslo',
  'Mateus,Okonkwo-Lind,mateus@copperleaf.example,,Operations Lead,Copperleaf Foods,Porto',
  'Bad,Address,bad@,,CMO,Nowhere,',
].join('\r\n');

/** Writes `text` to a file of this name in a fresh directory, for the file picker. */
function tempFile(name, text) {
  const dir = mkdtempSync(join(tmpdir(), 'leadline-ff-file-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The lead names in the dashboard's leads table. */
const leadNames = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[role="grid"][aria-label="Leads"] [role="row"]')]
      .filter((row) => row.querySelector('[role="gridcell"]'))
      .map((row) => row.querySelector('a')?.textContent ?? '')
      .sort(),
  );

/** Imports the CSV through the dashboard and returns to the import page. */
async function importCsv(ff, page) {
  const file = tempFile('contacts.csv', CSV);
  try {
    await (await byLabel(page, 'Choose a CSV file')).uploadFile(file.path);
    const summary = await byRole(page, 'list', 'Import summary');
    await expectText(summary, '2 new');
    await expectText(summary, '1 line with errors');
    await expectText(
      await byRole(page, 'list', 'Errors (these lines are not imported)'),
      'Line 4 — Email: “bad@” is not a valid email address',
    );
    await click(page, 'button', 'Import: add 2 new');
    await expectText(page, 'Imported contacts.csv: 2 created, 0 updated, 0 unchanged, 1 skipped.');
  } finally {
    file.remove();
  }
}

test('a CSV is imported through the file picker, its leads are listed, and the import is undone', () =>
  withFirefox(async (ff) => {
    const page = await ff.open('dashboard.html#/import-export');
    await importCsv(ff, page);
    await click(page, 'button', 'See leads');
    await eventually(async () => assert.deepEqual(await leadNames(page), ['Greta Halvorsen', 'Mateus Okonkwo-Lind']));
    await click(page, 'link', 'Greta Halvorsen');
    await expectText(page, 'Head of Sales');
    await expectText(page, 'Imported (contacts.csv)');

    await ff.navigate(page, 'dashboard.html#/import-export');
    const history = await byRole(page, 'list', 'Recent imports');
    await click(history, 'button', 'Undo import');
    await expectText(await byRole(page, 'group', 'Confirm undo'), '2 leads it created will be deleted');
    await click(page, 'button', 'Yes, undo the import');
    await expectText(history, 'undone');
    await ff.navigate(page, 'dashboard.html#/leads');
    await byRole(page, 'heading', 'No leads yet');
  }));

test('a backup is downloaded to disk and restored into a fresh profile', async () => {
  let backup;
  await withFirefox(async (ff) => {
    const page = await ff.open('dashboard.html#/import-export');
    await importCsv(ff, page);
    await click(page, 'button', 'Download a backup');
    const { name, text, content: parsed } = await ff.download(/^leadline-backup-\d{4}-\d{2}-\d{2}\.json$/, JSON.parse);
    backup = text;
    assert.deepEqual(parsed.stores.leads.map((lead) => lead.fullName).sort(), ['Greta Halvorsen', 'Mateus Okonkwo-Lind'], name);
  });

  const fresh = await Firefox.launch();
  const file = tempFile('backup.json', backup);
  try {
    const page = await fresh.open('dashboard.html#/import-export');
    await (await byLabel(page, 'Choose a backup file')).uploadFile(file.path);
    await expectText(await byRole(page, 'group', 'Backup to restore'), '2 leads');
    await click(page, 'button', 'Restore');
    await expectText(page, 'Restored');
    await fresh.navigate(page, 'dashboard.html#/leads');
    await eventually(async () => assert.deepEqual(await leadNames(page), ['Greta Halvorsen', 'Mateus Okonkwo-Lind']));
  } finally {
    file.remove();
    await fresh.close();
  }
});
