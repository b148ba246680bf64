import { describe, expect, it } from 'vitest';
import { SettingsView } from '@/components/dashboard/settings-view';
import { defaultSettings } from '@/lib/model';
import { mount, until } from './react-helpers';

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
