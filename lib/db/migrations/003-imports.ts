import type { Migration } from './types';

/**
 * Version 3: `imports` (one summary per CSV import, newest first through `at`) and `importUndo`
 * (what undoing that import needs, kept apart so the history list never reads before-images).
 */
export const imports: Migration = {
  version: 3,
  name: 'import history and undo',
  up(db) {
    const history = db.createObjectStore('imports', { keyPath: 'id' });
    history.createIndex('at', 'at');
    db.createObjectStore('importUndo', { keyPath: 'id' });
  },
};
