import { describe, expect, it } from 'vitest';
import { leadRowFrom, withDerivedKeys, type LeadRow } from '@/lib/db';
import {
  DEFAULT_SORT,
  EMPTY_FILTERS,
  filterLeadRows,
  filtersFromQuery,
  filtersToQuery,
  NO_CAMPAIGN_FILTER,
  NO_OWNER_FILTER,
  sortLeadRows,
  stageMoveEdit,
} from '@/lib/leads';
import { LeadSchema, type LeadInput } from '@/lib/model';

const day = (d: number, hour = 12) => new Date(2026, 10, d, hour).getTime();
const row = (input: Partial<LeadInput> & { id: string; fullName: string }): LeadRow =>
  leadRowFrom(withDerivedKeys(LeadSchema.parse({ createdAt: day(1), updatedAt: day(1), ...input })))!;

const ROWS = [
  row({
    id: '1',
    fullName: 'Rosa Marchetti',
    company: 'Ironbark Energy',
    emails: ['rosa@ironbark.example'],
    stage: 'won',
    dealValue: 9000,
    owner: 'Sven',
    campaignIds: ['q4'],
    capturedFrom: 'linkedin',
    createdAt: day(2),
    updatedAt: day(20),
  }),
  row({
    id: '2',
    fullName: 'Élif Yilmaz',
    company: 'Copperleaf Health',
    stage: 'new',
    capturedFrom: 'gmail',
    sourceTags: { utm_source: 'newsletter' },
    createdAt: day(10),
    updatedAt: day(11),
  }),
  row({
    id: '3',
    fullName: 'Bruno Achterberg',
    company: 'Acme',
    stage: 'qualified',
    dealValue: 1200,
    owner: 'Maren',
    campaignIds: ['q4', 'webinar'],
    capturedFrom: 'linkedin',
    createdAt: day(15, 23),
    updatedAt: day(16),
  }),
  row({ id: '4', fullName: 'Dario Drummond', stage: 'lost', createdAt: day(16, 0), updatedAt: day(17) }),
];
const names = (rows: LeadRow[]) => rows.map((r) => r.fullName);

describe('leads table filters', () => {
  it('search every word as a prefix of a name, company or email word, accent-blind', () => {
    expect(names(filterLeadRows(ROWS, { ...EMPTY_FILTERS, query: 'elif copper' }))).toEqual(['Élif Yilmaz']);
    expect(names(filterLeadRows(ROWS, { ...EMPTY_FILTERS, query: 'iron' }))).toEqual(['Rosa Marchetti']);
    expect(names(filterLeadRows(ROWS, { ...EMPTY_FILTERS, query: 'rosa zzz' }))).toEqual([]);
    // A word must start a token: inside one ("chetti" of Marchetti, "bark" of Ironbark) or across
    // two ("rosamar") it finds nothing.
    expect(names(filterLeadRows(ROWS, { ...EMPTY_FILTERS, query: 'chetti' }))).toEqual([]);
    expect(names(filterLeadRows(ROWS, { ...EMPTY_FILTERS, query: 'bark' }))).toEqual([]);
    expect(names(filterLeadRows(ROWS, { ...EMPTY_FILTERS, query: 'rosamar' }))).toEqual([]);
    expect(names(filterLeadRows(ROWS, { ...EMPTY_FILTERS, query: 'rosa@iron' }))).toEqual(['Rosa Marchetti']);
  });

  it('filter by campaign (or none), stage, owner (or unassigned) and source (site or UTM)', () => {
    expect(names(filterLeadRows(ROWS, { ...EMPTY_FILTERS, campaign: 'webinar' }))).toEqual(['Bruno Achterberg']);
    expect(names(filterLeadRows(ROWS, { ...EMPTY_FILTERS, campaign: NO_CAMPAIGN_FILTER }))).toEqual(['Élif Yilmaz', 'Dario Drummond']);
    expect(names(filterLeadRows(ROWS, { ...EMPTY_FILTERS, stage: 'lost' }))).toEqual(['Dario Drummond']);
    expect(names(filterLeadRows(ROWS, { ...EMPTY_FILTERS, owner: NO_OWNER_FILTER }))).toEqual(['Élif Yilmaz', 'Dario Drummond']);
    expect(names(filterLeadRows(ROWS, { ...EMPTY_FILTERS, owner: 'Maren', source: 'site:linkedin' }))).toEqual(['Bruno Achterberg']);
    expect(names(filterLeadRows(ROWS, { ...EMPTY_FILTERS, source: 'utm:newsletter' }))).toEqual(['Élif Yilmaz']);
  });

  it('filter by local capture date, both ends inclusive', () => {
    expect(names(filterLeadRows(ROWS, { ...EMPTY_FILTERS, from: '2026-11-10', to: '2026-11-15' }))).toEqual([
      'Élif Yilmaz',
      'Bruno Achterberg',
    ]);
    expect(names(filterLeadRows(ROWS, { ...EMPTY_FILTERS, from: '2026-11-16' }))).toEqual(['Dario Drummond']);
  });
});

