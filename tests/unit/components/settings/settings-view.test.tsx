// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { SettingsView } from '@/components/settings/settings-view';
import { getDb, getLead, getSettings, openLeadlineDb, updateSettings } from '@/lib/db';
import { saveLead } from '@/lib/leads';
import { learnOwner } from '@/lib/mail/mailbox-owner';
import { defaultSettings } from '@/lib/model';
import { mount, until } from '../../react-helpers';

const manual = { kind: 'manual' as const, provenance: { source: 'manual' as const, at: 1 } };

const render = (params: string[]) => mount(<SettingsView params={params} settings={defaultSettings()} notify={() => undefined} />);
const nameField = (host: HTMLElement) => {
  const label = [...host.querySelectorAll('label')].find((l) => l.textContent === 'Your name (signs templates)')!;
  return host.querySelector<HTMLInputElement>(`#${CSS.escape(label.htmlFor)}`)!;
};

describe('Settings (SettingsView)', () => {
  it('puts the cursor in "Your name" when opened at #/settings/name (from the popup’s Today)', async () => {
    const { host, unmount } = render(['name']);
    await until(() => host.querySelector('label') !== null, 'the form');
    expect(document.activeElement).toBe(nameField(host));
    unmount();
  });

  it('leaves the focus alone when opened at #/settings', async () => {
    const { host, unmount } = render([]);
    await until(() => host.querySelector('label') !== null, 'the form');
    expect(document.activeElement).not.toBe(nameField(host));
    unmount();
  });
});

describe('Settings saved from a form opened before the background learned an address', () => {
  const type = (input: HTMLInputElement, value: string) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const button = (root: ParentNode, text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text)!;

  it('keeps the learned address, says what changed elsewhere, and saves the name', async () => {
    const tab = await getDb();
    await updateSettings(tab, { ownEmails: ['maya@ardent-freight.example'] });
    const notices: string[] = [];
    const { host, unmount } = mount(
      <SettingsView params={[]} settings={await getSettings(tab)} notify={(message) => notices.push(message.text)} />,
    );
    await until(() => host.querySelector('label') !== null, 'the form');

    // The background (its own connection) learns the owner of a Gmail tab meanwhile.
    const background = await openLeadlineDb();
    expect(await learnOwner(background, 'maya.o@ardent-mail.example')).toBe(true);

    act(() => type(nameField(host), 'Maya Ortiz'));
    act(() => button(host, 'Save settings').click());
    await until(() => document.querySelector('[data-testid="stale-form"]') !== null, 'the conflict');
    const dialog = document.querySelector('[data-testid="stale-form"]')!;
    expect(dialog.textContent).toContain('your own addresses changed elsewhere');
    act(() => button(dialog, 'Merge and save').click());
    await until(() => notices.length > 0, 'the message');

    expect(notices).toEqual(['Settings saved; kept changes made elsewhere to your own addresses']);
    const stored = await getSettings(background);
    expect(stored.senderName).toBe('Maya Ortiz');
    expect(stored.ownEmails).toEqual(['maya@ardent-freight.example', 'maya.o@ardent-mail.example']);
    unmount();
    background.close();
  });

  it('changes the currency in one save: no conflict with itself, and old deal values keep their currency', async () => {
    const tab = await getDb();
    const { lead } = await saveLead(
      tab,
      { patch: { fullName: 'Maren Westergaard' }, origin: manual, extras: { stage: 'won', dealValue: 5000 } },
      1,
    );
    const notices: string[] = [];
    const { host, unmount } = mount(
      <SettingsView params={[]} settings={await getSettings(tab)} notify={(message) => notices.push(message.text)} />,
    );
    await until(() => host.querySelector('label') !== null, 'the form');
    const label = [...host.querySelectorAll('label')].find((l) => l.textContent === 'Currency')!;
    act(() => type(host.querySelector<HTMLInputElement>(`#${CSS.escape(label.htmlFor)}`)!, 'EUR'));
    act(() => button(host, 'Save settings').click());
    await until(() => notices.length > 0, 'the message');

    expect(notices).toEqual(['Settings saved']);
    expect(document.querySelector('[data-testid="stale-form"]')).toBeNull();
    expect((await getSettings(tab)).currency).toBe('EUR');
    expect((await getLead(tab, lead.id))?.dealCurrency).toBe('USD');
    unmount();
  });
});
