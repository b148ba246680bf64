import { openDB, unwrap } from 'idb';
import { MIGRATIONS, type Migration } from './migrations';
import { DB_NAME, type LeadlineDB } from './schema';

/**
 * Opens (creating or upgrading) the Leadline database. `migrations` and the name are parameters
 * so tests can stop at an older version and upgrade from there.
 */
export async function openLeadlineDb(options: { name?: string; migrations?: readonly Migration[] } = {}): Promise<LeadlineDB> {
  const migrations = options.migrations ?? MIGRATIONS;
  const version = migrations.length;
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration ${migration.name} is numbered ${migration.version} but stands at ${index + 1}`);
    }
  });
  const db = await openDB(options.name ?? DB_NAME, version, {
    upgrade(database, oldVersion, _newVersion, transaction) {
      // A failed upgrade rejects openDB itself; idb's own `done` promise would be an unhandled duplicate.
      transaction.done.catch(() => undefined);
      const rawTx = unwrap(transaction);
      runMigrations(unwrap(database), rawTx, migrations.slice(oldVersion)).catch((error: unknown) => {
        console.error('Leadline: a database migration failed; the upgrade was rolled back', error);
        rawTx.abort();
      });
    },
    blocking() {
      // Another page wants a newer version: step aside so its upgrade can run; we reopen on next use.
      db.close();
      cached = undefined;
    },
  });
  return db as unknown as LeadlineDB;
}

async function runMigrations(db: IDBDatabase, tx: IDBTransaction, pending: readonly Migration[]): Promise<void> {
  for (const migration of pending) await migration.up(db, tx);
}

let cached: Promise<LeadlineDB> | undefined;

/** The page's shared connection, opened on first use. */
export function getDb(): Promise<LeadlineDB> {
  cached ??= openLeadlineDb().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}
