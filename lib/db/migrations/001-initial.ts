import type { Migration } from './types';

/** Version 1: the first stores and indexes (later migrations add to them). */
export const initial: Migration = {
  version: 1,
  name: 'initial stores',
  up(db) {
    const leads = db.createObjectStore('leads', { keyPath: 'id' });
    leads.createIndex('emails', 'emails', { multiEntry: true });
    leads.createIndex('linkedinUrl', 'linkedinUrl');
    leads.createIndex('companyDomain', 'companyDomain');
    leads.createIndex('stage', 'stage');
    leads.createIndex('campaignIds', 'campaignIds', { multiEntry: true });
    leads.createIndex('updatedAt', 'updatedAt');

    db.createObjectStore('campaigns', { keyPath: 'id' });
    db.createObjectStore('sequences', { keyPath: 'id' });

    const enrollments = db.createObjectStore('enrollments', { keyPath: 'id' });
    enrollments.createIndex('leadId', 'leadId');
    enrollments.createIndex('status', 'status');

    const tasks = db.createObjectStore('tasks', { keyPath: 'id' });
    tasks.createIndex('statusDueAt', ['status', 'dueAt']);

    const activities = db.createObjectStore('activities', { keyPath: 'id' });
    activities.createIndex('leadIdAt', ['leadId', 'at']);

    db.createObjectStore('templates', { keyPath: 'id' });
    db.createObjectStore('settings');
  },
};
