import { describe, expect, it } from 'vitest';
import { campaignFormFrom, parseCampaignForm, parseMoneyInput, type CampaignFormInput } from '@/lib/campaigns';

describe('parseMoneyInput', () => {
  it.each([
    ['12500', 12500],
    ['12,500', 12500],
    ['12 500', 12500],
    ['1,250,000.5', 1250000.5],
    ['0', 0],
    ['  99.99 ', 99.99],
  ])('reads “%s” as %d', (text, value) => {
    expect(parseMoneyInput(text, 'Cost')).toEqual({ ok: true, value });
  });

  it('reads an empty box as no amount', () => {
    expect(parseMoneyInput('  ', 'Cost')).toEqual({ ok: true, value: undefined });
  });

  it.each([
    ['-5', 'Deal value cannot be negative'],
    ['−5', 'Deal value cannot be negative'],
    ['ten', 'Enter the deal value as a number, such as 12500 or 12,500.50'],
    ['1e5', 'Enter the deal value as a number, such as 12500 or 12,500.50'],
    ['12.5.3', 'Enter the deal value as a number, such as 12500 or 12,500.50'],
    ['$1200', 'Enter the deal value as a number, such as 12500 or 12,500.50'],
    ['1,25', 'Enter the deal value as a number, such as 12500 or 12,500.50'],
  ])('refuses “%s”: %s', (text, error) => {
    expect(parseMoneyInput(text, 'Deal value')).toEqual({ ok: false, error });
  });
});

const form = (patch: Partial<CampaignFormInput>): CampaignFormInput => ({ ...campaignFormFrom(), name: 'Q4 social', ...patch });

describe('parseCampaignForm', () => {
  it('turns the typed form into campaign fields', () => {
    const result = parseCampaignForm(
      form({
        channel: 'webinar',
        medium: ' webinar ',
        utmCampaign: 'autumn-webinar',
        cost: '1,500.50',
        goalLeads: '200',
        startDate: '2026-10-01',
        endDate: '2026-10-31',
      }),
    );
    expect(result).toEqual({
      ok: true,
      fields: {
        name: 'Q4 social',
        channel: 'webinar',
        medium: 'webinar',
        utmCampaign: 'autumn-webinar',
        utmSource: undefined,
        startDate: '2026-10-01',
        endDate: '2026-10-31',
        cost: 1500.5,
        goalLeads: 200,
        owner: undefined,
        notes: '',
        status: 'active',
      },
    });
  });

  it('names every problem next to its field and saves nothing', () => {
    const result = parseCampaignForm(form({ name: ' ', cost: '-200', goalLeads: '12.5', startDate: '2026-11-01', endDate: '2026-10-01' }));
    expect(result).toEqual({
      ok: false,
      errors: {
        name: 'Give the campaign a name',
        cost: 'Cost cannot be negative',
        goalLeads: 'Enter the goal as a whole number of leads',
        endDate: 'The campaign ends before it starts',
      },
    });
    expect(parseCampaignForm(form({ cost: 'a lot' }))).toEqual({
      ok: false,
      errors: { cost: 'Enter the cost as a number, such as 12500 or 12,500.50' },
    });
  });

  it('treats an empty cost as zero', () => {
    const result = parseCampaignForm(form({ cost: '' }));
    expect(result.ok && result.fields.cost).toBe(0);
  });
});
