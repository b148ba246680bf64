import type { Migration } from './types';

/**
 * Version 4: indexes on first- and last-touch campaign, so that deleting a campaign finds every lead
 * attributed to it (attribution outlives an untag) without reading every lead.
 */
export const campaignTouchIndexes: Migration = {
  version: 4,
  name: 'first- and last-touch campaign indexes',
  up(_db, tx) {
    const leads = tx.objectStore('leads');
    leads.createIndex('firstTouchCampaignId', 'firstTouchCampaignId');
    leads.createIndex('lastTouchCampaignId', 'lastTouchCampaignId');
  },
};