describe('leads table sort', () => {
  it('sorts by name accent-blind, by value with empty values last either way, and by update by default', () => {
    expect(names(sortLeadRows([...ROWS], { key: 'name', direction: 'asc' }))).toEqual([
      'Bruno Achterberg',
      'Dario Drummond',
      'Élif Yilmaz',
      'Rosa Marchetti',
    ]);
    expect(names(sortLeadRows([...ROWS], { key: 'dealValue', direction: 'desc' }))).toEqual([
      'Rosa Marchetti',
      'Bruno Achterberg',
      'Dario Drummond',
      'Élif Yilmaz',
    ]);
    expect(names(sortLeadRows([...ROWS], { key: 'dealValue', direction: 'asc' }))).toEqual([
      'Bruno Achterberg',
      'Rosa Marchetti',
      'Dario Drummond',
      'Élif Yilmaz',
    ]);
    expect(names(sortLeadRows([...ROWS], DEFAULT_SORT))).toEqual(['Rosa Marchetti', 'Dario Drummond', 'Bruno Achterberg', 'Élif Yilmaz']);
    expect(names(sortLeadRows([...ROWS], { key: 'stage', direction: 'asc' }))).toEqual([
      'Élif Yilmaz',
      'Bruno Achterberg',
      'Rosa Marchetti',
      'Dario Drummond',
    ]);
  });
});

describe('saved filters', () => {
  it('round-trip filters and sort through the stored string map', () => {
    const filters = {
      ...EMPTY_FILTERS,
      query: 'rosa',
      campaign: 'q4',
      stage: 'won' as const,
      source: 'utm:news:letter',
      from: '2026-11-01',
    };
    const sort = { key: 'dealValue' as const, direction: 'asc' as const };
    const query = filtersToQuery(filters, sort);
    expect(query).toEqual({
      query: 'rosa',
      campaign: 'q4',
      stage: 'won',
      source: 'utm:news:letter',
      from: '2026-11-01',
      sort: 'dealValue:asc',
    });
    expect(filtersFromQuery(query)).toEqual({ filters, sort });
  });

  it('drop what a tampered saved filter holds that the table cannot use', () => {
    expect(filtersFromQuery({ stage: 'nowhere', source: 'site:myspace', from: '11/01/2026', sort: 'password:asc' })).toEqual({
      filters: EMPTY_FILTERS,
      sort: DEFAULT_SORT,
    });
  });
});

describe('stageMoveEdit', () => {
  const open = {
    stage: 'negotiation' as const,
    dealValue: 5000,
    dealCurrency: undefined,
    expectedCloseDate: undefined,
    lostReason: undefined,
  };

  it('moves to won with a new value in the workspace currency, leaving unchanged details out', () => {
    expect(stageMoveEdit(open, 'won', { dealValue: 7500, dealCurrency: undefined, expectedCloseDate: undefined })).toEqual({
      deal: { stage: 'won', dealValue: 7500, dealCurrency: undefined },
    });
    expect(stageMoveEdit(open, 'won', { dealValue: 5000 })).toEqual({ deal: { stage: 'won' } });
  });

  it('records a trimmed lost reason, and clears it when the deal is revived', () => {
    expect(stageMoveEdit(open, 'lost', { lostReason: '  Budget frozen ' })).toEqual({
      deal: { stage: 'lost', lostReason: 'Budget frozen' },
    });
    expect(stageMoveEdit({ ...open, stage: 'lost', lostReason: 'Budget frozen' }, 'qualified')).toEqual({
      deal: { stage: 'qualified', lostReason: undefined },
    });
  });
});
