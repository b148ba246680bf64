// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { getSettings } from '@/lib/db';
import { gmailOwner, readGmailThread } from '@/lib/extract/gmail';
import { outlookOwner } from '@/lib/extract/outlook';
import { answerLearnedOwner, learnOwner } from '@/lib/mail/mailbox-owner';
import { freshDb } from '../db-helpers';
import { parseHtml } from '../extract-helpers';

const THREAD = new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKWbZrTqLvPzHcJdNmSxRtBwD');
const message = (body: string) => `<div role="main"><h2 class="hP">Quarterly review</h2>
  <div class="adn" data-message-id="#msg-a:r-7"><span class="gD" email="ceo@prospect.example" name="Dana Keel">Dana Keel</span>
  <div class="a3s">${body}</div></div></div>`;

describe('the mailbox owner comes only from the account area', () => {
  it.each([
    ['a subject written like the window title', `<title>Hello - ceo@prospect.example - x - Gmail</title>${message('Hi')}`],
    ['a "me" span inside a message body', message('<span class="g2" email="ceo@prospect.example" name="me">me</span>')],
    [
      'an account-like link inside a message body',
      message('<a aria-label="Google Account: Dana (ceo@prospect.example)" href="https://accounts.google.com/SignOutOptions">x</a>'),
    ],
  ])('Gmail: none from %s', (_case, html) => {
    const doc = parseHtml(html);
    expect(gmailOwner(doc)).toBeUndefined();
    expect(readGmailThread(doc, THREAD)?.owner).toBeUndefined();
  });

  it('Gmail: the account button names the owner whatever the subject says', () => {
    const doc = parseHtml(`<title>Hi - ceo@prospect.example - x - Gmail</title><header id="gb" role="banner">
      <a aria-label="Google Account: Maya Ortiz (maya@ardent-freight.example)" href="https://accounts.google.com/SignOutOptions?hl=en">M</a></header>${message('Hi')}`);
    expect(gmailOwner(doc)).toBe('maya@ardent-freight.example');
  });

  it('Outlook: an account-manager id inside the reading pane is not the owner', () => {
    const doc = parseHtml(
      `<div id="ReadingPaneContainerId"><div aria-label="Message body"><span id="mectrl_currentAccount_secondary">ceo@prospect.example</span></div></div>`,
    );
    expect(outlookOwner(doc)).toBeUndefined();
    const real = parseHtml(
      `<div id="mectrl_main_trigger"><span id="mectrl_currentAccount_secondary">sam@wren.example</span></div><div id="ReadingPaneContainerId"></div>`,
    );
    expect(outlookOwner(real)).toBe('sam@wren.example');
  });
});

describe('a learned owner address is shown and can be undone', () => {
  it('lists the address as learned until kept', async () => {
    const db = await freshDb();
    await learnOwner(db, 'maya@ardent-freight.example');
    expect(await getSettings(db)).toMatchObject({
      ownEmails: ['maya@ardent-freight.example'],
      learnedOwnEmails: ['maya@ardent-freight.example'],
    });
    await answerLearnedOwner(db, 'maya@ardent-freight.example', 'keep');
    expect(await getSettings(db)).toMatchObject({ ownEmails: ['maya@ardent-freight.example'], learnedOwnEmails: [] });
  });

  it('undo removes it from your addresses and it is never learned again', async () => {
    const db = await freshDb();
    await learnOwner(db, 'ceo@prospect.example');
    await answerLearnedOwner(db, 'ceo@prospect.example', 'undo');
    expect(await learnOwner(db, 'ceo@prospect.example')).toBe(false);
    expect(await getSettings(db)).toMatchObject({ ownEmails: [], learnedOwnEmails: [], notOwnEmails: ['ceo@prospect.example'] });
  });
});
