import type { Migration } from './types';

/**
 * The `members` store: each teammate who connected a Leadline to the team server (user name,
 * display name), keyed by user name, the value a lead's `owner` holds. No existing record changes.
 * Numbered to stand right after the last migration before it.
 */
export const members: Migration = {
  version: 9,
  name: 'team members',
  up(db) {
    db.createObjectStore('members', { keyPath: 'username' });
  },
};
