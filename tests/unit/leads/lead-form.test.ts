import { describe, expect, it } from 'vitest';
import { leadFormFrom, parseLeadForm } from '@/lib/leads';

const filled = { ...leadFormFrom(), fullName: 'Tamsin Thornbury', emails: 'Tamsin@Juniperlabs.example, t.t@juniperlabs.example' };

describe('parseLeadForm', () => {
  it('splits and lower-cases emails and normalises the LinkedIn URL', () => {
    const result = parseLeadForm({ ...filled, linkedinUrl: 'www.linkedin.com/in/Tamsin-T?x=1', dealValue: '12,500' });
    expect(result).toMatchObject({
      ok: true,
      fields: { emails: ['Tamsin@Juniperlabs.example', 't.t@juniperlabs.example'], linkedinUrl: 'https://www.linkedin.com/in/tamsin-t/' },
      deal: { stage: 'new', dealValue: 12500 },
    });
  });

  it.each([
    [{ fullName: '  ' }, 'fullName', 'Enter the person’s name'],
    [{ emails: 'tamsin@, ok@x.example' }, 'emails', '“tamsin@” is not a valid email address'],
    [{ linkedinUrl: 'https://example.com/tamsin' }, 'linkedinUrl', 'Use a profile address such as https://www.linkedin.com/in/name/'],
    [{ websiteUrl: 'javascript:alert(1)' }, 'websiteUrl', 'Use an address starting with https://'],
    [{ dealValue: '-20' }, 'dealValue', 'Deal value cannot be negative'],
    [{ dealValue: 'lots' }, 'dealValue', 'Enter the deal value as a number'],
  ])('names the problem with %j', (change, field, message) => {
    expect(parseLeadForm({ ...filled, ...change })).toEqual({ ok: false, errors: { [field]: message } });
  });
});
