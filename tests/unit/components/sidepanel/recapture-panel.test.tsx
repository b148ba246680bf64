// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PersonDraftCard } from '@/components/sidepanel/person-draft-card';
import { saveReviewed } from '@/lib/capture/review';
import { savedBesidePage } from '@/lib/capture/saved-beside-page';
import { getDb } from '@/lib/db';
import type { ProspectDraft } from '@/lib/model';
import { mount, until } from '../../react-helpers';

const page: ProspectDraft = {
  fullName: 'Rosa Marchetti',
  title: 'Procurement Lead',
  company: 'Ironbark Energy',
  linkedinUrl: 'https://www.linkedin.com/in/rosa-marchetti/',
  source: 'linkedin',
  sourceUrl: 'https://www.linkedin.com/in/rosa-marchetti/',
  evidence: { fullName: 'page heading', title: 'headline', company: 'headline', linkedinUrl: 'page address' },
};

/** Rosa saved once, with a title and a phone typed in the panel over what the page said. */
async function savedWithTypedValues() {
  const db = await getDb();
  const [result] = await saveReviewed(db, [
    { original: page, edited: { ...page, title: 'VP Procurement, Southern Europe', phone: '+39 02 5550 1234' } },
  ]);
  return result!.lead;
}

describe('recapturing a saved lead', () => {
  it('lists every saved field beside the page value, marking the ones the user typed', async () => {
    const lead = await savedWithTypedValues();
    expect(savedBesidePage(lead, page)).toEqual([
      { field: 'fullName', saved: 'Rosa Marchetti', page: 'Rosa Marchetti', typed: false },
      { field: 'title', saved: 'VP Procurement, Southern Europe', page: 'Procurement Lead', typed: true },
      { field: 'company', saved: 'Ironbark Energy', page: 'Ironbark Energy', typed: false },
      { field: 'phones', saved: '+39 02 5550 1234', page: undefined, typed: true },
      {
        field: 'linkedinUrl',
        saved: 'https://www.linkedin.com/in/rosa-marchetti/',
        page: 'https://www.linkedin.com/in/rosa-marchetti/',
        typed: false,
      },
    ]);
  });

  it('shows the typed title and phone in the panel even when nothing on the page is new', async () => {
    await savedWithTypedValues();
    const { host, unmount } = mount(
      <PersonDraftCard
        original={page}
        edited={page}
        onEdit={() => undefined}
        saving={false}
        onSave={() => undefined}
        onOpenLead={() => undefined}
      />,
    );
    try {
      await until(() => !!host.querySelector('table[aria-label="Saved in Leadline and on this page"]'), 'the saved values');
      const rows = [...host.querySelectorAll('table[aria-label="Saved in Leadline and on this page"] tbody tr')].map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => cell.textContent),
      );
      expect(rows).toContainEqual(['Title', 'VP Procurement, Southern EuropeTyped by you · kept', 'Procurement Lead']);
      expect(rows).toContainEqual(['Phones', '+39 02 5550 1234Typed by you · kept', '—']);
      expect(host.textContent).toContain('Nothing on this page is new for this lead.');
      expect(host.querySelector('button[disabled]')?.textContent).toBe('Update lead');
    } finally {
      unmount();
    }
  });
});
