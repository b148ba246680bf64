// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { allLeads } from '@/lib/db';
import { extractProspects } from '@/lib/extract';
import { cleanText } from '@/lib/extract/clean';
import { importCsvText } from '@/lib/io/import-csv';
import { freshDb } from '../db-helpers';
import { parseHtml } from '../extract-helpers';

// Each control character that reorders display: embeddings, overrides, isolates, and the marks.
const CONTROLS = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f'];

describe('bidirectional control characters', () => {
  it.each(CONTROLS.map((c) => [c.codePointAt(0)!.toString(16).toUpperCase(), c]))(
    'U+%s is stripped by the shared cleaning',
    (_code, control) => {
      expect(cleanText(`Nadia${control} Okafor`)).toMatch(/^Nadia ?Okafor$/);
    },
  );

  it('a captured name cannot be displayed reversed', () => {
    const doc = parseHtml(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person",
      "name":"Nadia \u202eArotcod\u202c Okafor","jobTitle":"\u2067Head of Sales\u2069","worksFor":{"@type":"Organization","name":"Lumen\u202d Bay"}}</script>`);
    const [draft] = extractProspects(doc, 'https://lumenbay.example/team');
    expect(draft).toMatchObject({ fullName: 'Nadia Arotcod Okafor', title: 'Head of Sales', company: 'Lumen Bay' });
  });

  it('an imported CSV row is stored without them', async () => {
    const db = await freshDb();
    await importCsvText(
      db,
      'Full name,Email,Company,Title\r\n\u202eNadia Okafor\u202c,nadia@lumenbay.example,Lumen\u2066 Bay\u2069,\u200fCTO\r\n',
      {},
      1000,
    );
    expect(await allLeads(db)).toMatchObject([{ fullName: 'Nadia Okafor', company: 'Lumen Bay', title: 'CTO' }]);
  });
});
