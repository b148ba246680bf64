// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { companyOfLead, companyPatchFromDraft, previewCompany, saveCompany } from '@/lib/companies/save-company';
import { getLead, type LeadlineDB } from '@/lib/db';
import { saveLead } from '@/lib/leads';
import { extractProspects } from '@/lib/extract';
import { freshDb } from '../db-helpers';
import { loadFixture } from '../extract-helpers';

const PAGE = 'https://www.linkedin.com/company/northwind-robotics/about/';
const manual = { kind: 'manual' } as const;

let db: LeadlineDB;
beforeEach(async () => {
  db = await freshDb();
});

function northwind() {
  const [draft] = extractProspects(loadFixture('linkedin/company-about.html'), PAGE);
  return companyPatchFromDraft(draft!);
}

describe('saveCompany', () => {
  it('stores a company captured from its LinkedIn page and attaches the leads of that company', async () => {
    const byName = await saveLead(db, { patch: { fullName: 'Kasper Holm', company: 'Northwind Robotics ApS' }, origin: manual });
    const byDomain = await saveLead(db, {
      patch: { fullName: 'Aiyana Redcloud', companyDomain: 'northwind-robotics.example' },
      origin: manual,
    });
    const other = await saveLead(db, { patch: { fullName: 'Bastien Galloway', company: 'Northwind Logistics' }, origin: manual });

    expect((await previewCompany(db, northwind())).leads.map((lead) => lead.fullName).sort()).toEqual(['Aiyana Redcloud', 'Kasper Holm']);
    const result = await saveCompany(db, northwind(), { source: 'linkedin', url: PAGE, at: 10 }, 10);
    expect(result).toMatchObject({ created: true, attached: 2 });
    expect(result.company).toMatchObject({
      name: 'Northwind Robotics',
      domain: 'northwind-robotics.example',
      linkedinUrl: 'https://www.linkedin.com/company/northwind-robotics/',
      websiteUrl: 'https://www.northwind-robotics.example/',
      industry: 'Industrial Automation',
      size: '51-200 employees',
      headquarters: 'Aarhus, Central Denmark Region',
    });

    const kasper = await getLead(db, byName.lead.id);
    expect(kasper).toMatchObject({ companyId: result.company.id, companyDomain: 'northwind-robotics.example' });
    expect(kasper?.provenance.companyDomain).toEqual({ source: 'linkedin', url: PAGE, at: 10, strategy: 'company page' });
    expect((await getLead(db, byDomain.lead.id))?.companyId).toBe(result.company.id);
    expect((await getLead(db, other.lead.id))?.companyId).toBeUndefined();
    expect(await companyOfLead(db, kasper!)).toMatchObject({ name: 'Northwind Robotics' });
  });

  it('finds the company again by its LinkedIn page and reports what changed', async () => {
    const first = await saveCompany(db, { ...northwind(), size: '11-50 employees' }, { source: 'linkedin', at: 1 }, 1);
    const preview = await previewCompany(db, northwind());
    expect(preview.existing?.id).toBe(first.company.id);
    expect(preview.changes).toEqual([{ field: 'size', before: '11-50 employees', after: '51-200 employees' }]);
    const second = await saveCompany(db, northwind(), { source: 'linkedin', at: 2 }, 2);
    expect(second).toMatchObject({
      created: false,
      changes: [{ field: 'size' }],
      company: { id: first.company.id, size: '51-200 employees', updatedAt: 2 },
    });
    expect(await db.count('companies')).toBe(1);
  });

  it('refuses a company without a name and writes nothing', async () => {
    await expect(saveCompany(db, { domain: 'x.example' }, { source: 'web', at: 1 })).rejects.toThrow('A company needs a name');
    expect(await db.count('companies')).toBe(0);
  });
});
