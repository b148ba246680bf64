import { beforeEach, describe, expect, it } from 'vitest';
import { allLeads, getAllRecords, leadTimeline, type LeadlineDB } from '@/lib/db';
import { generateDemoData, loadSampleData } from '@/lib/demo';
import { checkRows, resolveMapping } from '@/lib/io/csv';
import { parseCsvTable } from '@/lib/io/csv-table';
import { applyImport, importHistory, previewUndo, undoImport } from '@/lib/io/import-apply';
import { importCsvText } from '@/lib/io/import-csv';
import { planImport } from '@/lib/io/import-plan';
import { saveLead, updateLead } from '@/lib/leads';
import { exportText, freshDb } from '../db-helpers';

const HUBSPOT = [
  'Record ID,First Name,Last Name,Email,Phone Number,Job Title,Company Name,City',
  '1,Greta,Halvorsen,greta@bluefin-logistics.example,+47 22 00 00 00,Head of Sales,Bluefin Logistics,Oslo',
  '2,Hugo,Valcourt,hugo@harborlight.example,,CMO,Harborlight Media,Lyon',
  '3,Ilse,Zeller,ilse@juniperlabs.example,,CTO,Juniper Labs,Vienna',
].join('\r\n');

let db: LeadlineDB;
beforeEach(async () => {
  db = await freshDb();
});

function prepare(text: string) {
  const table = parseCsvTable(text);
  const { preset, mapping } = resolveMapping(table.headers);
  return { preset, ...checkRows(table, mapping) };
}

