// Capture in Firefox: LinkedIn and Gmail served at their real origins, the content scripts reading
// them, the panel (sidepanel.html?tabId=N, the page Firefox's sidebar shows) saving and logging.
import assert from 'node:assert/strict';
import { byRole, click, section, eventually, expectText, fill, ORIGIN, test, textOf, valueOf, withFirefox } from './harness.mjs';

const INGRID = 'https://www.linkedin.com/in/ingrid-solvang-adeyemi-7a1/';
const GMAIL = 'https://mail.google.com/mail/u/0/';
const GMAIL_THREAD = `${GMAIL}#inbox/FMfcgzQXKWbZrTqLvPzHcJdNmSxRtBwD`;

test('a LinkedIn profile is read at its real origin, edited and saved from the panel, and known next time', () =>
  withFirefox(async (ff) => {
    ff.serve(INGRID, 'linkedin/profile-classic.html');
    await ff.visit(INGRID);
    const panel = await ff.panelFor(INGRID);

    const card = await byRole(panel, 'article', 'Ingrid Solvang-Adeyemi', 15_000);
    await eventually(async () => assert.equal(await valueOf(await byRole(card, 'textbox', 'Name')), 'Ingrid Solvang-Adeyemi'));
    assert.equal(await valueOf(await byRole(card, 'textbox', 'Company')), 'Ironbark Energy');
    assert.equal(await valueOf(await byRole(card, 'textbox', 'LinkedIn')), INGRID);
    // The current position, not the older one the embedded data also lists.
    assert.equal(await valueOf(await byRole(card, 'textbox', 'Title')), 'Head of Procurement');

    await fill(card, 'Title', 'Head of Procurement, Nordics');
    await click(card, 'button', 'Save lead');
    await expectText(card, 'Saved as a new lead.');

    const dashboard = await ff.open('dashboard.html#/leads');
    await click(dashboard, 'link', 'Ingrid Solvang-Adeyemi');
    await byRole(dashboard, 'heading', 'Ingrid Solvang-Adeyemi');
    await expectText(dashboard, 'Head of Procurement, Nordics');
    await expectText(await byRole(dashboard, 'region', 'Timeline'), 'Captured from LinkedIn');

    // A second panel for the same tab recognises the lead.
    const again = await ff.panelFor(INGRID);
    await expectText(await byRole(again, 'article', 'Ingrid Solvang-Adeyemi', 15_000), 'Already a lead');

    // Nothing but the served profile was fetched from the web; everything else was refused here.
    assert.ok(
      ff.refused.every((url) => !url.startsWith(INGRID)),
      ff.refused.join('\n'),
    );
  }));

test('a Gmail thread offers its sender, who is saved and then has the email logged on their timeline', () =>
  withFirefox(async (ff) => {
    ff.serve(GMAIL, 'gmail/thread.html');
    await ff.visit(GMAIL_THREAD);
    const panel = await ff.panelFor(GMAIL_THREAD);

    // Firefox names the heading as rendered (CSS upper case), so its text is checked instead.
    const ines = await byRole(panel, 'article', 'Ines Duarte', 15_000);
    await expectText(panel, 'ON THIS PAGE · GMAIL');
    await byRole(panel, 'article', 'Jonas Pereira');
    // The mailbox owner is never offered.
    assert.equal((await panel.$$('::-p-aria([name="Maya Ortiz"][role="article"])')).length, 0);
    await click(ines, 'button', 'Review');
    assert.equal(await valueOf(await byRole(ines, 'textbox', 'Email')), 'ines.duarte@quillfield-labs.example');
    assert.equal(await valueOf(await byRole(ines, 'textbox', 'Company')), 'Quillfield Labs');
    await click(ines, 'checkbox', 'Select Ines Duarte');
    await click(panel, 'button', 'Save selected (1)');
    await expectText(ines, 'Saved as a new lead.');

    const email = await section(panel, 'This email');
    await expectText(email, 'From Ines Duarte');
    await click(email, 'button', 'Log this email');
    await expectText(email, 'Logged on Ines Duarte’s timeline.');

    const dashboard = await ff.open('dashboard.html#/leads');
    await click(dashboard, 'link', 'Ines Duarte');
    const timeline = await byRole(dashboard, 'region', 'Timeline');
    await expectText(timeline, 'Email received: “Freight audit pilot — next steps');
    const link = await byRole(timeline, 'link', 'Open the email in Gmail');
    assert.equal(await link.evaluate((a) => a.href), 'https://mail.google.com/mail/u/0/#all/1955ce0ef0098854');
    assert.match(await textOf(timeline), /Captured from Gmail/);
    assert.ok(dashboard.url().startsWith(ORIGIN));
  }));

test('the panel lives in Firefox’s sidebar: closed at install, opened by the popup’s Capture, with the same commands', () =>
  withFirefox(async (ff) => {
    // The extension APIs, as an extension page sees them.
    /* eslint-disable no-undef */
    const sidebar = () =>
      ff.inExtension(async () => ({ panel: await browser.sidebarAction.getPanel({}), open: await browser.sidebarAction.isOpen({}) }));
    const commands = await ff.inExtension(async () => (await browser.commands.getAll()).map(({ name, shortcut }) => `${name} ${shortcut}`));
    /* eslint-enable no-undef */
    assert.deepEqual(await sidebar(), { panel: `${ORIGIN}/sidepanel.html`, open: false });
    assert.deepEqual(commands.sort(), ['_execute_action Alt+Shift+L', 'insert-template Alt+Shift+E', 'open-side-panel Alt+Shift+S']);

    // Capture, clicked in the popup, opens the sidebar (inside a user action, as Firefox requires).
    const popup = await ff.open('popup.html');
    await click(popup, 'button', 'Capture');
    await eventually(async () => assert.equal((await sidebar()).open, true));
  }));
