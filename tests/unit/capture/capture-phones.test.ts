import { describe, expect, it } from 'vitest';
import { countryOfEmail, distinctPhones, phoneE164, withDistinctPhones } from '@/lib/capture/phones';
import type { ProspectDraft } from '@/lib/model';

/** Phones through libphonenumber-js in the panel (lib/capture/phones.ts), fictional numbers. */

describe('phoneE164: one number however it is written', () => {
  it.each([
    ['international with spaces', '+44 20 7946 0321', undefined, '+442079460321'],
    ['trunk zero in brackets (UK habit)', '+44 (0)20 7946-0321', undefined, '+442079460321'],
    ['national, country from a .uk address', '020 7946 0321', 'GB', '+442079460321'],
    ['US with brackets and dashes', '+1 (415) 555-0134', undefined, '+14155550134'],
    ['US national with dots', '415.555.0134', 'US', '+14155550134'],
    ['German mobile', '+49 171 555 0101', undefined, '+491715550101'],
    ['German national, country from a .de address', '0171 5550101', 'DE', '+491715550101'],
    ['Portuguese mobile', '+351 912 345 678', undefined, '+351912345678'],
    ['Brazilian mobile with a dash', '+55 11 91234-5678', undefined, '+5511912345678'],
    ['"00" international prefix', '0049 171 555 0101', 'DE', '+491715550101'],
    ['national with no country known', '0171 5550101', undefined, undefined],
    ['too short to be a phone', '+44 20', undefined, undefined],
  ] as const)('%s: %s', (_case, value, country, e164) => {
    expect(phoneE164(value, country)).toBe(e164);
  });
});

describe('countryOfEmail', () => {
  it.each([
    ['ana@verdemar.pt', 'PT'],
    ['jo@kestrel.co.uk', 'GB'],
    ['d.hoffmann@mauerwerk.de', 'DE'],
    ['ines@quillfield-labs.example', undefined],
    ['tom@fernhill.com', undefined],
  ])('%s → %s', (email, country) => {
    expect(countryOfEmail(email)).toBe(country);
  });
});

describe('distinctPhones and withDistinctPhones: a phone written two ways is one phone', () => {
  it('keeps the first written form of each number', () => {
    expect(distinctPhones(['+44 20 7946 0321', '020 7946 0321', '+44 (0)20 7946-0321', '+44 7700 900 123'], 'GB')).toEqual([
      '+44 20 7946 0321',
      '+44 7700 900 123',
    ]);
  });

  const draft = (phone: string, phones: string[], email = 'jo@kestrel.co.uk'): ProspectDraft => ({
    source: 'gmail',
    sourceUrl: 'https://mail.google.com/mail/u/0/#inbox/1957a1b2c3d4e5f6',
    fullName: 'Jo Kestrel',
    email,
    phone,
    alternates: { phones },
    evidence: { phone: 'signature' },
  });

  it("drops other phones that are the draft's own phone written another way", () => {
    expect(withDistinctPhones(draft('+44 7700 900 123', ['07700 900123', '+44 20 7946 0321'])).alternates).toEqual({
      phones: ['+44 20 7946 0321'],
    });
  });
  it('drops the alternates entirely when nothing else is left', () => {
    expect(withDistinctPhones(draft('+44 7700 900 123', ['07700 900 123'])).alternates).toBeUndefined();
  });
  it('keeps a national number apart when no country is known (it cannot be compared)', () => {
    expect(withDistinctPhones(draft('+44 7700 900 123', ['07700 900 123'], 'jo@kestrel.example')).alternates).toEqual({
      phones: ['07700 900 123'],
    });
  });
});