describe('import', () => {
  it('creates leads from a file with “Import” provenance, a timeline entry and a history record', async () => {
    const { record, plan } = await importCsvText(db, HUBSPOT, { fileName: 'hubspot.csv' }, 1000);
    expect(plan.counts).toMatchObject({ new: 3, update: 0, unchanged: 0, conflict: 0, errors: 0 });
    const leads = await allLeads(db);
    expect(leads.map((lead) => lead.fullName).sort()).toEqual(['Greta Halvorsen', 'Hugo Valcourt', 'Ilse Zeller']);
    const greta = leads.find((lead) => lead.fullName === 'Greta Halvorsen')!;
    expect(greta).toMatchObject({
      emails: ['greta@bluefin-logistics.example'],
      phones: ['+47 22 00 00 00'],
      title: 'Head of Sales',
      company: 'Bluefin Logistics',
      location: 'Oslo',
      capturedFrom: 'import',
      customFields: { HubSpot_Record_ID: '1' },
    });
    expect(greta.provenance.title).toEqual({ source: 'import', at: 1000 });
    expect((await leadTimeline(db, greta.id)).map((a) => a.summary)).toEqual(['Imported (hubspot.csv)']);
    expect(record).toMatchObject({
      fileName: 'hubspot.csv',
      preset: 'hubspot',
      status: 'applied',
      counts: { created: 3, updated: 0, unchanged: 0, skipped: 0 },
    });
    expect((await importHistory(db)).map((r) => r.id)).toEqual([record!.id]);
  });

  it('changes nothing when the same file is imported again', async () => {
    await importCsvText(db, HUBSPOT, {}, 1000);
    const before = { leads: await db.getAll('leads'), activities: await db.getAll('activities'), imports: await db.getAll('imports') };
    const again = await importCsvText(db, HUBSPOT, {}, 2000);
    expect(again.record).toBeUndefined();
    expect(again.plan.counts).toMatchObject({ new: 0, update: 0, unchanged: 3 });
    expect({ leads: await db.getAll('leads'), activities: await db.getAll('activities'), imports: await db.getAll('imports') }).toEqual(
      before,
    );
  });

  it('reports new, will-update and conflicts against stored leads, and keeps what the user typed', async () => {
    const { lead: greta } = await saveLead(
      db,
      { patch: { fullName: 'Greta Halvorsen', emails: ['greta@bluefin-logistics.example'] }, origin: { kind: 'manual' } },
      10,
    );
    const { lead: hugo } = await saveLead(
      db,
      { patch: { fullName: 'Hugo Valcourt', emails: ['hugo@harborlight.example'] }, origin: { kind: 'manual' } },
      10,
    );
    await updateLead(db, hugo.id, { fields: { title: 'Chief Marketing Officer' } }, 20);
    const { lead: ilseByMail } = await saveLead(
      db,
      { patch: { fullName: 'Ilse Zeller', emails: ['ilse@juniperlabs.example'] }, origin: { kind: 'manual' } },
      10,
    );
    const { lead: ilseByLinkedin } = await saveLead(
      db,
      { patch: { fullName: 'I. Zeller', linkedinUrl: 'https://www.linkedin.com/in/ilse-zeller/' }, origin: { kind: 'manual' } },
      10,
    );
    const text = [
      'Name,Email,Title,LinkedIn URL',
      'Greta Halvorsen,GRETA@bluefin-logistics.example,Head of Sales,',
      'Hugo Valcourt,hugo@harborlight.example,CMO,',
      'Ilse Zeller,ilse@juniperlabs.example,CTO,linkedin.com/in/Ilse-Zeller',
      'Jonas Jablonski,jonas@kestrel.example,VP Sales,',
      'Jonas Jablonski,jonas@kestrel.example,,https://www.linkedin.com/in/jonas-j/',
      'Broken,not-an-email,,',
    ].join('\n');
    const { rows, errors } = prepare(text);
    const plan = await planImport(db, rows, errors, {}, 100);
    expect(plan.counts).toMatchObject({ new: 1, update: 2, unchanged: 0, conflict: 2, skipped: 1, errors: 1 });
    expect(plan.outcomes.map(({ line, status, leadId, changes, note }) => ({ line, status, leadId, changes, note }))).toEqual([
      { line: 2, status: 'update', leadId: greta.id, changes: ['title'], note: undefined },
      { line: 3, status: 'conflict', leadId: hugo.id, changes: [], note: 'Kept your title “Chief Marketing Officer” (file: “CMO”)' },
      {
        line: 4,
        status: 'conflict',
        leadId: ilseByMail.id,
        changes: [],
        note: `Matches 2 different leads (${ilseByMail.fullName}, ${ilseByLinkedin.fullName}); skipped so that they are not merged`,
      },
      { line: 5, status: 'new', leadId: expect.any(String) as string, changes: [], note: undefined },
      { line: 6, status: 'update', leadId: plan.outcomes[3]!.leadId, changes: ['linkedinUrl'], note: 'Same person as line 5' },
    ]);
    expect(plan.errors).toEqual([{ line: 7, message: 'Email: “not-an-email” is not a valid email address' }]);
    expect(plan.preview.map((lead) => lead.fullName)).toEqual(['Greta Halvorsen', 'Jonas Jablonski']);
    // Planning wrote nothing.
    expect(await db.count('leads')).toBe(4);

    const { record } = await applyImport(db, rows, errors, { fileName: 'mixed.csv', preset: 'custom' }, undefined, 100);
    expect(record?.counts).toEqual({ created: 1, updated: 2, unchanged: 1, skipped: 2 });
    const leads = await allLeads(db);
    expect(leads).toHaveLength(5);
    expect(leads.find((lead) => lead.id === greta.id)?.title).toBe('Head of Sales');
    expect(leads.find((lead) => lead.id === hugo.id)?.title).toBe('Chief Marketing Officer');
    expect(leads.find((lead) => lead.fullName === 'Jonas Jablonski')).toMatchObject({
      title: 'VP Sales',
      linkedinUrl: 'https://www.linkedin.com/in/jonas-j/',
      emails: ['jonas@kestrel.example'],
    });
  });

  it('matches again inside the transaction, so a lead saved after planning is merged into, not duplicated', async () => {
    const { rows, errors } = prepare(HUBSPOT);
    const plan = await planImport(db, rows, errors);
    expect(plan.counts.new).toBe(3);
    await saveLead(db, { patch: { fullName: 'Greta Halvorsen', emails: ['greta@bluefin-logistics.example'] }, origin: { kind: 'manual' } });
    const { plan: applied } = await applyImport(db, rows, errors, { fileName: 'h.csv', preset: 'hubspot' });
    expect(applied.counts).toMatchObject({ new: 2, update: 1 });
    expect(await db.count('leads')).toBe(3);
  });

  it('tags the whole import with campaigns and creates the ones named in the file', async () => {
    const data = generateDemoData({ leads: 0, seed: 1, now: 1_750_000_000_000 });
    await loadSampleData(db, data);
    const webinar = data.campaigns.find((campaign) => campaign.name === 'Autumn webinar')!;
    const text = 'Full name,Email,Campaigns\nAda Ashdown,ada@x.example,Spring fair; autumn WEBINAR\nBo Brightwater,bo@x.example,\n';
    const { record } = await importCsvText(db, text, { campaignIds: [webinar.id], newCampaignName: 'Imported March list' }, 50);
    const campaigns = await getAllRecords(db, 'campaigns');
    const fair = campaigns.find((campaign) => campaign.name === 'Spring fair')!;
    const march = campaigns.find((campaign) => campaign.name === 'Imported March list')!;
    expect(fair).toMatchObject({ status: 'active', channel: 'other', createdAt: 50 });
    const leads = await allLeads(db);
    expect(leads.find((lead) => lead.fullName === 'Ada Ashdown')).toMatchObject({
      campaignIds: [fair.id, webinar.id, march.id],
      firstTouchCampaignId: fair.id,
      lastTouchCampaignId: march.id,
    });
    expect(leads.find((lead) => lead.fullName === 'Bo Brightwater')?.campaignIds).toEqual([webinar.id, march.id]);
    expect(record?.campaignIds).toEqual([webinar.id, march.id]);

    await undoImport(db, record!.id);
    const after = (await getAllRecords(db, 'campaigns')).map((campaign) => campaign.name);
    expect(after).not.toContain('Spring fair');
    expect(after).not.toContain('Imported March list');
    expect(after).toContain('Autumn webinar');
  });

  it('undoes a whole import: created leads go with their records, changed leads get back what the import changed', async () => {
    const { lead: greta } = await saveLead(
      db,
      { patch: { fullName: 'Greta Halvorsen', emails: ['greta@bluefin-logistics.example'] }, origin: { kind: 'manual' } },
      10,
    );
    const gretaBefore = await db.get('leads', greta.id);
    const activitiesBefore = await db.getAll('activities');
    const { record } = await importCsvText(db, HUBSPOT, {}, 1000);
    expect(await db.count('leads')).toBe(3);
    const hugo = (await allLeads(db)).find((lead) => lead.fullName === 'Hugo Valcourt')!;
    await db.put('tasks', {
      id: 'task-1',
      leadId: hugo.id,
      type: 'call',
      title: 'Call Hugo',
      instructions: '',
      status: 'open',
      dueAt: 5,
      scheduledAt: 5,
      snoozeCount: 0,
      createdAt: 5,
      updatedAt: 5,
    });

    const preview = await previewUndo(db, record!.id);
    // Hugo has a task since the import: named, and kept unless the user asks otherwise.
    expect(preview).toMatchObject({ removes: 1, restores: 1, changedSince: [], touched: [{ name: 'Hugo Valcourt', what: ['1 task'] }] });
    await updateLead(db, greta.id, { deal: { notes: 'edited after the import' } }, 2000);
    expect((await previewUndo(db, record!.id)).changedSince).toEqual(['Greta Halvorsen']);

    const undone = await undoImport(db, record!.id, 3000, { removeTouched: true });
    expect(undone).toMatchObject({ status: 'undone', undoneAt: 3000 });
    // Greta: every field the import changed comes back; the notes written since stay.
    const [gretaAfter] = await db.getAll('leads');
    expect(gretaAfter).toMatchObject({ id: greta.id, notes: 'edited after the import' });
    expect({ ...gretaAfter, notes: gretaBefore!.notes, updatedAt: gretaBefore!.updatedAt, recent: gretaBefore!.recent }).toEqual(
      gretaBefore,
    );
    expect(await db.count('leads')).toBe(1);
    expect(await db.count('tasks')).toBe(0);
    const remaining = await db.getAll('activities');
    // The hand edit after the import stays in the timeline; the import's own entries are gone.
    expect(remaining.filter((a) => a.type === 'imported')).toEqual([]);
    expect(remaining.filter((a) => a.type !== 'updated')).toEqual(activitiesBefore);
    expect(await db.count('importUndo')).toBe(0);
    await expect(undoImport(db, record!.id)).rejects.toThrow('That import can no longer be undone');
  });
});

