// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useAction } from '@/components/hooks/use-action';
import { useAssignLeads, useTagLeads, useUntagLeads, useUpdateLead } from '@/components/hooks/use-lead-writes';
import { useFormSave, type SaveOutcome } from '@/components/hooks/use-stale-form';
import { createCampaign, deleteCampaign } from '@/lib/campaigns';
import { getDb, getLead } from '@/lib/db';
import { saveLead } from '@/lib/leads';
import { mount } from '../../react-helpers';

/** Renders a component that only calls `useHook`, and keeps its latest result. */
function probe<T>(useHook: () => T): { latest: () => T } {
  const seen: { value?: T } = {};
  function Probe() {
    seen.value = useHook();
    return null;
  }
  unmounts.push(mount(<Probe />).unmount);
  return { latest: () => seen.value as T };
}

let unmounts: Array<() => void> = [];
afterEach(() => {
  for (const unmount of unmounts) unmount();
  unmounts = [];
});

async function addLead(fullName: string, company: string) {
  const { lead } = await saveLead(await getDb(), { patch: { fullName, company }, origin: { kind: 'manual' } });
  return lead;
}

const webinar = async (name: string) =>
  createCampaign(await getDb(), { name, channel: 'webinar', cost: 0, notes: '', status: 'active' }, 'EUR');

describe('the leads views’ domain hooks', () => {
  it('tags leads with a campaign, counting those already tagged and those gone, then untags them', async () => {
    const ines = await addLead('Inès Marquardt', 'Fjordline Ferries');
    const tomasz = await addLead('Tomasz Wierzba', 'Oderbrücke Logistik');
    const campaign = await webinar('Harbour logistics webinar');
    const tag = probe(useTagLeads);

    let first: Awaited<ReturnType<ReturnType<typeof useTagLeads>['run']>>;
    await act(async () => {
      first = await tag.latest().run([ines.id, tomasz.id, 'lead-that-was-erased'], campaign.id);
    });
    expect(first!).toEqual({ changed: 2, unchanged: 0, missing: 1 });
    expect(tag.latest().busy).toBe(false);
    expect(tag.latest().error).toBeUndefined();
    expect((await getLead(await getDb(), ines.id))!.campaignIds).toEqual([campaign.id]);

    // Tagging again changes nothing: both are already in the campaign.
    let again: typeof first;
    await act(async () => {
      again = await tag.latest().run([ines.id, tomasz.id], campaign.id);
    });
    expect(again!).toEqual({ changed: 0, unchanged: 2, missing: 0 });

    const untag = probe(useUntagLeads);
    await act(async () => {
      await untag.latest().run([tomasz.id], campaign.id, false);
    });
    expect((await getLead(await getDb(), tomasz.id))!.campaignIds).toEqual([]);
    expect((await getLead(await getDb(), ines.id))!.campaignIds).toEqual([campaign.id]);
  });

  it('says so when the campaign was deleted meanwhile, and leaves the leads untouched', async () => {
    const lead = await addLead('Aurelio Pastore', 'Vetreria Pastore');
    const campaign = await webinar('Glass fair follow-up');
    await deleteCampaign(await getDb(), campaign.id);
    const tag = probe(useTagLeads);
    let result: unknown = 'not run';
    await act(async () => {
      result = await tag.latest().run([lead.id], campaign.id);
    });
    expect(result).toBeUndefined();
    expect(tag.latest().error).toBe('That campaign no longer exists');
    expect(tag.latest().busy).toBe(false);
    expect((await getLead(await getDb(), lead.id))!.campaignIds).toEqual([]);
  });

  it('moves a lead’s stage, and names a lead erased in another tab', async () => {
    const lead = await addLead('Saoirse Ní Bhriain', 'Cnoc Analytics');
    const update = probe(useUpdateLead);
    await act(async () => {
      await update.latest().run(lead.id, { deal: { stage: 'contacted' } });
    });
    expect((await getLead(await getDb(), lead.id))!.stage).toBe('contacted');
    expect(update.latest().error).toBeUndefined();

    await act(async () => {
      await update.latest().run('erased-elsewhere', { deal: { stage: 'won' } });
    });
    expect(update.latest().error).toBe('That lead no longer exists');
  });

  it('gives leads to a member and back to nobody', async () => {
    const lead = await addLead('Kwame Asante-Boateng', 'Volta Solar');
    const assign = probe(useAssignLeads);
    await act(async () => {
      await assign.latest().run([lead.id], 'dana', undefined);
    });
    expect((await getLead(await getDb(), lead.id))!.owner).toBe('dana');
    await act(async () => {
      await assign.latest().run([lead.id], undefined, undefined);
    });
    expect((await getLead(await getDb(), lead.id))!.owner).toBeUndefined();
  });
});

describe('useAction’s onError and useFormSave', () => {
  it('hands the failure’s text and the thrown value to onError, and a hand-set error replaces it', async () => {
    class QuotaError extends Error {}
    const told: Array<[string, boolean]> = [];
    const action = probe(() =>
      useAction((name: string) => Promise.reject(new QuotaError(`No room left to save ${name}`)), {
        onError: (message, caught) => told.push([message, caught instanceof QuotaError]),
      }),
    );
    await act(async () => {
      await action.latest().run('the import report');
    });
    expect(told).toEqual([['No room left to save the import report', true]]);
    expect(action.latest().error).toBe('No room left to save the import report');
    act(() => action.latest().setError('Free some space, then try again'));
    expect(action.latest().error).toBe('Free some space, then try again');
  });

  it('passes each form step’s outcome to finish, and keeps a failed step’s message', async () => {
    const finished: string[] = [];
    const save = probe(() => useFormSave<{ name: string }>((outcome) => finished.push(outcome.kind)));
    const saved: SaveOutcome<{ name: string }> = { kind: 'unchanged' };
    await act(async () => {
      save.latest().run(() => saved);
      await Promise.resolve();
    });
    expect(finished).toEqual(['unchanged']);
    await act(async () => {
      save.latest().run(() => Promise.reject(new Error('The sequence was archived in another tab')));
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(finished).toEqual(['unchanged']);
    expect(save.latest().error).toBe('The sequence was archived in another tab');
    expect(save.latest().busy).toBe(false);
  });
});
