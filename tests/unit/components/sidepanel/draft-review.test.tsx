// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { DraftReview } from '@/components/sidepanel/draft-review';
import { DB_NAME, getDb } from '@/lib/db';
import type { ProspectDraft } from '@/lib/model';
import { mount, until } from '../../react-helpers';

const person = (fullName: string, slug: string): ProspectDraft => ({
  fullName,
  company: 'Halvorsen Shipyards',
  linkedinUrl: `https://www.linkedin.com/in/${slug}/`,
  source: 'linkedin',
  sourceUrl: 'https://www.linkedin.com/search/results/people/?keywords=halvorsen',
  evidence: { fullName: 'result card', company: 'result card', linkedinUrl: 'result link' },
});

/** Leadline's database as a newer version of the extension left it: this build cannot open it. */
function openedByANewerVersion(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 10_000);
    request.onsuccess = () => (request.result.close(), resolve());
    request.onerror = () => reject(new Error(String(request.error)));
  });
}

function deleteDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(new Error(String(request.error)));
  });
}

describe('reviewing the people of a search page', () => {
  it('says that nothing more was saved when the database refuses, keeps the selection, and saves on the next try', async () => {
    await openedByANewerVersion();
    const drafts = [person('Sigrun Halvorsen', 'sigrun-halvorsen'), person('Ebbe Kjærgaard', 'ebbe-kjaergaard')];
    const { host, unmount } = mount(<DraftReview drafts={drafts} onOpenLead={() => undefined} />);
    const button = (name: RegExp) => [...host.querySelectorAll('button')].find((entry) => name.test(entry.textContent ?? ''))!;
    const selectAll = [...host.querySelectorAll('label')].find((label) => label.textContent?.startsWith('Select all'))!;
    act(() => selectAll.querySelector('input')!.click());
    expect(button(/^Save selected/).textContent).toBe('Save selected (2)');

    act(() => button(/^Save selected/).click());
    await until(() => host.querySelector('[role="alert"]') !== null, 'the failure');
    expect(host.querySelector('[role="alert"]')!.textContent).toMatch(/^Nothing more was saved: .+/);
    expect(button(/^Save selected/).textContent).toBe('Save selected (2)');
    expect(button(/^Save selected/).disabled).toBe(false);

    // The newer version is gone (the user reinstalled this one): the same selection saves.
    await deleteDatabase();
    act(() => button(/^Save selected/).click());
    expect(host.querySelector('[role="alert"]')).toBeNull();
    await until(() => host.querySelector('p[role="status"]')?.textContent?.startsWith('Saved') === true, 'the outcome');
    expect(host.querySelector('p[role="status"]')!.textContent).toBe('Saved 2 leads: 2 new, 0 already in Leadline.');
    expect((await (await getDb()).getAll('leads')).map((lead) => lead.fullName).sort()).toEqual(['Ebbe Kjærgaard', 'Sigrun Halvorsen']);
    unmount();
  });
});
