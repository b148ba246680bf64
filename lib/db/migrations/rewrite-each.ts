/**
 * Calls `each` with every record of `store`, in key order, inside a migration's version-change
 * transaction (records are untyped there: they have the shape the previous version left).
 */
export function eachRecord(
  store: IDBObjectStore,
  each: (record: Record<string, unknown>, cursor: IDBCursorWithValue) => void,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const request = store.openCursor();
    request.onerror = () => reject(request.error ?? new Error('cursor failed'));
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve();
      each(cursor.value as Record<string, unknown>, cursor);
      cursor.continue();
    };
  });
}

/** Rewrites every record of `store` with `change`, inside a migration's version-change transaction. */
export function rewriteEach(store: IDBObjectStore, change: (record: Record<string, unknown>) => Record<string, unknown>): Promise<void> {
  return eachRecord(store, (record, cursor) => void cursor.update(change(record)));
}
