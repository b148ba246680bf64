import { beforeEach, describe, expect, it } from 'vitest';
import { allLeads, type LeadlineDB } from '@/lib/db';
import { picker, seededRandom } from '@/lib/demo/random';
import { importCsvText } from '@/lib/io/import-csv';
import { saveLead } from '@/lib/leads';
import { freshDb } from '../db-helpers';

const HEADER = 'First Name,Last Name,Email,Company,LinkedIn URL,Title';

let db: LeadlineDB;
beforeEach(async () => {
  db = await freshDb();
});

describe('import keeps people with different strong keys apart', () => {
  it('two Kai Smith / Harbor Dental rows with different emails and LinkedIn URLs become two leads, listed as possible duplicates', async () => {
    const csv = [
      HEADER,
      'Kai,Smith,kai.smith@harbor-dental.example,Harbor Dental,https://www.linkedin.com/in/kai-smith-dds/,Dentist',
      'Kai,Smith,ksmith@harbordental-billing.example,Harbor Dental,https://www.linkedin.com/in/kai-smith-7b21/,Billing Lead',
    ].join('\n');
    const { plan } = await importCsvText(db, csv, {}, 1000);
    expect(plan.counts).toMatchObject({ new: 2, update: 0, conflict: 0 });
    expect(plan.possibleDuplicates).toBe(1);
    expect(plan.outcomes[1]).toMatchObject({
      line: 3,
      status: 'new',
      possibleDuplicates: [{ name: 'Kai Smith', line: 2, differs: ['email', 'LinkedIn profile'] }],
      note: 'Possible duplicate of Kai Smith (line 2; different email, LinkedIn profile): kept as a separate lead',
    });
    const leads = await allLeads(db);
    expect(leads.map((lead) => [lead.emails, lead.linkedinUrl, lead.title]).sort()).toEqual([
      [['kai.smith@harbor-dental.example'], 'https://www.linkedin.com/in/kai-smith-dds/', 'Dentist'],
      [['ksmith@harbordental-billing.example'], 'https://www.linkedin.com/in/kai-smith-7b21/', 'Billing Lead'],
    ]);
  });

  it('a row whose strong keys disagree with a stored lead of the same name and company is new; one with no strong key updates it', async () => {
    const stored = await saveLead(
      db,
      {
        patch: { fullName: 'Kai Smith', company: 'Harbor Dental', emails: ['kai.smith@harbor-dental.example'] },
        origin: { kind: 'manual' },
      },
      500,
    );
    const csv = [HEADER, 'Kai,Smith,ksmith@elsewhere.example,Harbor Dental,,Billing Lead', 'Kai,Smith,,Harbor Dental,,'].join('\n');
    const { plan } = await importCsvText(db, csv, {}, 1000);
    expect(plan.outcomes.map((outcome) => outcome.status)).toEqual(['new', 'conflict']);
    expect(plan.outcomes[0]!.possibleDuplicates).toEqual([{ leadId: stored.lead.id, name: 'Kai Smith', differs: ['email'] }]);
    // The second row has no strong key: it may only be one of them, so it is a conflict (two candidates), not a merge.
    expect(plan.outcomes[1]!.note).toMatch(/Matches 2 different leads/);
    expect(await allLeads(db)).toHaveLength(2);
  });

  it('a 5,000-row file of common names merges no two people with different strong keys', async () => {
    const pick = picker(seededRandom(17));
    const first = ['Kai', 'Anna', 'Li', 'Sam', 'Maria', 'Omar', 'Eva', 'Noah', 'Mia', 'Jon'];
    const last = ['Smith', 'Nguyen', 'Garcia', 'Kim', 'Müller', 'Khan', 'Rossi', 'Berg'];
    const companies = ['Harbor Dental', 'Northwind', 'Globex', 'Initech', 'Umbrella Health'];
    interface Person {
      first: string;
      last: string;
      email: string;
      company: string;
      linkedin: string;
    }
    const people: Person[] = [];
    const lines = [HEADER];
    let repeats = 0;
    for (let i = 0; i < 5000; i++) {
      // One row in ten repeats someone already in the file (same email and LinkedIn URL): those must merge.
      if (people.length && pick.chance(0.1)) {
        const again = pick.one(people);
        lines.push(`${again.first},${again.last},${again.email},${again.company},${again.linkedin},`);
        repeats++;
        continue;
      }
      const person = {
        first: pick.one(first),
        last: pick.one(last),
        company: pick.one(companies),
        email: `p${i}@mail${i % 7}.example`,
        linkedin: pick.chance(0.5) ? `https://www.linkedin.com/in/person-${i}/` : '',
      };
      people.push(person);
      lines.push(`${person.first},${person.last},${person.email},${person.company},${person.linkedin},`);
    }
    const { plan } = await importCsvText(db, lines.join('\n'), {}, 1000);
    const leads = await allLeads(db);
    expect(leads).toHaveLength(people.length);
    expect(plan.counts.new).toBe(people.length);
    expect(plan.counts.unchanged + plan.counts.update).toBe(repeats);
    // Every lead holds exactly one person's email and, at most, that person's LinkedIn URL.
    const byEmail = new Map(people.map((person) => [person.email, person]));
    for (const lead of leads) {
      expect(lead.emails).toHaveLength(1);
      const person = byEmail.get(lead.emails[0]!)!;
      expect(lead.fullName).toBe(`${person.first} ${person.last}`);
      expect(lead.linkedinUrl ?? '').toBe(person.linkedin);
    }
    // With 400 name + company combinations, most rows share theirs with someone else.
    expect(plan.possibleDuplicates).toBeGreaterThan(4000);
  }, 120_000);
});
