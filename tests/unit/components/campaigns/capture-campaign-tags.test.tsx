// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaptureCampaignTags } from '@/components/campaigns/capture-campaign-tags';
import { createCampaign } from '@/lib/campaigns';
import { getDb, getSettings, updateSettings } from '@/lib/db';
import { until } from '../../react-helpers';

const fields = (name: string) => ({ name, channel: 'linkedin' as const, cost: 0, notes: '', status: 'active' as const });

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('CaptureCampaignTags (for the side panel)', () => {
  it('shows the tags a capture will get, removes one for this lead in one click, and switches the active campaign', async () => {
    const db = await getDb();
    const q4 = await createCampaign(db, fields('Q4 social'), 'USD');
    const webinar = await createCampaign(db, fields('Autumn webinar'), 'USD');
    await updateSettings(db, { activeCampaignId: q4.id });

    let excluded: string[] = [];
    const draft = { source: 'linkedin' as const, sourceUrl: 'https://www.linkedin.com/in/rosa-marchetti/?utm_campaign=spring-launch' };
    const render = () =>
      root.render(
        <CaptureCampaignTags
          draft={draft}
          excluded={excluded}
          onExcludedChange={(next) => {
            excluded = next;
            render();
          }}
        />,
      );
    act(render);
    await until(() => container.textContent.includes('Q4 social (active campaign)'), 'the active campaign');
    expect(container.textContent).toContain('spring-launch (new draft from the link’s utm_campaign)');

    const remove = container.querySelector<HTMLButtonElement>('button[aria-label="Don’t tag this lead with Q4 social"]')!;
    act(() => remove.click());
    expect(excluded).toEqual([q4.id]);
    expect(container.querySelector('button[aria-label="Tag this lead with Q4 social after all"]')).not.toBeNull();

    const picker = container.querySelector<HTMLSelectElement>('select')!;
    expect([...picker.options].map((option) => option.text)).toEqual(['None', 'Autumn webinar', 'Q4 social']);
    await act(async () => {
      picker.value = webinar.id;
      picker.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((done) => setTimeout(done, 20));
    });
    await until(() => container.textContent.includes('Autumn webinar (active campaign)'), 'the new active campaign');
    expect((await getSettings(db)).activeCampaignId).toBe(webinar.id);
  });
});
