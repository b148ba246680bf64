import { describe, expect, it } from 'vitest';
import { identityKeys, normaliseLinkedinCompanyUrl, normaliseLinkedinProfileUrl, salesNavIdFromUrl, searchTokens } from '@/lib/leads';

describe('normaliseLinkedinProfileUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/ada-lovelace/', 'https://www.linkedin.com/in/ada-lovelace/'],
    ['https://www.linkedin.com/in/ada-lovelace', 'https://www.linkedin.com/in/ada-lovelace/'],
    ['https://www.linkedin.com/in/Ada-Lovelace?trk=public_profile&originalSubdomain=uk', 'https://www.linkedin.com/in/ada-lovelace/'],
    ['https://uk.linkedin.com/in/ada-lovelace/details/experience/', 'https://www.linkedin.com/in/ada-lovelace/'],
    ['linkedin.com/in/ada-lovelace#about', 'https://www.linkedin.com/in/ada-lovelace/'],
    ['http://linkedin.com/in/ada-lovelace', 'https://www.linkedin.com/in/ada-lovelace/'],
    ['https://www.linkedin.com/in/j%C3%B6rg-m%C3%BCller/', 'https://www.linkedin.com/in/j%C3%B6rg-m%C3%BCller/'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseLinkedinProfileUrl(input)).toBe(expected);
  });

  it.each([
    ['https://www.linkedin.com/company/acme/'],
    ['https://evil.example/in/ada-lovelace'],
    ['javascript:alert(1)//linkedin.com/in/x'],
    ['https://www.linkedin.com/feed/'],
    [''],
  ])('refuses %s', (input) => {
    expect(normaliseLinkedinProfileUrl(input)).toBeUndefined();
  });

  it('normalises company pages, dropping the sub-page', () => {
    expect(normaliseLinkedinCompanyUrl('https://www.linkedin.com/company/Northwind-Analytics/people/?keywords=x')).toBe(
      'https://www.linkedin.com/company/northwind-analytics/',
    );
  });
});

describe('identityKeys', () => {
  it('lower-cases emails and keys LinkedIn, Sales Navigator and name + company', () => {
    expect(
      identityKeys({
        emails: ['Ada.Lovelace@Analytical.Example'],
        linkedinUrl: 'https://www.linkedin.com/in/Ada-Lovelace?trk=x',
        salesNavId: 'ACwAAA123',
        fullName: 'Ada Lovelace',
        company: 'Analytical Engines Ltd.',
      }),
    ).toEqual([
      'email:ada.lovelace@analytical.example',
      'li:https://www.linkedin.com/in/ada-lovelace/',
      'sn:ACwAAA123',
      'nc:ada lovelace|analytical engines',
    ]);
  });

  it('needs both name and company for the name + company key', () => {
    expect(identityKeys({ fullName: 'Ada Lovelace' })).toEqual([]);
  });

  it('gives one name + company key however the name is accented, spaced or punctuated', () => {
    const keyOf = (fullName: string, company: string) => identityKeys({ fullName, company });
    const plain = keyOf("Renee O'Hara-Quist", 'Fjordline  Freight, Inc.');
    expect(plain).toEqual(['nc:renee o hara quist|fjordline freight']);
    expect(keyOf('  RENÉE  O’Hara–Quist ', 'FJORDLINE FREIGHT INC')).toEqual(plain);
    expect(keyOf('Renée\tO Hara Quist', 'Fjordline Freight')).toEqual(plain);
    // Digits are kept, symbols are not: "3M" and "3 M" differ, "Q&A Labs" is "q a labs".
    expect(keyOf('Tomas Vik', 'Q&A Labs 3M')).toEqual(['nc:tomas vik|q a labs 3m']);
  });
});

describe('salesNavIdFromUrl', () => {
  it('reads the lead id before the first comma', () => {
    expect(salesNavIdFromUrl('https://www.linkedin.com/sales/lead/ACwAAB9x1yZ,NAME_SEARCH,abcd')).toBe('ACwAAB9x1yZ');
  });
});

describe('searchTokens', () => {
  it('folds accents and splits names, companies and email parts', () => {
    expect(searchTokens({ fullName: 'Céline Szabó', company: 'Copperleaf Health', emails: ['C.Szabo@copperleaf.example'] })).toEqual([
      'celine',
      'szabo',
      'copperleaf',
      'health',
      'c.szabo@copperleaf.example',
      'example',
    ]);
  });
});
