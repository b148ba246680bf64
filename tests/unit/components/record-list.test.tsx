// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { CampaignsSection } from '@/components/campaigns/campaigns-view';
import { SequencesView } from '@/components/sequences/sequences-view';
import { TemplatesView } from '@/components/templates/templates-view';
import { createCampaign } from '@/lib/campaigns';
import { getDb } from '@/lib/db';
import { saveLead } from '@/lib/leads';
import { defaultSettings } from '@/lib/model';
import { enrollLeads, saveSequence, setSequenceArchived } from '@/lib/sequences';
import { saveTemplate } from '@/lib/templates';
import { mount, until } from '../react-helpers';

const NOW = Date.parse('2026-03-02T09:00:00Z');
const context = { params: [], settings: { ...defaultSettings(), currency: 'EUR' }, notify: () => undefined };

let unmount: (() => void) | undefined;
afterEach(() => {
  unmount?.();
  unmount = undefined;
  window.location.hash = '';
});

/** The table's accessible name, column headers and each row as the header cell and data cells read. */
function readTable(host: HTMLElement) {
  const table = host.querySelector('table');
  if (!table) return { caption: undefined, headers: [], rows: [], links: [] };
  return {
    caption: table.querySelector('caption')?.textContent,
    headers: [...table.querySelectorAll('thead th')].map((cell) => [cell.getAttribute('scope'), cell.textContent]),
    rows: [...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent)),
    links: [...table.querySelectorAll('tbody th[scope="row"] a')].map((link) => [link.textContent, link.getAttribute('href')]),
  };
}

describe('the campaigns, sequences and templates lists', () => {
  it('say what each list is for when empty, and the button creates the first record', async () => {
    for (const [view, title, create, route] of [
      [<TemplatesView key="t" {...context} />, 'No templates yet', 'Write a template', '#/templates/new'],
      [<SequencesView key="s" {...context} />, 'No sequences yet', 'Create a sequence', '#/sequences/new'],
      [<CampaignsSection key="c" {...context} />, 'No campaigns yet', 'Create a campaign', '#/campaigns/new'],
    ] as const) {
      const shown = mount(view);
      unmount = shown.unmount;
      await until(() => shown.host.querySelector('h2')?.textContent === title, title);
      expect(shown.host.querySelector('table')).toBeNull();
      const button = [...shown.host.querySelectorAll('button')].find((entry) => entry.textContent === create)!;
      act(() => button.click());
      expect(window.location.hash).toBe(route);
      shown.unmount();
      unmount = undefined;
    }
  });

  it('show templates and sequences as tables: a named link per record, its columns, archived ones on request', async () => {
    const db = await getDb();
    const intro = await saveTemplate(db, { name: 'Kiln tour invite', channel: 'email', subject: 'Hi', body: 'Hello {{firstName}}' }, NOW);
    await saveTemplate(db, { name: 'Connect note', channel: 'linkedin', body: 'Met you at the fair' }, NOW);
    const outreach = await saveSequence(
      db,
      {
        name: 'Fair follow-up',
        steps: [
          { id: 'a', type: 'email', delayDays: 0, templateId: intro.id },
          { id: 'b', type: 'call', delayDays: 2 },
        ],
      },
      NOW,
    );
    const old = await saveSequence(db, { name: 'Last year’s fair', steps: [] }, NOW);
    await setSequenceArchived(db, old.sequence.id, true, NOW);
    const { lead } = await saveLead(
      db,
      { patch: { fullName: 'Henrike Dalsgaard', emails: ['henrike@klinkerhuset.example'] }, origin: { kind: 'manual' } },
      NOW,
    );
    await enrollLeads(db, [lead.id], outreach.sequence.id, NOW);

    const templates = mount(<TemplatesView {...context} />);
    unmount = templates.unmount;
    await until(() => templates.host.querySelector('table') !== null, 'the templates table');
    const shown = readTable(templates.host);
    expect(shown.caption).toBe('Templates');
    expect(shown.headers).toEqual([
      ['col', 'Name'],
      ['col', 'Channel'],
    ]);
    expect([...shown.rows].sort()).toEqual([
      ['Connect note', 'LinkedIn'],
      ['Kiln tour invite', 'Email'],
    ]);
    expect(shown.links).toContainEqual(['Kiln tour invite', `#/templates/${encodeURIComponent(intro.id)}`]);
    templates.unmount();

    const sequences = mount(<SequencesView {...context} />);
    unmount = sequences.unmount;
    await until(() => readTable(sequences.host).rows[0]?.[2] === '1', 'the running count');
    expect(readTable(sequences.host)).toMatchObject({
      caption: 'Sequences',
      headers: [
        ['col', 'Name'],
        ['col', 'Steps'],
        ['col', 'Running'],
      ],
      rows: [['Fair follow-up', 'Email → Call', '1']],
    });
    const showArchived = sequences.host.querySelector<HTMLInputElement>('header input[type="checkbox"]')!;
    act(() => showArchived.click());
    expect([...readTable(sequences.host).rows].sort()).toEqual([
      ['Fair follow-up', 'Email → Call', '1'],
      ['Last year’s fair (archived)', 'No steps', '0'],
    ]);
  });

  it('show campaigns with cost, leads and actions, the actions header read out but not shown', async () => {
    const db = await getDb();
    await createCampaign(
      db,
      { name: 'Ceramics fair 2026', channel: 'events', cost: 1200, notes: '', status: 'active', goalLeads: 40 },
      'EUR',
    );
    const campaigns = mount(<CampaignsSection {...context} />);
    unmount = campaigns.unmount;
    await until(() => readTable(campaigns.host).rows[0]?.[4] === '0', 'the lead count');
    const table = readTable(campaigns.host);
    expect(table.caption).toBe('Campaigns');
    expect(table.headers.map(([, text]) => text)).toEqual(['Name', 'Channel', 'Dates', 'Cost', 'Leads', 'Goal', 'Actions']);
    expect(campaigns.host.querySelector('thead th:last-child span.sr-only')?.textContent).toBe('Actions');
    expect(table.rows[0]!.slice(0, 6)).toEqual(['Ceramics fair 2026 Open', 'Events', '—', '€1,200', '0', '0 / 40']);
  });
});