describe('export → import → export', () => {
  it('is byte-identical through a fresh profile, and a re-import into the same profile changes nothing', async () => {
    const data = generateDemoData({ leads: 40, seed: 9, now: 1_750_000_000_000 });
    data.leads[0] = {
      ...data.leads[0]!,
      notes: 'Line one\r\nLine two, "quoted"\n\n=SUM(1)',
      customFields: { Tier: 'Gold', Region: '-EMEA' },
      title: '@handle',
    };
    data.leads[1] = {
      ...data.leads[1]!,
      fullName: '王小明 🚀',
      firstName: '小明',
      lastName: '王',
      emails: [...data.leads[1]!.emails, 'second@example.cn'],
      phones: ['+86 10 0000 0000', '+86 139 0000 0000'],
    };
    data.leads[2] = { ...data.leads[2]!, fullName: 'محمد العلي', salesNavId: 'ACwAAA1b2c3', websiteUrl: 'https://alali.example/' };
    await loadSampleData(db, data);
    const first = await exportText(db);
    expect(first.count).toBe(40);

    const fresh = await freshDb();
    const { plan } = await importCsvText(fresh, first.csv, { fileName: 'leadline.csv' });
    expect(plan.errors).toEqual([]);
    expect(plan.counts.new).toBe(40);
    const second = await exportText(fresh);
    expect(second.csv).toBe(first.csv);
    expect(new TextEncoder().encode(second.csv)).toEqual(new TextEncoder().encode(first.csv));

    const leadsBefore = await db.getAll('leads');
    const again = await importCsvText(db, first.csv);
    expect(again.record).toBeUndefined();
    expect(await db.getAll('leads')).toEqual(leadsBefore);
  });

  it('exports the given leads in the given order', async () => {
    await importCsvText(db, HUBSPOT);
    const leads = await allLeads(db);
    const ids = leads
      .map((lead) => lead.id)
      .reverse()
      .slice(0, 2);
    const { csv, count } = await exportText(db, { ids, preset: 'hubspot' });
    expect(count).toBe(2);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.slice(1, 3).map((line) => line.split(',')[0])).toEqual(ids.map((id) => leads.find((lead) => lead.id === id)!.firstName));
  });
});

