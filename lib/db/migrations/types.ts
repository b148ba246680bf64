/**
 * A numbered schema change. Migrations see the database untyped: they run against the shape the
 * previous version left, not today's types.
 */
export interface Migration {
  version: number;
  name: string;
  /** Runs inside the version-change transaction; await only IndexedDB requests here. */
  up(db: IDBDatabase, tx: IDBTransaction): void | Promise<void>;
}
