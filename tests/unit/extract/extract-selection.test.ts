import { describe, expect, it } from 'vitest';
import { draftFromMailto, draftFromSelection } from '@/lib/extract/selection';

const PAGE = 'https://blog.example/post?utm_source=x';

describe('draftFromSelection', () => {
  it('reads "Name <address>"', () => {
    expect(draftFromSelection('Reply from "Amara Okonkwo" <Amara.Okonkwo@Tidewater.example> yesterday', PAGE)).toEqual({
      fullName: 'Amara Okonkwo',
      email: 'amara.okonkwo@tidewater.example',
      source: 'web',
      sourceUrl: PAGE,
      evidence: { fullName: 'your selection', email: 'your selection' },
    });
  });

  it('reads a signature block: name line, title line, address and phone; shared mailboxes become alternates', () => {
    const draft = draftFromSelection(
      'Best regards,\nAmara Okonkwo\nHead of Growth, Tidewater Labs\ninfo@tidewater.example | amara@tidewater.example\n+1 (415) 555-0142',
      PAGE,
    );
    expect(draft).toMatchObject({
      fullName: 'Amara Okonkwo',
      title: 'Head of Growth',
      company: 'Tidewater Labs',
      email: 'amara@tidewater.example',
      phone: '+1 (415) 555-0142',
      alternates: { emails: ['info@tidewater.example'] },
    });
  });

  it('reads "Title at Company" on the line after the name', () => {
    expect(draftFromSelection('Jonas Weber\nCTO at Fernbrook Systems', 'https://www.linkedin.com/feed/')).toMatchObject({
      fullName: 'Jonas Weber',
      title: 'CTO',
      company: 'Fernbrook Systems',
      source: 'linkedin',
    });
  });

  it('finds nobody in text without a name or an address', () => {
    expect(draftFromSelection('the quick brown fox jumps over the lazy dog', PAGE)).toBeUndefined();
    expect(draftFromSelection('<script>alert(1)</script>', PAGE)).toBeUndefined();
  });

  it('refuses selections on pages that are not http(s)', () => {
    expect(draftFromSelection('Jonas Weber <jonas@fernbrook.example>', 'javascript:alert(1)')).toBeUndefined();
  });
});

describe('draftFromMailto', () => {
  it('takes the first address and keeps the others as alternates', () => {
    expect(draftFromMailto('mailto:Lea@Kestrel.example,ops@kestrel.example?subject=Hi', PAGE)).toEqual({
      email: 'lea@kestrel.example',
      source: 'web',
      sourceUrl: PAGE,
      evidence: { email: 'the link you clicked' },
      alternates: { emails: ['ops@kestrel.example'] },
    });
  });

  it.each(['https://kestrel.example/', 'mailto:', 'mailto:not-an-address', 'javascript:mailto:a@b.example'])('refuses %j', (href) => {
    expect(draftFromMailto(href, PAGE)).toBeUndefined();
  });
});
