import { describe, expect, it } from 'vitest';
import { leadRowFrom, LeadRowSchema, reportedProblems, SEARCH_TOKEN_START, withDerivedKeys, type LeadRow } from '@/lib/db';
import { leadEmailState } from '@/lib/emails';
import { foldText } from '@/lib/keys';
import { LeadSchema } from '@/lib/model';

const CREATED = Date.UTC(2026, 10, 2, 9, 30);
const stored = (fields: Record<string, unknown> = {}): Record<string, unknown> => ({
  ...withDerivedKeys(
    LeadSchema.parse({
      id: 'lead-ines',
      fullName: 'Inès Okonkwo-Laurent',
      title: 'Head of Field Marketing',
      company: 'Fernhill Cartography',
      emails: ['ines@fernhill.example', 'ines.private@mailbox.example'],
      stage: 'presentation',
      dealValue: 12_500.5,
      dealCurrency: 'EUR',
      owner: 'Tomasz',
      capturedFrom: 'sales-navigator',
      sourceTags: { utm_source: 'spring-webinar', utm_medium: 'email' },
      campaignIds: ['camp-spring', 'camp-retarget'],
      firstTouchCampaignId: 'camp-spring',
      lastTouchCampaignId: 'camp-retarget',
      expectedCloseDate: '2027-01-15',
      createdAt: CREATED,
      updatedAt: CREATED + 3_600_000,
    }),
  ),
  ...fields,
});

// The oracle: the rows' own schema, then the same projection.
function schemaRow(raw: unknown) {
  const parsed = LeadRowSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const { emails, emailGuesses, sourceTags, search, ...lead } = parsed.data;
  return {
    ...lead,
    tokens: search,
    email: emails[0],
    emailState: leadEmailState({ emails, emailGuesses }),
    utmSource: sourceTags.utm_source,
    sortName: foldText(lead.fullName),
    sortCompany: foldText(lead.company ?? ''),
  };
}

/** The search tokens a row holds, one after each `SEARCH_TOKEN_START`. */
const tokensOf = (row: LeadRow) => (row.searchText ? row.searchText.split(SEARCH_TOKEN_START).slice(1) : []);
/** A row with its search tokens as a list, to compare with the schema's. */
const withTokens = (row: LeadRow | undefined) => {
  if (!row) return undefined;
  const { searchText: _text, ...rest } = row;
  return { ...rest, tokens: tokensOf(row) };
};

const problemFor = (id: string) => reportedProblems().find((problem) => problem.store === 'leads' && problem.key === id);

