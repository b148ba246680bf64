// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractProspects } from '@/lib/extract';
import { extractWith, type SiteExtractor } from '@/lib/extract/site';
import { ProspectDraftSchema } from '@/lib/model';
import { parseHtml } from '../extract-helpers';

const PAGE = 'https://www.example-agency.example/team';
const jsonLd = (json: string) => `<script type="application/ld+json">${json}</script>`;
const page = (head: string, body = '') => parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
const valid = (drafts: unknown[]) => drafts.every((draft) => ProspectDraftSchema.safeParse(draft).success);

describe('extraction on bad input returns what is valid and nothing else, without throwing', () => {
  it('skips broken JSON-LD and keeps the valid block beside it', () => {
    const doc = page(
      jsonLd('{ "@type": "Person", "name": "Broken Block", }') +
        jsonLd('<!-- not json -->') +
        jsonLd('null') +
        jsonLd('[1, "two", {"@type": 3}]') +
        jsonLd('{ "@type": "Person", "name": "Ilse Marwick", "jobTitle": {"@value": "Head of Data"} }'),
    );
    const drafts = extractProspects(doc, PAGE);
    expect(drafts.map((draft) => [draft.fullName, draft.title])).toEqual([['Ilse Marwick', 'Head of Data']]);
  });

  it('survives JSON-LD nested thousands of levels deep', () => {
    const deep = '{"@graph":'.repeat(5000) + '{"@type":"Person","name":"Too Deep"}' + '}'.repeat(5000);
    expect(extractProspects(page(jsonLd(deep)), PAGE)).toEqual([]);
  });

  it('reads a page with 1,000 email links quickly and offers at most 50 people from them', () => {
    const links = Array.from(
      { length: 1000 },
      (_, i) => `<li><a href="mailto:person.${i}@bulk.example">Person Number${String.fromCharCode(65 + (i % 26))}</a></li>`,
    ).join('');
    const doc = page('', `<ul>${links}</ul><a href="mailto:sales@bulk.example">Sales</a>`);
    const started = performance.now();
    const drafts = extractProspects(doc, PAGE);
    // happy-dom is far slower than a browser; capture-budgets.spec.ts times this page in Chromium.
    expect(performance.now() - started).toBeLessThan(3000);
    expect(drafts).toHaveLength(50);
    expect(drafts[0]).toMatchObject({ fullName: 'Person NumberA', email: 'person.0@bulk.example' });
    expect(valid(drafts)).toBe(true);
    expect(JSON.stringify(drafts)).not.toContain('sales@');
  });

  it('reads the name beside each "Email" link in a long directory table, never a neighbour row\'s', () => {
    const surnames = ['Lindqvist', 'Okafor', 'Marchetti', 'Haddad', 'Brennan', 'Sato'];
    const rows = Array.from(
      { length: 300 },
      (_, i) =>
        `<tr><td><strong>Rosa ${surnames[i % 6]}${String.fromCharCode(97 + (i % 26))}</strong><br><span>Buyer</span></td>` +
        `<td><a href="mailto:buyer.${i}@directory.example">Email</a></td></tr>`,
    );
    for (let i = 9; i < 300; i += 10)
      rows[i] = `<tr><td>Open position</td><td><a href="mailto:buyer.${i}@directory.example">Email</a></td></tr>`;
    const drafts = extractProspects(page('', `<table><tbody>${rows.join('')}</tbody></table>`), PAGE);
    // 50 addresses are tried; the five nameless rows among them give nobody.
    expect(drafts).toHaveLength(45);
    expect(drafts[0]).toMatchObject({ fullName: 'Rosa Lindqvista', email: 'buyer.0@directory.example' });
    expect(drafts[9]).toMatchObject({ fullName: 'Rosa Brennank', email: 'buyer.10@directory.example' });
    expect(drafts.map((draft) => draft.email)).not.toContain('buyer.9@directory.example');
  });

  it('reads a 5 MB page and finds the person in it', () => {
    const filler = `<p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(20)}</p>`.repeat(4500);
    const html = `${jsonLd('{"@type":"Person","name":"Nadia Ferrante","email":"nadia@ferrante.example"}')}`;
    const doc = page(html, filler);
    expect(doc.documentElement.outerHTML.length).toBeGreaterThan(5_000_000);
    const started = performance.now();
    const drafts = extractProspects(doc, PAGE);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(drafts).toEqual([expect.objectContaining({ fullName: 'Nadia Ferrante', email: 'nadia@ferrante.example' })]);
  });

  it('never takes markup or script as a name, and reads names around a script element', () => {
    const doc = page(
      jsonLd('{"@type":"Person","name":"<script>alert(1)</script>"}') +
        jsonLd('{"@type":"Person","name":"<img src=x onerror=alert(1)>","email":"x@evil.example"}'),
      `<div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Otto<script>document.title="pwned"</script> Brandvold</span>
       <span itemprop="jobTitle">&lt;b onmouseover=alert(1)&gt;CTO</span></div>`,
    );
    const drafts = extractProspects(doc, PAGE);
    // The person whose only name was markup is named by nothing: an address alone is not a prospect.
    expect(drafts.map((draft) => [draft.fullName, draft.email, draft.title])).toEqual([['Otto Brandvold', undefined, undefined]]);
  });

  it('refuses javascript: and data: links wherever a page offers a URL', () => {
    const doc = page(
      jsonLd(
        '{"@type":"Person","name":"Pia Lindqvist","url":"javascript:alert(1)","sameAs":["javascript://www.linkedin.com/in/pia/","data:text/html,hi"]}',
      ),
      `<a href="javascript:alert('mailto:')">mail</a><a href="mailto:javascript:alert(1)">x</a>`,
    );
    const drafts = extractProspects(doc, PAGE);
    expect(drafts).toEqual([
      { fullName: 'Pia Lindqvist', source: 'web', sourceUrl: PAGE, evidence: { fullName: 'structured data (JSON-LD)' } },
    ]);
  });

  it.each(['javascript:alert(document.cookie)', 'data:text/html,<h1>Hi</h1>', 'chrome://settings', 'not a url', ''])(
    'describes nobody at %j',
    (url) => {
      const doc = page(jsonLd('{"@type":"Person","name":"Any Body"}'));
      expect(extractProspects(doc, url)).toEqual([]);
    },
  );

  it('treats /in/ paths on other hosts as ordinary pages, not LinkedIn profiles', () => {
    const doc = page('<title>Evil Person | LinkedIn</title>', '<main><h1>Evil Person</h1></main>');
    expect(extractProspects(doc, 'https://evil.example/in/someone/')).toEqual([]);
  });

  it('keeps the source URL storable when the page URL is longer than 2,000 characters', () => {
    const url = `https://www.linkedin.com/in/long-query/?q=${'x'.repeat(3000)}`;
    const [draft] = extractProspects(page('<title>Long Query | LinkedIn</title>'), url);
    expect(draft?.sourceUrl).toBe('https://www.linkedin.com/in/long-query/');
    expect(ProspectDraftSchema.safeParse(draft).success).toBe(true);
  });

  it('turns an extractor that throws into "nobody here"', () => {
    const broken: SiteExtractor = {
      id: 'broken',
      matches: () => true,
      extract: () => {
        throw new Error('layout changed');
      },
    };
    expect(extractWith([broken], page(''), PAGE)).toEqual([]);
  });

  it('drops values too long for any field instead of truncating them silently', () => {
    const doc = page(jsonLd(`{"@type":"Person","name":"Rui Sá","jobTitle":"${'Very '.repeat(100)}Long Title"}`));
    expect(extractProspects(doc, PAGE)).toEqual([expect.objectContaining({ fullName: 'Rui Sá' })]);
    expect(extractProspects(doc, PAGE)[0]?.title).toBeUndefined();
  });
});
