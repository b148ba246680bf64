import { type LeadlineDB, parseForWrite, parseStored, parseStoredAll, SETTINGS_KEY, writeTx } from '../db';
import { defaultSettings, newId, type Activity, type Campaign, type CampaignStatus } from '../model';
import type { CampaignFields } from './campaign-form';
import { withCampaignReplaced, withoutCampaign } from './tags';
import { StaleRecordError } from '../forms';

const STATUS_ORDER: Record<CampaignStatus, number> = { active: 0, draft: 1, archived: 2 };

/** Every campaign: active first, then drafts awaiting review, then archived; by name within each. */
export async function listCampaigns(db: LeadlineDB): Promise<Campaign[]> {
  const campaigns = parseStoredAll('campaigns', await db.getAll('campaigns'));
  return campaigns.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.name.localeCompare(b.name));
}

/** Creates a campaign; its cost is recorded in the workspace currency. */
export async function createCampaign(db: LeadlineDB, fields: CampaignFields, currency: string, now = Date.now()): Promise<Campaign> {
  const campaign = parseForWrite('campaigns', { ...fields, id: newId(), currency, createdAt: now, updatedAt: now });
  await writeTx(db, ['campaigns'], async (tx) => {
    await tx.store.put(campaign);
  });
  return campaign;
}

/**
 * Edits a campaign. A changed cost is re-stamped with the workspace currency; an unchanged one keeps
 * the currency it was entered in. Archiving the active campaign stops tagging captures with it.
 */
export async function updateCampaign(
  db: LeadlineDB,
  id: string,
  fields: Partial<CampaignFields>,
  currency: string,
  now = Date.now(),
  /** Write only if the campaign is still the version the fields were based on (its `updatedAt`), else StaleRecordError. */
  ifUpdatedAt?: number,
): Promise<Campaign> {
  return writeTx(db, ['campaigns', 'settings'], async (tx) => {
    const current = parseStored('campaigns', await tx.objectStore('campaigns').get(id), id);
    if (!current) throw new Error('That campaign no longer exists');
    if (ifUpdatedAt !== undefined && current.updatedAt !== ifUpdatedAt) throw new StaleRecordError(current.name);
    const next = parseForWrite('campaigns', {
      ...current,
      ...fields,
      currency: !('cost' in fields) || fields.cost === current.cost ? current.currency : currency,
      updatedAt: now,
    });
    await tx.objectStore('campaigns').put(next);
    if (next.status === 'archived') await clearActive(tx.objectStore('settings'), id);
    return next;
  });
}

/** Activates, archives or restores a campaign (archiving the active one clears the active campaign). */
export async function setCampaignStatus(db: LeadlineDB, id: string, status: CampaignStatus, now = Date.now()): Promise<Campaign> {
  return writeTx(db, ['campaigns', 'settings'], async (tx) => {
    const current = parseStored('campaigns', await tx.objectStore('campaigns').get(id), id);
    if (!current) throw new Error('That campaign no longer exists');
    const next = parseForWrite('campaigns', { ...current, status, updatedAt: now });
    await tx.objectStore('campaigns').put(next);
    if (status === 'archived') await clearActive(tx.objectStore('settings'), id);
    return next;
  });
}

type SettingsStore = {
  get(key: string): Promise<unknown>;
  put(value: never, key: string): Promise<unknown>;
};

async function clearActive(store: SettingsStore, campaignId: string): Promise<void> {
  const settings = parseStored('settings', await store.get(SETTINGS_KEY), SETTINGS_KEY);
  if (settings?.activeCampaignId !== campaignId) return;
  await store.put(parseForWrite('settings', { ...settings, activeCampaignId: undefined }) as never, SETTINGS_KEY);
}

/** Leads that reference a campaign: by tag, and by first/last touch only (the tag was removed since). */
export interface CampaignUsage {
  tagged: number;
  attributionOnly: number;
}

async function referencingKeys(
  index: (name: 'campaignIds' | 'firstTouchCampaignId' | 'lastTouchCampaignId') => { getAllKeys(key: string): Promise<string[]> },
  id: string,
): Promise<{ tagged: Set<string>; all: Set<string> }> {
  const [tagged, first, last] = await Promise.all([
    index('campaignIds').getAllKeys(id),
    index('firstTouchCampaignId').getAllKeys(id),
    index('lastTouchCampaignId').getAllKeys(id),
  ]);
  return { tagged: new Set(tagged), all: new Set([...tagged, ...first, ...last]) };
}

