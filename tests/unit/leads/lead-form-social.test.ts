import { describe, expect, it } from 'vitest';
import { getLead } from '@/lib/db';
import { leadEditFromForm, leadFormFrom, parseLeadForm, saveLead, updateLead } from '@/lib/leads';
import { freshDb } from '../db-helpers';

const T = Date.UTC(2026, 11, 1, 9);
const form = (socialUrls: string) => ({ ...leadFormFrom(), fullName: 'Wren Calloway', socialUrls });

describe('social profiles in the lead form', () => {
  it.each([
    ['X profile, any spelling', 'twitter.com/WrenCalloway', ['https://x.com/wrencalloway']],
    [
      'several, one per line, normalised and once each',
      'https://github.com/wrencal\nhttps://www.instagram.com/Wren.Makes/?hl=en\nhttps://x.com/wrencalloway\nx.com/WrenCalloway',
      ['https://github.com/wrencal', 'https://www.instagram.com/wren.makes/', 'https://x.com/wrencalloway'],
    ],
    ['a Mastodon account on any server', 'https://fosstodon.example/@wren', ['https://fosstodon.example/@wren']],
  ])('%s', (_case, text, expected) => {
    const parsed = parseLeadForm(form(text));
    expect(parsed.ok && parsed.fields.socialProfiles?.map((profile) => profile.url)).toEqual(expected);
  });

  it.each([
    ['a search, not a profile', 'https://x.com/search?q=wren%20calloway'],
    ['a website that is no social network', 'https://wren.example/about'],
    ['a script address', 'javascript:alert(document.domain)'],
    ['another scheme', 'ftp://github.com/wrencal'],
    ['a site page of the network', 'https://github.com/settings'],
  ])('refuses %s, naming it', (_case, text) => {
    const parsed = parseLeadForm(form(text));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.socialUrls).toMatch(/^“.+” is not a profile address on X, GitHub/);
  });

  it('an edit adds a profile as the user’s own field; a profile another lead holds is refused with that lead named', async () => {
    const db = await freshDb();
    const { lead: wren } = await saveLead(
      db,
      { patch: { fullName: 'Wren Calloway', company: 'Fernhollow' }, origin: { kind: 'manual' } },
      T,
    );
    await saveLead(
      db,
      {
        patch: {
          fullName: 'Ines Halloran',
          socialProfiles: [{ network: 'github', url: 'https://github.com/ihalloran', handle: 'ihalloran' }],
        },
        origin: { kind: 'manual' },
      },
      T,
    );
    const parsed = parseLeadForm({ ...leadFormFrom(wren), socialUrls: 'https://twitter.com/WrenCalloway' });
    if (!parsed.ok) throw new Error('form refused');
    const saved = await updateLead(db, wren.id, leadEditFromForm(parsed, ['socialUrls']), T + 1);
    expect(saved.socialProfiles).toEqual([{ network: 'x', url: 'https://x.com/wrencalloway', handle: '@wrencalloway' }]);
    expect(saved.editedFields).toContain('socialProfiles');
    expect(saved.identity).toContain('social:x:https://x.com/wrencalloway');

    const taken = parseLeadForm({ ...leadFormFrom(saved), socialUrls: 'https://x.com/wrencalloway\nhttps://github.com/ihalloran' });
    if (!taken.ok) throw new Error('form refused');
    await expect(updateLead(db, wren.id, leadEditFromForm(taken, ['socialUrls']), T + 2)).rejects.toThrow(
      'https://github.com/ihalloran is already the social profile of Ines Halloran: open that lead to compare and merge the two, or use another social profile.',
    );
    expect((await getLead(db, wren.id))!.socialProfiles.map((profile) => profile.url)).toEqual(['https://x.com/wrencalloway']);
  });
});
