import { describe, expect, it } from 'vitest';
import { campaignFormFrom, changedCampaignFields, createCampaign, listCampaigns, parseCampaignForm, updateCampaign } from '@/lib/campaigns';
import { getLead, openLeadlineDb } from '@/lib/db';
import { changedFields, mergeForm, mergeLines, resolveMerge, StaleRecordError } from '@/lib/forms/three-way';
import { listTemplates, saveTemplate } from '@/lib/templates';
import { leadEditFromForm, leadFormFrom, parseLeadForm, saveLead, stageMoveEdit, updateLead, type LeadFormInput } from '@/lib/leads';

const manual = { kind: 'manual' as const, provenance: { source: 'manual' as const, at: 1 } };

/** Two connections to one database: two dashboard tabs. */
async function twoTabs() {
  const name = `leadline-two-tabs-${Math.random().toString(36).slice(2)}`;
  return [await openLeadlineDb({ name }), await openLeadlineDb({ name })] as const;
}

const parsed = (input: LeadFormInput) => {
  const result = parseLeadForm(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
};

describe('three-way form merge', () => {
  const base = { title: 'Engineer', company: 'Harbor Dental', notes: '' };
  it.each([
    ['only I changed', { ...base, title: 'CTO' }, base, { title: 'CTO', company: 'Harbor Dental', notes: '' }, []],
    ['only they changed', base, { ...base, company: 'Harbor Dental Group' }, { ...base, company: 'Harbor Dental Group' }, []],
    ['different fields', { ...base, title: 'CTO' }, { ...base, notes: 'Call Monday' }, { ...base, title: 'CTO', notes: 'Call Monday' }, []],
    ['same field, same value', { ...base, title: 'CTO' }, { ...base, title: 'CTO' }, { ...base, title: 'CTO' }, []],
    ['same field, different values', { ...base, title: 'CTO' }, { ...base, title: 'VP' }, { ...base, title: 'CTO' }, ['title']],
  ])('%s', (_case, mine, theirs, merged, conflicts) => {
    const merge = mergeForm(base, mine, theirs);
    expect(merge.merged).toEqual(merged);
    expect(merge.conflicts).toEqual(conflicts);
  });

  it('takes the stored value for a conflict when the user picks theirs', () => {
    const mine = { ...base, title: 'CTO' };
    const theirs = { ...base, title: 'VP', notes: 'x' };
    const merge = mergeForm(base, mine, theirs);
    expect(resolveMerge(merge, mine, theirs, { title: 'theirs' })).toEqual(theirs);
  });

  it('merges address lists by set: an address learned meanwhile survives an edit of the list', () => {
    const merge = mergeForm(
      { ownEmails: 'me@leadline.example' },
      { ownEmails: 'me@leadline.example\nalias@leadline.example' },
      { ownEmails: 'me@leadline.example\nlearned@leadline.example' },
      { ownEmails: mergeLines },
    );
    expect(merge.conflicts).toEqual([]);
    expect(merge.merged.ownEmails.split('\n')).toEqual(['me@leadline.example', 'learned@leadline.example', 'alias@leadline.example']);
  });
});

describe('a stale lead Edit form in a second tab', () => {
  it('writes only the title and reverts nothing changed in the other tab', async () => {
    const [tab1, tab2] = await twoTabs();
    const { lead } = await saveLead(
      tab1,
      { patch: { fullName: 'Grace Obuya', title: 'Engineer', company: 'Harbr Dental' }, origin: manual },
      1000,
    );

    // Tab 1 opens the Edit form.
    const opened = await getLead(tab1, lead.id);
    const base = leadFormFrom(opened);

    // Tab 2 wins the deal with a value, writes notes and fixes the company.
    const current = (await getLead(tab2, lead.id))!;
    await updateLead(tab2, lead.id, stageMoveEdit(current, 'won', { dealValue: 5100 }), 2000);
    await updateLead(tab2, lead.id, { deal: { notes: 'Signed at the trade fair' }, fields: { company: 'Harbor Dental' } }, 3000);

    // Tab 1 saves a title change: the write based on the form's version is refused...
    const mine = { ...base, title: 'Head of Engineering' };
    const changed = changedFields(base, mine);
    expect(changed).toEqual(['title']);
    await expect(
      updateLead(tab1, lead.id, { ...leadEditFromForm(parsed(mine), changed), ifUpdatedAt: opened!.updatedAt }, 4000),
    ).rejects.toBeInstanceOf(StaleRecordError);
    // ...and the merge against what is stored now keeps every change made in tab 2.
    const stored = (await getLead(tab1, lead.id))!;
    const merge = mergeForm(base, mine, leadFormFrom(stored));
    expect(merge.theirs.sort()).toEqual(['company', 'dealValue', 'notes', 'stage']);
    expect(merge.conflicts).toEqual([]);
    const fields = changedFields(leadFormFrom(stored), merge.merged);
    expect(fields).toEqual(['title']);
    await updateLead(tab1, lead.id, { ...leadEditFromForm(parsed(merge.merged), fields), ifUpdatedAt: stored.updatedAt }, 5000);

    const after = (await getLead(tab2, lead.id))!;
    expect(after).toMatchObject({
      title: 'Head of Engineering',
      stage: 'won',
      dealValue: 5100,
      notes: 'Signed at the trade fair',
      company: 'Harbor Dental',
    });
    // The company was typed in tab 2, not in tab 1's form; tab 1 typed only the title.
    expect(after.provenance.title?.at).toBe(5000);
    expect(after.provenance.company?.at).toBe(3000);
    tab1.close();
    tab2.close();
  });

  it('clears the deal value only when the form had it and the user emptied it', async () => {
    const [tab1] = await twoTabs();
    const { lead } = await saveLead(tab1, { patch: { fullName: 'Ines Parrow' }, origin: manual }, 1000);
    await updateLead(tab1, lead.id, { deal: { dealValue: 900 } }, 1500);
    const opened = (await getLead(tab1, lead.id))!;
    const base = leadFormFrom(opened);
    const mine = { ...base, dealValue: '' };
    await updateLead(tab1, lead.id, { ...leadEditFromForm(parsed(mine), changedFields(base, mine)), ifUpdatedAt: opened.updatedAt }, 2000);
    expect((await getLead(tab1, lead.id))!.dealValue).toBeUndefined();
    tab1.close();
  });
});

describe('a stale campaign form in a second tab', () => {
  it('writes only the changed name; notes and cost saved in the other tab stay', async () => {
    const [tab1, tab2] = await twoTabs();
    const created = await createCampaign(
      tab1,
      { name: 'Spring fair', channel: 'events', cost: 0, notes: '', status: 'active' },
      'USD',
      1000,
    );
    const base = campaignFormFrom(created);
    await updateCampaign(tab2, created.id, { notes: 'Booth 14', cost: 1200 }, 'USD', 2000);
    const mine = { ...base, name: 'Spring fair 2027' };
    const parsedForm = parseCampaignForm(mine);
    if (!parsedForm.ok) throw new Error('form');
    const changed = changedFields(base, mine);
    await expect(
      updateCampaign(tab1, created.id, changedCampaignFields(parsedForm.fields, changed), 'USD', 3000, created.updatedAt),
    ).rejects.toBeInstanceOf(StaleRecordError);
    const stored = (await listCampaigns(tab1))[0]!;
    const merge = mergeForm(base, mine, campaignFormFrom(stored));
    expect(merge.conflicts).toEqual([]);
    await updateCampaign(
      tab1,
      created.id,
      changedCampaignFields(parsedForm.fields, changedFields(campaignFormFrom(stored), merge.merged)),
      'USD',
      4000,
      stored.updatedAt,
    );
    expect((await listCampaigns(tab2))[0]).toMatchObject({ name: 'Spring fair 2027', notes: 'Booth 14', cost: 1200 });
    tab1.close();
    tab2.close();
  });
});

describe('a stale template form in a second tab', () => {
  it('is refused when based on an older version, and its merge keeps the other tab’s subject', async () => {
    const [tab1, tab2] = await twoTabs();
    const created = await saveTemplate(tab1, { name: 'Intro', channel: 'email', subject: 'Hello', body: 'Hi {{firstName}}' }, 1000);
    const base = { name: created.name, channel: created.channel, subject: created.subject ?? '', body: created.body };
    await saveTemplate(tab2, { ...base, id: created.id, subject: 'Quick question' }, 2000);
    const mine = { ...base, body: 'Hi {{firstName|there}}' };
    await expect(saveTemplate(tab1, { id: created.id, ...mine }, 3000, created.updatedAt)).rejects.toBeInstanceOf(StaleRecordError);
    const merge = mergeForm(base, mine, { ...base, subject: 'Quick question' });
    await saveTemplate(tab1, { id: created.id, ...merge.merged }, 4000, 2000);
    expect((await listTemplates(tab2))[0]).toMatchObject({ subject: 'Quick question', body: 'Hi {{firstName|there}}' });
    tab1.close();
    tab2.close();
  });
});
