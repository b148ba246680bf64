import { describe, expect, it } from 'vitest';
import { parseForWrite } from '@/lib/db';
import { generateDemoData } from '@/lib/demo/generate';
import { defaultSettings } from '@/lib/model';
import { bodyOf, canonical, hashBody, hashRecord, recordFromDoc, RefusedDocError } from '@/lib/sync/mapping';

describe('documents and their hashes', () => {
  it('writes one text for one record whatever its key order, leaving undefined values out', () => {
    const a = { name: 'Oduya', tags: ['b', undefined, 'a'], deal: { value: 1200, currency: 'EUR', lost: undefined } };
    const b = { deal: { currency: 'EUR', value: 1200 }, tags: ['b', undefined, 'a'], name: 'Oduya' };
    expect(canonical(a)).toBe('{"deal":{"currency":"EUR","value":1200},"name":"Oduya","tags":["b",null,"a"]}');
    expect(hashBody(a)).toBe(hashBody(b));
    expect(hashBody({ ...b, name: 'Oduyah' })).not.toBe(hashBody(a));
  });

  it('sorts keys inside lists of objects too, and hashes as versions before this one did', () => {
    const lead = {
      socialProfiles: [{ url: 'https://www.linkedin.com/in/ama-oduya', network: 'linkedin' }],
      customFields: { 'Budget owner': 'yes', Region: undefined, 'A-list': 'no' },
      emails: ['ama@oduya-freight.example'],
      fullName: 'Ama Oduya',
    };
    expect(canonical(lead)).toBe(
      '{"customFields":{"A-list":"no","Budget owner":"yes"},"emails":["ama@oduya-freight.example"],"fullName":"Ama Oduya",' +
        '"socialProfiles":[{"network":"linkedin","url":"https://www.linkedin.com/in/ama-oduya"}]}',
    );
    // The hash stored in syncMeta by earlier versions for this body: a record unchanged since is not sent again.
    expect(hashBody(lead)).toBe('5n.1ykapz0.5x9qui');
  });

  it('hashes a stored record as its document body, whatever derived keys it carries', () => {
    const lead = parseForWrite('leads', {
      id: 'lead-40',
      fullName: 'Ama Oduya',
      company: 'Oduya Freight',
      emails: ['ama@oduya-freight.example'],
      customFields: { Region: 'North' },
      createdAt: 1_764_000_000_000,
      updatedAt: 1_764_000_000_000,
    });
    expect(lead.identity).toContain('email:ama@oduya-freight.example');
    expect(hashRecord('leads', lead)).toBe(hashBody(bodyOf('leads', lead)));
    // Derived keys are not part of the body: other ones hash the same, another field does not.
    expect(hashRecord('leads', { ...lead, identity: [], search: ['x'] })).toBe(hashRecord('leads', lead));
    expect(hashRecord('leads', { ...lead, title: 'Buyer' })).not.toBe(hashRecord('leads', lead));
    const note = { id: 'act-2', leadId: 'lead-40', type: 'note' as const, at: 1_764_000_000_000, summary: 'Pilot in March', details: {} };
    expect(hashRecord('activities', note)).toBe(hashBody(bodyOf('activities', note)));
    const settings = { ...defaultSettings(), currency: 'EUR', ownEmails: ['dana@ourco.example'] };
    expect(hashRecord('settings', settings)).toBe(hashBody(bodyOf('settings', settings)));
  });

  it('hashes a record key by key as the text of its sorted copy would, escapes and odd keys included', () => {
    const notes = [
      'Said "call after 3"',
      'C:\\shared\\leads',
      'line one\nline two\ttabbed\u0001',
      'Zoë Ørsted 🚀 — 東京',
      'lone \ud83d half',
      '',
    ];
    const activities = notes.map((summary, index) => ({
      id: `act-${index}`,
      leadId: 'lead-9',
      type: 'note' as const,
      at: 1_764_000_000_000 + index,
      summary,
      details: { '10': 'ten', '9': 'nine', b: [1, -0, 2.5e-7, { y: 'x', x: null }], a: { nested: { z: true, c: false } }, gone: undefined },
    }));
    for (const activity of activities)
      expect(hashRecord('activities', activity as never)).toBe(hashBody(bodyOf('activities', activity as never)));
    const lead = {
      id: 'lead-9',
      fullName: 'Ines "Quotes" Brandão',
      customFields: { '2026': 'budget year', Region: 'North', ärea: 'süd' },
      tags: ['a', undefined, 'b'],
      score: Number.NaN,
      identity: ['name:ines'],
      search: ['ines'],
    };
    expect(hashRecord('leads', lead as never)).toBe(hashBody(bodyOf('leads', lead as never)));
    expect(hashRecord('leads', { ...lead, customFields: { ...lead.customFields, '2026': 'other' } } as never)).not.toBe(
      hashRecord('leads', lead as never),
    );
    // Every kind of record the sample data holds.
    const data = generateDemoData({ leads: 25, seed: 4 });
    for (const store of ['leads', 'campaigns', 'sequences', 'enrollments', 'tasks', 'activities', 'templates'] as const) {
      for (const raw of data[store]) {
        const record = parseForWrite(store, raw);
        expect(hashRecord(store, record as never)).toBe(hashBody(bodyOf(store, record as never)));
      }
    }
  });

  it("keeps CouchDB's own fields out of a pulled record and refuses markup in the record's", () => {
    const doc = {
      _id: 'activities:act-7',
      _rev: '3-9f1c',
      _conflicts: ['3-0b2e'],
      id: 'act-7',
      leadId: 'lead-2',
      type: 'note',
      at: 1_764_000_000_000,
      summary: 'Called back about the <b>pilot</b>',
    };
    const record = recordFromDoc('activities', 'act-7', doc) as Record<string, unknown>;
    expect(record.summary).toBe('Called back about the <b>pilot</b>');
    expect(Object.keys(record).filter((key) => key.startsWith('_'))).toEqual([]);
    expect(() => recordFromDoc('activities', 'act-7', { ...doc, summary: '<img src=x onerror="alert(1)">' })).toThrow(RefusedDocError);
    expect(() => recordFromDoc('activities', 'act-7', { ...doc, summary: 'x'.repeat(300 * 1024) })).toThrow(/too large/);
    // Where the markup is, named for Settings → Problems: deep in a field, in a list, in a key.
    expect(() => recordFromDoc('activities', 'act-7', { ...doc, details: { thread: { subject: 'Re: <script>x</script>' } } })).toThrow(
      /in details\.thread\.subject/,
    );
    expect(() =>
      recordFromDoc('activities', 'act-7', { ...doc, details: { links: ['https://ok.example', ' JavaScript:alert(1)'] } }),
    ).toThrow(/in details\.links\[1\]/);
    expect(() => recordFromDoc('activities', 'act-7', { ...doc, details: { 'onclick="go()"': 'x' } })).toThrow(/in details/);
    // Colons, equals signs and angle brackets alone are ordinary text.
    const plain = recordFromDoc('activities', 'act-7', {
      ...doc,
      summary: 'Call at 10:30, budget >= 5k, a<b',
      details: { 'Note:': 'x=1' },
    });
    expect((plain as { summary: string }).summary).toBe('Call at 10:30, budget >= 5k, a<b');
  });
});
