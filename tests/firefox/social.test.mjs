// Social capture in Firefox: Settings → Follow navigation on X, then an X profile served at x.com,
// read by the page reader Leadline injects (no content script ships for X) and saved from the panel
// (sidepanel.html?tabId=N).
import assert from 'node:assert/strict';
import { byRole, click, eventually, expectText, test, textOf, valueOf, withFirefox } from './harness.mjs';

const WREN = 'https://x.com/WrenCalloway';

test('an X profile is read at x.com in Firefox and saved with its name, title, company, website and profile', () =>
  withFirefox(async (ff) => {
    // Leadline reads X through the host permission the user grants in Settings (no toolbar click here).
    const settings = await ff.open('dashboard.html#/settings');
    await click(settings, 'checkbox', 'Follow navigation on X');
    // `browser` is the extension API inside the page.
    // eslint-disable-next-line no-undef
    const granted = () => ff.inExtension(() => browser.permissions.contains({ origins: ['https://x.com/*'] }));
    await eventually(async () => assert.equal(await granted(), true));
    ff.serve(WREN, 'social/x-profile.html');
    await ff.visit(WREN);
    const panel = await ff.panelFor(WREN);

    const card = await byRole(panel, 'article', 'Wren Calloway', 15_000);
    // The display name without its emoji; title and company from the bio; the real site, not t.co.
    assert.equal(await valueOf(await byRole(card, 'textbox', 'Name')), 'Wren Calloway');
    assert.equal(await valueOf(await byRole(card, 'textbox', 'Title')), 'Head of Growth');
    assert.equal(await valueOf(await byRole(card, 'textbox', 'Company')), 'Fernhollow');
    // The other fields fold under "More fields (…)", its name listing them.
    const more = await card.evaluateHandle((article) =>
      [...article.querySelectorAll('button')].find((button) => button.textContent.startsWith('More fields')),
    );
    await more.click();
    assert.equal(await valueOf(await byRole(card, 'textbox', 'Website')), 'https://fernhollow.example/team/wren');
    assert.equal(await valueOf(await byRole(card, 'textbox', 'Social profile')), 'https://x.com/wrencalloway');
    await click(card, 'button', 'Save lead');
    await expectText(card, 'Saved as a new lead.');

    const dashboard = await ff.open('dashboard.html#/leads');
    await click(dashboard, 'link', 'Wren Calloway');
    await byRole(dashboard, 'heading', 'Wren Calloway');
    await expectText(dashboard, 'Head of Growth');
    const profile = await dashboard.$('a[href="https://x.com/wrencalloway"]');
    assert.ok(profile, 'the lead page links to the X profile');
    assert.match(await textOf(profile), /X/);
    await expectText(await byRole(dashboard, 'region', 'Timeline'), 'Captured from X');
  }));
