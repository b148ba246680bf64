import { describe, expect, it } from 'vitest';
import { allLeads } from '@/lib/db';
import { saveFromPage } from '@/lib/capture/page-save';
import { saveLead } from '@/lib/leads';
import { freshDb } from '../db-helpers';

const URL_A = 'https://www.linkedin.com/in/signe-vallgren/';

describe('a save from the in-page LinkedIn button', () => {
  it('never renames or overwrites a stored lead; it only fills empty fields', async () => {
    const db = await freshDb();
    await saveLead(
      db,
      { patch: { fullName: 'Signe Vallgren', company: 'Meridian Data', linkedinUrl: URL_A }, origin: { kind: 'manual' } },
      1000,
    );
    // The page's script swapped the top card for fake markup naming someone else.
    const reply = await saveFromPage(
      db,
      {
        source: 'linkedin',
        sourceUrl: URL_A,
        linkedinUrl: URL_A,
        fullName: 'Mallory Pratt',
        company: 'Evil Corp',
        title: 'Buyer',
        evidence: {},
      },
      2000,
    );
    expect(reply).toEqual({ saved: true });
    const [lead, ...others] = await allLeads(db);
    expect(others).toEqual([]);
    expect(lead).toMatchObject({ fullName: 'Signe Vallgren', company: 'Meridian Data', title: 'Buyer' });
  });

  it('saves a person not yet stored as a new lead with what the top card shows', async () => {
    const db = await freshDb();
    await saveFromPage(
      db,
      { source: 'linkedin', sourceUrl: URL_A, fullName: 'Signe Vallgren', linkedinUrl: URL_A, title: 'CTO', evidence: {} },
      2000,
    );
    expect(await allLeads(db)).toMatchObject([{ fullName: 'Signe Vallgren', title: 'CTO', linkedinUrl: URL_A }]);
  });
});
