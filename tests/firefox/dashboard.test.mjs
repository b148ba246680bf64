// The dashboard and the popup in Firefox: add, edit and search leads; a follow-up done from Today.
import assert from 'node:assert/strict';
import {
  allByRole,
  byLabel,
  byRole,
  choose,
  click,
  eventually,
  expectText,
  fill,
  setValue,
  test,
  textOf,
  withFirefox,
} from './harness.mjs';

/** Adds a lead through the dashboard's form; `fields` maps field labels to what is typed. */
async function addLead(ff, page, fields) {
  await ff.navigate(page, 'dashboard.html#/leads/new');
  const form = await byRole(page, 'form', 'New lead');
  for (const [label, value] of Object.entries(fields)) await fill(form, label, value);
  await click(form, 'button', 'Save lead');
  await byRole(page, 'heading', fields.Name);
}

/** The names in the leads table's rows, in order. */
const rowNames = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[role="grid"][aria-label="Leads"] [role="row"]')]
      .filter((row) => row.querySelector('[role="gridcell"]'))
      .map((row) => row.querySelector('a')?.textContent ?? ''),
  );

test('the dashboard adds, edits and finds leads, and the popup finds them too', () =>
  withFirefox(async (ff) => {
    const dashboard = await ff.open('dashboard.html#/leads');
    await byRole(dashboard, 'heading', 'No leads yet');
    await addLead(ff, dashboard, {
      Name: 'Odile Valcourt',
      Emails: 'Odile.Valcourt@Harborlight.example',
      Title: 'VP Marketing',
      Company: 'Harborlight Media',
    });
    // The address is stored in lower case and offered as a mailto: link.
    const mail = await byRole(dashboard, 'link', 'odile.valcourt@harborlight.example');
    assert.equal(await mail.evaluate((a) => a.getAttribute('href')), 'mailto:odile.valcourt@harborlight.example');
    await addLead(ff, dashboard, {
      Name: 'Tomasz Wierzbicki',
      Emails: 'tomasz@northwind-analytics.example',
      Company: 'Northwind Analytics',
    });

    // Edit: the title changes, the rest stays.
    await ff.navigate(dashboard, 'dashboard.html#/leads');
    await click(dashboard, 'link', 'Odile Valcourt');
    await click(dashboard, 'button', 'Edit');
    const form = await byRole(dashboard, 'form', 'Edit Odile Valcourt');
    await fill(form, 'Title', 'Chief Marketing Officer');
    await click(form, 'button', 'Save changes');
    await byRole(dashboard, 'heading', 'Odile Valcourt');
    await expectText(dashboard, 'Chief Marketing Officer');
    assert.doesNotMatch(await dashboard.evaluate(() => document.body.innerText), /VP Marketing/);
    await expectText(dashboard, 'Harborlight Media');

    // Search as you type in the leads table.
    await ff.navigate(dashboard, 'dashboard.html#/leads');
    await eventually(async () => assert.deepEqual((await rowNames(dashboard)).sort(), ['Odile Valcourt', 'Tomasz Wierzbicki']));
    await fill(dashboard, 'Search leads', 'northwind', 'searchbox');
    await eventually(async () => assert.deepEqual(await rowNames(dashboard), ['Tomasz Wierzbicki']));
    await fill(dashboard, 'Search leads', 'harborlight', 'searchbox');
    await eventually(async () => assert.deepEqual(await rowNames(dashboard), ['Odile Valcourt']));

    // And in the popup.
    const popup = await ff.open('popup.html');
    await fill(popup, 'Search leads', 'harbor', 'searchbox');
    const results = await byRole(popup, 'list', 'Search results');
    await eventually(async () => {
      const text = await textOf(results);
      assert.match(text, /Odile Valcourt/);
      assert.doesNotMatch(text, /Tomasz/);
    });
  }));

test('a follow-up due today is shown in the popup’s Today and Done moves the sequence on', () =>
  withFirefox(async (ff) => {
    const dashboard = await ff.open('dashboard.html#/sequences/new');
    const sequence = await byRole(dashboard, 'form', 'New sequence');
    await fill(sequence, 'Sequence name', 'Warm intro');
    const step1 = await byRole(sequence, 'group', 'Step 1');
    await choose(step1, 'Type', 'call');
    await fill(step1, 'Instructions', 'Ask about the freight pilot');
    // Due today at 00:00, so already due whatever the day of the week and the hour the suite runs.
    await choose(step1, 'Counted in', 'calendar');
    await setValue(await byLabel(step1, 'Time of day'), '00:00');
    await click(sequence, 'checkbox', 'Skip weekends');
    await click(sequence, 'button', 'Add step');
    const step2 = await byRole(sequence, 'group', 'Step 2');
    await choose(step2, 'Type', 'task');
    await fill(step2, 'Delay after previous', '3', 'spinbutton');
    await click(sequence, 'button', 'Save sequence');
    await byRole(dashboard, 'heading', 'Warm intro');

    await ff.navigate(dashboard, 'dashboard.html#/leads/new');
    const leadForm = await byRole(dashboard, 'form', 'New lead');
    await fill(leadForm, 'Name', 'Ines Duarte');
    await fill(leadForm, 'Phone', '+1 555 0142');
    await click(leadForm, 'button', 'Save lead');
    await byRole(dashboard, 'heading', 'Ines Duarte');
    const sequences = await byRole(dashboard, 'region', 'Sequences');
    await click(sequences, 'button', 'Enroll');
    await expectText(sequences, 'Active · next: Call, due now');

    const popup = await ff.open('popup.html');
    const dueToday = await byRole(popup, 'list', 'Due today');
    const row = await byRole(dueToday, 'listitem', 'Ines Duarte: Call · step 1 of 2 · Warm intro');
    await expectText(row, 'Ask about the freight pilot');
    await click(row, 'button', 'Done');
    await expectText(popup, 'Done. Next: Task');
    await eventually(async () => assert.equal((await allByRole(popup, 'list', 'Due today')).length, 0));
    await expectText(await byRole(popup, 'list', 'Upcoming'), 'Task · step 2 of 2 · Warm intro');

    await ff.navigate(dashboard, 'dashboard.html#/leads');
    await click(dashboard, 'link', 'Ines Duarte');
    await expectText(await byRole(dashboard, 'region', 'Timeline'), 'Done: Call · step 1 of 2 · Warm intro');
  }));
