// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { LeadCampaignTags } from '@/components/campaigns/lead-campaign-tags';
import type { Notify } from '@/components/view-context';
import { createCampaign, deleteCampaign } from '@/lib/campaigns';
import { getDb, getLead } from '@/lib/db';
import { saveLead } from '@/lib/leads';
import type { Lead } from '@/lib/model';
import { mount, until } from '../../react-helpers';

const fields = (name: string) => ({ name, channel: 'events' as const, cost: 0, notes: '', status: 'active' as const });

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

/** The lead's campaign card, re-rendered with the stored lead after each toast, as the lead page does. */
function show(lead: Lead) {
  const toasts: string[] = [];
  const notify: Notify = (toast) => toasts.push(toast.text);
  const view = mount(<LeadCampaignTags lead={lead} notify={notify} />);
  unmount = view.unmount;
  const button = (name: string) => [...view.host.querySelectorAll('button')].find((entry) => entry.textContent?.trim() === name)!;
  const select = () => view.host.querySelector('select')!;
  return { host: view.host, toasts, button, select };
}

describe('a lead’s campaign tags', () => {
  it('says so when the chosen campaign was deleted meanwhile, and tags nothing', async () => {
    const db = await getDb();
    const fair = await createCampaign(db, fields('Ceramics fair 2026'), 'EUR');
    const { lead } = await saveLead(db, { patch: { fullName: 'Liesel Vandenborre', company: 'Atelier Klei' }, origin: { kind: 'manual' } });
    const view = show(lead);
    await until(() => view.host.querySelector('option') !== null, 'the campaign to offer');
    expect(view.host.querySelector('option')!.textContent).toBe('Ceramics fair 2026');

    // Deleted in another tab while this page still offers it.
    await deleteCampaign(db, fair.id);
    act(() => view.button('Add').click());
    await until(() => view.toasts.length > 0, 'the outcome');
    expect(view.toasts).toEqual(['That campaign no longer exists']);
    expect((await getLead(db, lead.id))!.campaignIds).toEqual([]);
    await until(() => !view.button('Add')?.disabled, 'Add to be ready again');
  });

  it('tags and untags in one click each, naming the campaign', async () => {
    const db = await getDb();
    const spring = await createCampaign(db, fields('Spring kiln open day'), 'EUR');
    const { lead } = await saveLead(db, { patch: { fullName: 'Mathis Oudenaerde', company: 'Klei & Co' }, origin: { kind: 'manual' } });
    const view = show(lead);
    await until(() => [...view.host.querySelectorAll('option')].some((option) => option.value === spring.id), 'the campaign to offer');
    act(() => {
      view.select().value = spring.id;
      view.select().dispatchEvent(new Event('change', { bubbles: true }));
    });
    act(() => view.button('Add').click());
    await until(() => view.toasts.length > 0, 'the tag');
    expect(view.toasts).toEqual(['Tagged with “Spring kiln open day”']);
    const tagged = (await getLead(db, lead.id))!;
    expect(tagged.campaignIds).toEqual([spring.id]);

    unmount!();
    const again = show(tagged);
    await until(() => again.host.querySelector('[aria-label="Remove Spring kiln open day from this lead"]') !== null, 'the tag chip');
    act(() => again.host.querySelector<HTMLButtonElement>('[aria-label="Remove Spring kiln open day from this lead"]')!.click());
    await until(() => again.toasts.length > 0, 'the untag');
    expect(again.toasts).toEqual(['Removed “Spring kiln open day”']);
    expect((await getLead(db, lead.id))!.campaignIds).toEqual([]);
  });
});
