import { type LeadlineDB, parseForWrite, parseStored, SETTINGS_KEY, writeTx } from '../db';
import { StaleRecordError } from '../forms';
import { defaultSettings, SettingsSchema } from '../model';

/**
 * Changes the workspace currency without changing what any amount means: every deal value and
 * campaign cost that carried no currency (so was in the old workspace currency) is stamped with the
 * old currency first, in the same transaction. Reports then leave those amounts out of the new
 * currency's totals and say so, instead of reading 1,000 USD as 1,000 EUR.
 * Reads every lead once: a rare, deliberate action. With `expectedPrevious` (what a Settings form
 * showed), the change is refused (StaleRecordError) when the stored currency is no longer that.
 */
export async function changeWorkspaceCurrency(db: LeadlineDB, next: string, expectedPrevious?: string): Promise<{ stamped: number }> {
  const currency = SettingsSchema.shape.currency.parse(next.trim().toUpperCase());
  return writeTx(db, ['settings', 'leads', 'campaigns'], async (tx) => {
    const settingsStore = tx.objectStore('settings');
    const settings = parseStored('settings', await settingsStore.get(SETTINGS_KEY), SETTINGS_KEY) ?? defaultSettings();
    const previous = settings.currency;
    if (expectedPrevious !== undefined && previous !== expectedPrevious) throw new StaleRecordError('Settings');
    if (previous === currency) return { stamped: 0 };
    let stamped = 0;
    let leadCursor = await tx.objectStore('leads').openCursor();
    while (leadCursor) {
      const lead = parseStored('leads', leadCursor.value);
      if (lead && lead.dealValue !== undefined && !lead.dealCurrency) {
        await leadCursor.update(parseForWrite('leads', { ...lead, dealCurrency: previous }));
        stamped += 1;
      }
      leadCursor = await leadCursor.continue();
    }
    let campaignCursor = await tx.objectStore('campaigns').openCursor();
    while (campaignCursor) {
      const campaign = parseStored('campaigns', campaignCursor.value);
      if (campaign && campaign.cost > 0 && !campaign.currency) {
        await campaignCursor.update(parseForWrite('campaigns', { ...campaign, currency: previous }));
        stamped += 1;
      }
      campaignCursor = await campaignCursor.continue();
    }
    await settingsStore.put(parseForWrite('settings', { ...settings, currency }), SETTINGS_KEY);
    return { stamped };
  });
}
