// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { PlatformProvider } from '@/components/platform';
import { ReminderSettings } from '@/components/settings/reminder-settings';
import { getDb, getSettings } from '@/lib/db';
import { defaultSettings } from '@/lib/model';
import { mount, until } from '../../react-helpers';

function field(host: HTMLElement, text: string) {
  const label = [...host.querySelectorAll('label')].find((entry) => entry.textContent?.startsWith(text))!;
  return host.querySelector<HTMLTextAreaElement | HTMLInputElement>(`#${CSS.escape(label.htmlFor)}`)!;
}

function type(control: HTMLTextAreaElement | HTMLInputElement, value: string) {
  const prototype = control instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  act(() => {
    Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(control, value);
    control.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('follow-up settings', () => {
  it('says why notifications stay off when the browser refuses, and why a holiday list is not saved', async () => {
    const toasts: string[] = [];
    const { host, unmount } = mount(
      <PlatformProvider value={{ requestNotifications: () => Promise.resolve(false) }}>
        <ReminderSettings settings={defaultSettings()} notify={(toast) => toasts.push(toast.text)} />
      </PlatformProvider>,
    );
    const alert = () => host.querySelector('[role="alert"]')?.textContent;
    const checkbox = host.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    act(() => checkbox.click());
    await until(() => alert() !== undefined, 'the refusal');
    expect(alert()).toBe('Notifications were not allowed: the badge still counts what is due.');
    expect((await getSettings(await getDb())).notifications).toBe(false);

    type(field(host, 'Holidays for every sequence'), '2026-12-25\n24/12/2026');
    const save = [...host.querySelectorAll('button')].find((entry) => entry.textContent === 'Save follow-up settings')!;
    act(() => save.click());
    expect(alert()).toBe('“24/12/2026” is not a date written as YYYY-MM-DD');

    type(field(host, 'Holidays for every sequence'), '2026-12-25\n2026-12-24');
    act(() => save.click());
    await until(() => toasts.length > 0, 'the save');
    expect(toasts).toEqual(['Follow-up settings saved']);
    expect(alert()).toBeUndefined();
    expect((await getSettings(await getDb())).holidays).toEqual(['2026-12-24', '2026-12-25']);
    unmount();
  });
});
