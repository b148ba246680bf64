import type { Migration } from './types';

/**
 * Issue 6's migration: indexes on first- and last-touch campaign, so that deleting a campaign finds
 * every lead attributed to it (attribution outlives an untag) without reading every lead.
 * Numbered 004 for issue 6; it stands third in MIGRATIONS until the lead renumbers at merge
 * (issue 7 holds 003), and `version` must equal its position.
 */
export const campaignTouchIndexes: Migration = {
  version: 3,
  name: 'first- and last-touch campaign indexes',
  up(_db, tx) {
    const leads = tx.objectStore('leads');
    leads.createIndex('firstTouchCampaignId', 'firstTouchCampaignId');
    leads.createIndex('lastTouchCampaignId', 'lastTouchCampaignId');
  },
};
