import { describe, expect, it } from 'vitest';
import { allLeads } from '@/lib/db';
import { importCsvText } from '@/lib/io/import-csv';
import { leadsToCsv } from '@/lib/io/csv';
import { checkTemplate, renderTemplate } from '@/lib/templates';
import { freshDb } from '../db-helpers';

const BUILT_INS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty'];
const lead = { fullName: 'Rune Aaltonen', emails: [], customFields: {} as Record<string, string> };

describe('custom fields named after built-in object properties', () => {
  it.each(BUILT_INS)('a template renders the fallback of {{custom.%s|…}} for a lead without it', (key) => {
    expect(renderTemplate({ body: `Tier: {{custom.${key}|standard}}` }, { lead, senderName: 'Maya' })).toEqual({
      ok: true,
      subject: '',
      body: 'Tier: standard',
    });
  });

  it.each(BUILT_INS)('a template renders the lead’s own %s value', (key) => {
    const withField = { ...lead, customFields: { [key]: 'gold' } };
    expect(renderTemplate({ body: `Tier: {{custom.${key}}}` }, { lead: withField, senderName: 'Maya' })).toMatchObject({
      body: 'Tier: gold',
    });
  });

  it.each(BUILT_INS)('{{%s}} is refused as an unknown field', (key) => {
    expect(
      checkTemplate({ body: `Hi {{${key}}}` })
        .map((problem) => problem.message)
        .join(' '),
    ).toContain(key);
  });

  it('a CSV "Custom: toString" column imports, and exports again', async () => {
    const db = await freshDb();
    const csv =
      'Full name,Email,Custom: toString,Custom: constructor,Custom: valueOf\r\nRune Aaltonen,rune@kivi.example,gold,builder,high\r\n';
    const { plan } = await importCsvText(db, csv, {}, 1000);
    expect(plan.counts.new).toBe(1);
    const [stored] = await allLeads(db);
    expect(stored!.customFields).toEqual({ toString: 'gold', constructor: 'builder', valueOf: 'high' });
    // A second file fills the field on the existing lead only when the lead does not have it as its own.
    await importCsvText(db, 'Email,Custom: hasOwnProperty\r\nrune@kivi.example,yes\r\n', {}, 2000);
    expect((await allLeads(db))[0]!.customFields).toMatchObject({ hasOwnProperty: 'yes' });
    expect(leadsToCsv(await allLeads(db))).toContain('gold');
  });
});
