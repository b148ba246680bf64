import { describe, expect, it } from 'vitest';
import { cleanPhone } from '@/lib/extract/clean';
import { phoneForExport } from '@/lib/io/phone-cell';
import { splitExtension } from '@/lib/keys';
import { phoneIdentity, phoneParts } from '@/lib/leads';
import { distinctPhones } from '@/lib/capture/phones';

// [how offices write it, the writer's country when the number is national, E.164, extension]
const WRITTEN: Array<[string, string, 'US' | 'CA' | 'DE' | 'AT' | 'RU' | 'FR' | undefined, string, string | undefined]> = [
  ['US, "ext."', '+1 415 555 0134 ext. 12', undefined, '+14155550134', '12'],
  ['US, "x" joined to the number', '+1 415 555 0134x12', undefined, '+14155550134', '12'],
  ['US national, "x 12"', '(415) 555-0134 x 12', 'US', '+14155550134', '12'],
  ['US, "extension"', '+1 415 555 0134 extension 305', undefined, '+14155550134', '305'],
  ['US, "Ext:"', '+1 415 555 0134, Ext: 9', undefined, '+14155550134', '9'],
  ['US, "#"', '+1 415 555 0134 #12', undefined, '+14155550134', '12'],
  ['RFC 3966 link parameter', '+14155550134;ext=12', undefined, '+14155550134', '12'],
  ['Quebec, "poste"', '514 555-0199 poste 7', 'CA', '+15145550199', '7'],
  ['Russian, "доб."', '+7 495 123-45-67 доб. 123', undefined, '+74951234567', '123'],
  ['Spanish, "anexo"', '+56 2 2345 6789 anexo 44', undefined, '+56223456789', '44'],
  ['Brazilian, "ramal"', '+55 11 3456-7890 ramal 210', undefined, '+551134567890', '210'],
  ['Turkish, "dahili"', '+90 212 555 01 34 dahili 12', undefined, '+902125550134', '12'],
  ['Japanese, 内線', '+81 3-1234-5678 内線 204', undefined, '+81312345678', '204'],
  // German-speaking offices dial the direct line as part of the number (Durchwahl): no extension.
  ['German, "-12" direct line', '+49 30 1234567-12', undefined, '+4930123456712', undefined],
  ['German, "Durchwahl 12"', '030 1234567 Durchwahl 12', 'DE', '+4930123456712', undefined],
  ['Austrian switchboard "-0" and "DW 45"', '+43 1 234 56-0, DW 45', undefined, '+4312345645', undefined],
  ['no extension', '+44 20 7946 0321', undefined, '+442079460321', undefined],
];

describe('phone extensions: E.164 plus the extension, the phone kept as written', () => {
  it.each(WRITTEN)('%s', (_case, written, country, e164, ext) => {
    expect(phoneParts(written, country)).toEqual(ext ? { e164, ext } : { e164 });
  });

  it('one phone written two ways is one phone, extension included; another extension or none is another phone', () => {
    const phones = [
      '+1 415 555 0134 ext. 12',
      '(415) 555-0134 x12',
      '+1-415-555-0134 #12',
      '+14155550134;ext=12',
      '+1 415 555 0134 x13',
      '+1 415 555 0134',
    ];
    expect(distinctPhones(phones, 'US')).toEqual(['+1 415 555 0134 ext. 12', '+1 415 555 0134 x13', '+1 415 555 0134']);
    expect(phoneIdentity('(415) 555-0134 x12', 'US')).toBe('+14155550134;ext=12');
    expect(phoneIdentity('030 1234567 Durchwahl 12', 'DE')).toBe(phoneIdentity('+49 30 1234567-12'));
    // Too few digits before an "x" for it to be an extension: a code, not a phone with one.
    expect(splitExtension('5550 x1')).toEqual({ number: '5550 x1' });
  });

  it("captures a page's extension from text and from a tel: link, and exports it after the international form", () => {
    expect(cleanPhone('tel:+14155550134;ext=12')).toBe('+14155550134 ext. 12');
    expect(cleanPhone('+1 415 555 0134 x12')).toBe('+1 415 555 0134 x12');
    expect(cleanPhone('514 555-0199 poste 7')).toBe('514 555-0199 poste 7');
    expect(cleanPhone('call 415 555 0134 later')).toBeUndefined();
    expect(cleanPhone('+1 415 555 0134 ext. 1234567')).toBeUndefined();
    expect(phoneForExport('(415) 555-0134 x12', '+14155550134', '12')).toBe('+1 415 555 0134 ext. 12');
  });
});