describe('lead rows for the table, the board and the reports', () => {
  it('keeps what the table shows of a stored lead, exactly', () => {
    const row = leadRowFrom(stored())!;
    expect(row).toMatchObject({
      id: 'lead-ines',
      fullName: 'Inès Okonkwo-Laurent',
      title: 'Head of Field Marketing',
      company: 'Fernhill Cartography',
      email: 'ines@fernhill.example',
      emailState: 'confirmed',
      stage: 'presentation',
      dealValue: 12_500.5,
      dealCurrency: 'EUR',
      owner: 'Tomasz',
      capturedFrom: 'sales-navigator',
      utmSource: 'spring-webinar',
      campaignIds: ['camp-spring', 'camp-retarget'],
      firstTouchCampaignId: 'camp-spring',
      lastTouchCampaignId: 'camp-retarget',
      expectedCloseDate: '2027-01-15',
      createdAt: CREATED,
      updatedAt: CREATED + 3_600_000,
      sortName: 'ines okonkwo laurent',
      sortCompany: 'fernhill cartography',
    });
    expect(tokensOf(row)).toEqual([
      'ines',
      'okonkwo',
      'laurent',
      'fernhill',
      'cartography',
      'ines@fernhill.example',
      'example',
      'ines.private@mailbox.example',
      'mailbox',
    ]);
    expect(row).not.toHaveProperty('emails');
    expect(row).not.toHaveProperty('notes');
  });

  it('gives a lead stored before a field existed the schema’s defaults', () => {
    const {
      stage: _stage,
      capturedFrom: _from,
      sourceTags: _tags,
      emails: _emails,
      campaignIds: _ids,
      search: _search,
      ...bare
    } = stored();
    expect(leadRowFrom(bare)).toMatchObject({
      stage: 'new',
      capturedFrom: 'manual',
      utmSource: undefined,
      email: undefined,
      emailState: 'none',
      campaignIds: [],
      searchText: '',
    });
  });

  it('reads what the schema would tidy as the schema tidies it', () => {
    expect(leadRowFrom(stored({ fullName: '  Inès Okonkwo  ', company: 'Fernhill\u00a0', owner: ' Tomasz' }))).toMatchObject({
      fullName: 'Inès Okonkwo',
      company: 'Fernhill',
      owner: 'Tomasz',
      sortName: 'ines okonkwo',
    });
    expect(leadRowFrom(stored({ emails: [' Ines@Fernhill.EXAMPLE'] }))?.email).toBe('ines@fernhill.example');
  });

  it('tells a guessed address from a confirmed one', () => {
    const guess = { email: 'ines@fernhill.example', pattern: 'first', support: 3, total: 4, evidence: '3 of 4', at: CREATED };
    expect(leadRowFrom(stored({ emails: ['ines@fernhill.example'], emailGuesses: [guess] }))?.emailState).toBe('guessed');
    expect(
      leadRowFrom(stored({ emails: ['ines@fernhill.example'], emailGuesses: [{ ...guess, confirmedAt: CREATED, confirmedBy: 'reply' }] }))
        ?.emailState,
    ).toBe('confirmed');
  });

  it.each([
    ['an empty name', { fullName: '   ' }],
    ['a name of 201 characters', { fullName: 'N'.repeat(201) }],
    ['an address that is not one', { emails: ['ines at fernhill'] }],
    ['21 addresses', { emails: Array.from({ length: 21 }, (_, i) => `p${i}@fernhill.example`) }],
    ['a stage this version does not know', { stage: 'archived' }],
    ['a negative deal', { dealValue: -5 }],
    ['a deal that is not a number', { dealValue: Number.NaN }],
    ['a currency in lower case', { dealCurrency: 'eur' }],
    ['a close date with a time', { expectedCloseDate: '2027-01-15T10:00' }],
    ['a fractional time', { updatedAt: CREATED + 0.5 }],
    ['a time past the safe integers', { createdAt: 2 ** 53 }],
    ['an unknown capture source', { capturedFrom: 'fax' }],
    ['a UTM source of 201 characters', { sourceTags: { utm_source: 'u'.repeat(201) } }],
    ['UTM tags as a list', { sourceTags: ['spring'] }],
    ['an empty campaign id', { campaignIds: ['camp-spring', ''] }],
    ['a search word that is a number', { search: ['ines', 7] }],
    ['a guess without its evidence numbers', { emailGuesses: [{ email: 'ines@fernhill.example' }] }],
    ['no id', { id: undefined }],
    ['a null title', { title: null }],
  ])('leaves out and reports a lead with %s', (_what, fields) => {
    const id = `lead-${_what.replace(/\W+/g, '-')}`;
    const raw = stored({ ...fields, id: 'id' in fields ? fields.id : id });
    expect(leadRowFrom(raw)).toBeUndefined();
    if ('id' in fields) expect(reportedProblems().some((problem) => problem.store === 'leads' && problem.key === 'undefined')).toBe(true);
    else expect(problemFor(id)?.message).toBeTruthy();
  });

  it('agrees with the schema on every mix of tidy, untidy and wrong fields', () => {
    // Candidate values per field: stored as Leadline writes them, as the schema would tidy, and wrong.
    const CHOICES: Record<string, unknown[]> = {
      fullName: [' Ada ', 'Ada Lindqvist', '', 'Ä'.repeat(200), 'Ä'.repeat(201), 42],
      title: [undefined, 'CTO', 'CTO ', 't'.repeat(301), null],
      company: [undefined, 'Brightwater', '\tBrightwater', ''],
      owner: [undefined, 'Mia', ' Mia', 'o'.repeat(101)],
      emails: [undefined, [], ['ada@brightwater.example'], ['Ada@Brightwater.example'], ['ada@'], 'ada@brightwater.example', [undefined]],
      emailGuesses: [undefined, [], {}, [{ email: 'ada@brightwater.example', pattern: 'first', support: 1, total: 1, at: 1 }]],
      stage: [undefined, 'won', 'Won', 3],
      dealValue: [undefined, 0, -0, 99.99, -1, Infinity, '100'],
      dealCurrency: [undefined, 'SEK', 'SEKK', 'sek'],
      capturedFrom: [undefined, 'gmail', 'import', 'bluesky', 'GMAIL'],
      sourceTags: [undefined, {}, { utm_source: 'fair' }, { utm_source: ' fair ' }, { utm_term: 5 }, { other: 'x' }, null],
      campaignIds: [undefined, ['c1'], ['c'.repeat(201)], 'c1'],
      firstTouchCampaignId: [undefined, 'c1', ''],
      lastTouchCampaignId: [undefined, 'c2', 7],
      createdAt: [0, 1_700_000_000_000, -1, 1.25, '1700000000000', undefined],
      updatedAt: [1_700_000_000_000, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2],
      closedAt: [undefined, 1_700_000_000_000, -3],
      expectedCloseDate: [undefined, '2027-02-28', '27-02-28'],
      search: [undefined, [], ['ada', 'lindqvist'], [null]],
    };
    let seed = 20_261_206;
    const pick = <T>(values: T[]): T => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return values[seed % values.length]!;
    };
    let accepted = 0;
    for (let round = 0; round < 3000; round++) {
      const raw: Record<string, unknown> = { id: `lead-${round}`, notes: 'kept out of the row' };
      // Most rounds change one or two fields of a valid lead, so both outcomes come up often.
      const base = { ...Object.fromEntries(Object.entries(CHOICES).map(([key, values]) => [key, values[1]])) };
      Object.assign(raw, base);
      for (let change = 0; change < 1 + (round % 3); change++) {
        const key = pick(Object.keys(CHOICES));
        raw[key] = pick(CHOICES[key]!);
      }
      for (const key of Object.keys(raw)) if (raw[key] === undefined && round % 2) delete raw[key];
      const expected = schemaRow(raw);
      const row = withTokens(leadRowFrom(raw));
      expect(row, JSON.stringify(raw)).toEqual(expected);
      if (expected) accepted++;
    }
    expect(accepted).toBeGreaterThan(300);
    expect(accepted).toBeLessThan(2700);
  });
});
