// Kept apart from schema.ts (which pulls in the models) so that a script reading the database raw
// (the popup's early read) can name it without loading zod.

/** The database's name in every extension page and the service worker (they share one origin). */
export const DB_NAME = 'leadline';

/** The key under which the one settings record is kept. */
export const SETTINGS_KEY = 'settings';
