import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { describe, expect, it } from 'vitest';
import { phoneParts } from '@/lib/leads';
import { callingCodeOf, callingCodeOfE164, phoneCell, phoneForExport } from '@/lib/io/phone-cell';

/** What the export wrote before: the code of the phone as libphonenumber-js reads it, country and all. */
const fullRead = (phone: string) => parsePhoneNumberFromString(phone)?.countryCallingCode;

// Codes that several countries share (the full read tries each country's patterns), codes of one
// country, numbers too short or too long to read, extensions, text around a number, and codes that
// do not exist.
const PHONES = [
  '+1 512 555 0187',
  '+1 (416) 555-0143',
  '+1 876 555 0112',
  '+1 555 0186',
  '+1-800-555-0100 ext. 12',
  '+1 2',
  '+12',
  '+44 20 7946 0321',
  '+44 (0) 1624 555 010',
  '+44 7700 900461',
  '+7 495 555 01 23',
  '+7 727 555 0101',
  '+47 22 55 50 10',
  '+61 2 5550 1234',
  '+39 06 698 55501',
  '+262 262 55 50 10',
  '+590 590 55 50 10',
  '+49 30 55501234567890123',
  '+352 55 5010',
  '+800 1234 5678',
  '+999 555 0100',
  '+0 555 0100',
  '+ 44 20 7946 0321',
  '+44-20-7946-0321 (office, ask for Priya)',
  '+1 512 555 0187 x204',
  '+1 512 five five five',
  '+',
  '+٤٤ ٢٠ ٧٩٤٦ ٠٣٢١',
];

describe('callingCodeOf', () => {
  it.each(PHONES)('reads %s as the full read does', (phone) => {
    expect(callingCodeOf(phone)).toBe(fullRead(phone));
  });

  it('agrees with the full read on thousands of generated numbers', () => {
    // A fixed pseudo-random walk: codes of one and of several countries, lengths from far too short
    // to far too long, and the separators people type.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const codes = [
      '1',
      '7',
      '20',
      '33',
      '39',
      '44',
      '47',
      '49',
      '61',
      '64',
      '81',
      '86',
      '91',
      '262',
      '290',
      '358',
      '590',
      '599',
      '672',
      '800',
      '888',
      '979',
      '98',
      '99',
      '0',
    ];
    const separators = [' ', '-', '.', '', ' (0) ', '/'];
    let read = 0;
    for (let index = 0; index < 4000; index++) {
      const code = codes[Math.floor(next() * codes.length)]!;
      let rest = '';
      const digits = Math.floor(next() * 19);
      for (let digit = 0; digit < digits; digit++) {
        rest += String(Math.floor(next() * 10));
        if (next() < 0.2) rest += separators[Math.floor(next() * separators.length)];
      }
      const phone = `+${code} ${rest}`;
      const expected = fullRead(phone);
      if (expected) read++;
      expect(callingCodeOf(phone), phone).toBe(expected);
      // Its cell is the same whether the export has its stored E.164 form or not.
      expect(phoneCell(phone, phoneParts(phone)?.e164), phone).toBe(phoneCell(phone));
    }
    // Both kinds are covered: numbers that read and numbers that do not.
    expect(read).toBeGreaterThan(1000);
    expect(read).toBeLessThan(3900);
  });

  it('writes the same cell from a phone and its stored E.164 form as from the phone alone', () => {
    // The E.164 form as a save stores it (phoneParts), from numbers written in international form
    // and from national ones read with their country, as the export writes them (phoneForExport).
    const national: Array<[string, Parameters<typeof phoneParts>[1]]> = [
      ['(415) 555-0134 x12', 'US'],
      ['416 555 0143', 'CA'],
      ['020 7946 0321', 'GB'],
      ['01624 555010', 'IM'],
      ['8 (727) 555-01-01', 'KZ'],
      ['06 698 55501', 'IT'],
      ['0262 55 50 10', 'RE'],
      ['555 0100', 'US'],
    ];
    const cases = [
      ...PHONES.map((phone) => [phone, phoneParts(phone)] as const),
      ...national.map(([phone, country]) => {
        const parts = phoneParts(phone, country);
        return [phoneForExport(phone, parts?.e164, parts?.ext), parts] as const;
      }),
    ];
    let fromStored = 0;
    for (const [phone, parts] of cases) {
      if (parts && callingCodeOfE164(parts.e164) !== undefined) fromStored++;
      expect(phoneCell(phone, parts?.e164), phone).toBe(phoneCell(phone));
    }
    expect(fromStored).toBeGreaterThan(20);
    // A stored form that does not match the phone (a damaged record) is not trusted.
    expect(phoneCell('+1 512 555 0187', '+442079460321')).toBe('(+1) 512 555 0187');
    expect(callingCodeOfE164('+15125550187')).toBe('1');
    expect(callingCodeOfE164('+442079460321')).toBe('44');
    expect(callingCodeOfE164('+2622625550')).toBe('262');
    expect(callingCodeOfE164('+9995550100')).toBeUndefined();
    expect(callingCodeOfE164('+44')).toBeUndefined();
  });

  it('writes the cells the export has always written', () => {
    expect(phoneCell('+1 416 555 0143')).toBe('(+1) 416 555 0143');
    expect(phoneCell('+44-20-7946-0321')).toBe('(+44) 20-7946-0321');
    expect(phoneCell('+7 727 555 0101')).toBe('(+7) 727 555 0101');
    expect(phoneCell('+999 555 0100')).toBe("'+999 555 0100");
    expect(phoneCell('+1 2')).toBe("'+1 2");
  });
});
