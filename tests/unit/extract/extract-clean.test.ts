import { describe, expect, it } from 'vitest';
import {
  cleanEmail,
  cleanName,
  cleanPhone,
  cleanUrl,
  domainOf,
  mailtoAddresses,
  splitHeadline,
  titleWithoutSiteName,
  undoubled,
} from '@/lib/extract/clean';
import { isRoleAddress, looksLikeName } from '@/lib/extract/contacts';

describe('cleaning values read from pages', () => {
  it.each([
    ['Head of SalesHead of Sales', 'Head of Sales'],
    ['Ada Lovelace Ada Lovelace', 'Ada Lovelace'],
    ['Anna Anna', 'Anna'],
    ['Otto', 'Otto'],
  ])('undoubles screen-reader text %j', (input, expected) => {
    expect(undoubled(input)).toBe(expected);
  });

  it.each([
    ['(3) Rosa Marchetti | LinkedIn', 'Rosa Marchetti'],
    ['(99+) Rosa Marchetti | LinkedIn', 'Rosa Marchetti'],
    ['Rosa Marchetti - Ironbark Energy | LinkedIn', 'Rosa Marchetti'],
    ['LinkedIn', 'LinkedIn'],
  ])('takes the name from the title %j', (title, expected) => {
    expect(titleWithoutSiteName(title, 'LinkedIn')).toBe(expected);
  });

  it.each([
    ['  Zoë   d’Almeida\u200b ', 'Zoë d’Almeida'],
    ['<script>alert(1)</script>', undefined],
    ['Jane <jane@x.example>', undefined],
    ['https://evil.example', undefined],
    ['12345', undefined],
    ['x'.repeat(121), undefined],
  ])('accepts only plausible names: %j', (input, expected) => {
    expect(cleanName(input)).toBe(expected);
  });

  it.each([
    ['mailto:Rosa.Marchetti@Ironbark.EXAMPLE?subject=Hi', 'rosa.marchetti@ironbark.example'],
    ['mailto:rosa%40ironbark.example', 'rosa@ironbark.example'],
    ['rosa@ironbark', undefined],
    ['mailto:%E0%A4%A', undefined],
    ['rosa..m@ironbark.example', undefined],
  ])('validates emails: %j', (input, expected) => {
    expect(cleanEmail(input)).toBe(expected);
  });

  it('splits mailto lists and drops invalid addresses', () => {
    expect(mailtoAddresses('mailto:a@x.example,%20B@Y.example;nope?cc=c@z.example')).toEqual(['a@x.example', 'b@y.example']);
  });

  it.each([
    ['tel:+44%2020%207946%200321', '+44 20 7946 0321'],
    ['(303) 555-0199', '(303) 555-0199'],
    ['tel:call-me', undefined],
    ['123', undefined],
  ])('validates phones: %j', (input, expected) => {
    expect(cleanPhone(input)).toBe(expected);
  });

  it.each([
    ['javascript:alert(1)', undefined],
    ['data:text/html,x', undefined],
    ['/team', 'https://acme.example/team'],
    ['HTTPS://Acme.example/A', 'https://acme.example/A'],
  ])('allows only http(s) URLs: %j', (input, expected) => {
    expect(cleanUrl(input, 'https://acme.example/about')).toBe(expected);
  });

  it('derives a company domain from its website, never from LinkedIn', () => {
    expect(domainOf('https://www.Northwind-Robotics.example/en')).toBe('northwind-robotics.example');
    expect(domainOf('https://www.linkedin.com/company/x/')).toBeUndefined();
  });

  it.each([
    ['Head of Sales at Ironbark Energy | Speaker', { title: 'Head of Sales', company: 'Ironbark Energy' }],
    ['CFO @ Corvid Freight', { title: 'CFO', company: 'Corvid Freight' }],
    ['Fleet electrification · Speaker', { title: 'Fleet electrification' }],
  ])('reads a headline %j', (headline, expected) => {
    expect(splitHeadline(headline)).toEqual(expected);
  });

  it('knows shared mailboxes and names in link text', () => {
    expect(['info@a.example', 'sales@a.example', 'no-reply@a.example'].map(isRoleAddress)).toEqual([true, true, true]);
    expect(isRoleAddress('ines@a.example')).toBe(false);
    expect(['Maria de la Cruz', 'Desmond Okoro'].map(looksLikeName)).toEqual([true, true]);
    expect(['Email Matteo', 'Write to our CTO', 'Sales team', 'Desmond', undefined].map(looksLikeName)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
