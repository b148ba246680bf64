import { describe, expect, it } from 'vitest';
import { parseForWrite } from '@/lib/db';
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
  });
});