/** How many leads reference a campaign, through the tag and touch indexes (no lead is read). */
export async function campaignUsage(db: LeadlineDB, id: string): Promise<CampaignUsage> {
  const store = db.transaction('leads').store;
  const keys = await referencingKeys((name) => store.index(name), id);
  return { tagged: keys.tagged.size, attributionOnly: keys.all.size - keys.tagged.size };
}

/** Lead counts per campaign id (tagged leads), through the `campaignIds` index. */
export async function taggedCounts(db: LeadlineDB, ids: readonly string[]): Promise<Map<string, number>> {
  const index = db.transaction('leads').store.index('campaignIds');
  const counts = await Promise.all(ids.map((id) => index.count(id)));
  return new Map(ids.map((id, i) => [id, counts[i] ?? 0]));
}

/** What becomes of the tags of a deleted campaign's leads. */
export type CampaignDisposition = { kind: 'untag' } | { kind: 'move'; toCampaignId: string };

/** Refused: leads still reference the campaign and no disposition was chosen. */
export class CampaignInUseError extends Error {
  constructor(
    readonly campaignName: string,
    readonly leadCount: number,
  ) {
    super(
      `${leadCount.toLocaleString('en')} ${leadCount === 1 ? 'lead references' : 'leads reference'} “${campaignName}”: ` +
        'choose whether to remove their tags or move them to another campaign',
    );
    this.name = 'CampaignInUseError';
  }
}

/**
 * Deletes a campaign in one transaction. When leads reference it (tag or attribution) the caller must
 * say what becomes of them: `untag` removes it from each lead, `move` retags them to another
 * campaign. The active campaign setting and tagging rules that name it are cleared or moved too.
 */
export async function deleteCampaign(
  db: LeadlineDB,
  id: string,
  disposition?: CampaignDisposition,
  now = Date.now(),
): Promise<{ leadsChanged: number }> {
  return writeTx(db, ['campaigns', 'leads', 'activities', 'settings'], async (tx) => {
    const campaigns = tx.objectStore('campaigns');
    const campaign = parseStored('campaigns', await campaigns.get(id), id);
    if (!campaign) throw new Error('That campaign no longer exists');
    const target =
      disposition?.kind === 'move'
        ? parseStored('campaigns', await campaigns.get(disposition.toCampaignId), disposition.toCampaignId)
        : undefined;
    if (disposition?.kind === 'move' && (!target || target.id === id))
      throw new Error('Pick another existing campaign to move the leads to');

    const leads = tx.objectStore('leads');
    const { all } = await referencingKeys((name) => leads.index(name), id);
    if (all.size && !disposition) throw new CampaignInUseError(campaign.name, all.size);

    const ids = [...all];
    const raws = await Promise.all(ids.map((key) => leads.get(key)));
    const writes: Promise<unknown>[] = [];
    let leadsChanged = 0;
    raws.forEach((raw, index) => {
      const lead = parseStored('leads', raw, ids[index]);
      if (!lead) return;
      const next = disposition?.kind === 'move' && target ? withCampaignReplaced(lead, id, target.id) : withoutCampaign(lead, id, true);
      leadsChanged += 1;
      writes.push(leads.put(parseForWrite('leads', { ...next, updatedAt: Math.max(now, lead.updatedAt) })));
      const entry: Activity = target
        ? {
            id: newId(),
            leadId: lead.id,
            type: 'campaign-tagged',
            at: now,
            summary: `Campaign “${campaign.name}” was deleted; moved to “${target.name}”`,
            details: { campaignId: target.id, campaign: target.name, deletedCampaign: campaign.name },
          }
        : {
            id: newId(),
            leadId: lead.id,
            type: 'campaign-untagged',
            at: now,
            summary: `Campaign “${campaign.name}” was deleted; tag removed`,
            details: { campaignId: id, campaign: campaign.name },
          };
      writes.push(tx.objectStore('activities').put(parseForWrite('activities', entry)));
    });
    await Promise.all(writes);

    const settingsStore = tx.objectStore('settings');
    const settings = parseStored('settings', await settingsStore.get(SETTINGS_KEY), SETTINGS_KEY) ?? defaultSettings();
    const rules = settings.taggingRules.flatMap((rule) =>
      rule.campaignId !== id ? [rule] : target ? [{ ...rule, campaignId: target.id }] : [],
    );
    if (settings.activeCampaignId === id || rules.length !== settings.taggingRules.length || target) {
      await settingsStore.put(
        parseForWrite('settings', {
          ...settings,
          activeCampaignId: settings.activeCampaignId === id ? undefined : settings.activeCampaignId,
          taggingRules: rules,
        }),
        SETTINGS_KEY,
      );
    }
    await campaigns.delete(id);
    return { leadsChanged };
  });
}