describe('applying a plan just made', () => {
  it('writes what the plan showed without matching again, and matches again when leads changed since', async () => {
    const { prepareImport } = await import('@/lib/io/import-plan');
    const { rows, errors } = prepare(HUBSPOT);
    const fresh = await prepareImport(db, rows, errors, {}, 500);
    const { record, plan } = await applyImport(db, rows, errors, { fileName: 'h.csv', preset: 'hubspot' }, undefined, 900, fresh.planned);
    expect(plan.counts).toMatchObject({ new: 3 });
    expect(record?.at).toBe(500);
    expect((await allLeads(db)).map((lead) => lead.updatedAt)).toEqual([500, 500, 500]);

    const other = await freshDb();
    const stale = await prepareImport(other, rows, errors, {}, 500);
    await saveLead(
      other,
      { patch: { fullName: 'Greta Halvorsen', emails: ['greta@bluefin-logistics.example'] }, origin: { kind: 'manual' } },
      600,
    );
    const { plan: redone, record: redoneRecord } = await applyImport(
      other,
      rows,
      errors,
      { fileName: 'h.csv', preset: 'hubspot' },
      undefined,
      900,
      stale.planned,
    );
    expect(redone.counts).toMatchObject({ new: 2, update: 1 });
    expect(await other.count('leads')).toBe(3);
    // The stale plan's writes were made ready while the check ran; only the redone ones are written.
    expect(redoneRecord?.counts).toMatchObject({ created: 2, updated: 1 });
    expect(redoneRecord?.at).toBe(900);
    expect((await other.getAll('imports')).map((entry) => entry.counts)).toEqual([redoneRecord?.counts]);
    expect((await other.getAll('importUndo'))[0]?.createdLeadIds).toHaveLength(2);
  });

  it('writes the leads and timeline entries made ready ahead for the same file, and makes them again for another', async () => {
    const { prepareImport } = await import('@/lib/io/import-plan');
    const { readyWrites } = await import('@/lib/io/import-apply');
    const { rows, errors } = prepare(HUBSPOT);
    const planned = (await prepareImport(db, rows, errors, {}, 500)).planned;
    planned.ready = readyWrites(planned, 'h.csv');
    const { plan } = await applyImport(db, rows, errors, { fileName: 'h.csv', preset: 'hubspot' }, undefined, 900, planned);
    expect(plan.timings.madeAhead).toBe(1);
    const entries = await db.getAll('activities');
    expect(entries.map((entry) => entry.id).sort()).toEqual(planned.ready.activities.map((entry) => entry.id).sort());
    expect(entries.every((entry) => entry.details?.file === 'h.csv')).toBe(true);

    const other = await freshDb();
    const again = (await prepareImport(other, rows, errors, {}, 500)).planned;
    again.ready = readyWrites(again, 'renamed.csv');
    const { plan: remade } = await applyImport(other, rows, errors, { fileName: 'h.csv', preset: 'hubspot' }, undefined, 900, again);
    expect(remade.timings.madeAhead).toBe(0);
    const written = await other.getAll('activities');
    expect(written).toHaveLength(3);
    expect(written.every((entry) => entry.details?.file === 'h.csv' && entry.summary.endsWith('(h.csv)'))).toBe(true);
  });

  it('writes the leads its report drafted checked and searchable, with the report showing them as written', async () => {
    const { prepareImport } = await import('@/lib/io/import-plan');
    const { searchLeads } = await import('@/lib/db');
    const { rows, errors } = prepare('Name,Email,Company\r\nIngrid Solheim,Ingrid.Solheim@Fjordline.example,Fjordline\r\n');
    const planned = await prepareImport(db, rows, errors, {}, 500);
    // The report's lead is a draft (checked and given its search keys when written).
    const [drafted] = planned.plan.preview;
    expect(drafted?.identity).toContain('email:ingrid.solheim@fjordline.example');
    await applyImport(db, rows, errors, { fileName: 'i.csv', preset: 'generic' }, undefined, 900, planned.planned);
    const [stored] = await allLeads(db);
    expect(stored?.emails).toEqual(drafted?.emails);
    expect(stored?.fullName).toBe(drafted?.fullName);
    expect(stored?.search).toEqual(expect.arrayContaining(['ingrid', 'solheim', 'fjordline']));
    expect(stored?.recent.length).toBeGreaterThan(0);
    expect((await searchLeads(db, 'solh', 5)).map((lead) => lead.fullName)).toEqual(['Ingrid Solheim']);
  });

  it('matches again when a lead it changes was put back to an older version since (count and newest unchanged)', async () => {
    const { prepareImport } = await import('@/lib/io/import-plan');
    const { lead: idun } = await saveLead(
      db,
      { patch: { fullName: 'Idun Sæther', emails: ['idun@tidewater.example'] }, origin: { kind: 'manual' } },
      100,
    );
    const first = await importCsvText(db, 'Email,Job Title\r\nidun@tidewater.example,Harbour Pilot', { fileName: 'a.csv' }, 200);
    // Someone else is saved after that import: the newest lead stays this one throughout.
    await saveLead(db, { patch: { fullName: 'Jorunn Vik', emails: ['jorunn@tidewater.example'] }, origin: { kind: 'manual' } }, 300);
    const { rows, errors } = prepare('Email,City\r\nidun@tidewater.example,Tromsø');
    const planned = await prepareImport(db, rows, errors, {}, 500);
    // Undoing the first import puts Idun back as she was at 100, without her title.
    await undoImport(db, first.record!.id, 400);
    expect((await db.get('leads', idun.id))?.updatedAt).toBe(100);
    await applyImport(db, rows, errors, { fileName: 'b.csv', preset: 'generic' }, undefined, 900, planned.planned);
    const after = await db.get('leads', idun.id);
    expect(after?.location).toBe('Tromsø');
    expect(after?.title).toBeUndefined();
  });

  it('gives the same leads and report whether the plan is reused or matched again, on a file of duplicates and shared names', async () => {
    const { prepareImport } = await import('@/lib/io/import-plan');
    const csv = [
      'First Name,Last Name,Email,Company Name,LinkedIn URL,Job Title',
      'Kai,Smith,kai.smith@harbor.example,Harbor Dental,,Hygienist',
      'Zofia,Brandt,ZOFIA@quarry.example,Quarry Works,,Geologist',
      'Kai,Smith,kai.smith@harbor.example,Harbor Dental,,Hygienist',
      'Mats,Lund,mats@lund.example,Fjell AS,https://www.linkedin.com/in/mats-lund/,Skipper',
      'Aino,Virta,,Saimaa Oy,https://linkedin.com/in/aino-virta,Designer',
      'Kai,Smith,,Harbor Dental,,Receptionist',
      'Zofia,Brandt,zofia.b@elsewhere.example,Quarry Works,,',
    ].join('\r\n');
    const seed = async (target: LeadlineDB) => {
      const manual = { kind: 'manual' as const };
      await saveLead(
        target,
        { patch: { fullName: 'Kai Smith', company: 'Harbor Dental', emails: ['kai@harbor.example'] }, origin: manual },
        10,
      );
      await saveLead(
        target,
        { patch: { fullName: 'Zofia Brandt', company: 'Quarry Works', emails: ['zofia@quarry.example'] }, origin: manual },
        20,
      );
      await saveLead(target, { patch: { fullName: 'Mats Lund', emails: ['mats@lund.example'] }, origin: manual }, 30);
      await saveLead(
        target,
        { patch: { fullName: 'Mats Lund', linkedinUrl: 'https://www.linkedin.com/in/mats-lund/' }, origin: manual },
        40,
      );
      await saveLead(
        target,
        { patch: { fullName: 'Aino Virta', linkedinUrl: 'https://www.linkedin.com/in/aino-virta/' }, origin: manual },
        50,
      );
    };
    const run = async (reuse: boolean) => {
      const target = await freshDb();
      await seed(target);
      const { rows, errors } = prepare(csv);
      const planned = reuse ? (await prepareImport(target, rows, errors, {}, 500)).planned : undefined;
      const { plan } = await applyImport(target, rows, errors, { fileName: 't.csv', preset: 'generic' }, undefined, 500, planned);
      const leads = (await allLeads(target))
        .map((lead) => [lead.fullName, lead.emails.join(' '), lead.linkedinUrl ?? '', lead.title ?? ''].join(' | '))
        .sort();
      const report = plan.outcomes.map((outcome) => [outcome.line, outcome.status, outcome.name, outcome.note ?? ''].join(' | '));
      return { leads, report, reused: plan.timings.reusedPlan };
    };
    const reused = await run(true);
    const matched = await run(false);
    expect(reused.reused).toBe(1);
    expect(matched.reused).toBe(0);
    expect(reused.leads).toEqual(matched.leads);
    expect(reused.report).toEqual(matched.report);
    expect(reused.leads).toEqual([
      'Aino Virta |  | https://www.linkedin.com/in/aino-virta/ | Designer',
      'Kai Smith | kai.smith@harbor.example |  | Hygienist',
      'Kai Smith | kai@harbor.example |  | ',
      'Mats Lund |  | https://www.linkedin.com/in/mats-lund/ | ',
      'Mats Lund | mats@lund.example |  | ',
      'Zofia Brandt | zofia.b@elsewhere.example |  | ',
      'Zofia Brandt | zofia@quarry.example |  | Geologist',
    ]);
    expect(reused.report.map((line) => line.split(' | ').slice(0, 2).join(' '))).toEqual([
      '2 new',
      '3 update',
      '4 unchanged',
      '5 conflict',
      '6 update',
      '7 conflict',
      '8 new',
    ]);
  });
});
