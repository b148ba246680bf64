// The Import & export worker: reading files, planning and applying imports, exports, backups and
// restores run here so the dashboard stays responsive. Thin: it routes messages to lib/io.
import { getDb } from '../../db';
import { markBackedUp } from '../backup-reminder';
import { backupFileName, createBackupParts } from '../backup';
import { checkRows, resolveMapping } from '../csv';
import { parseCsvTable, type CsvTable } from '../csv-table';
import { decodeCsvBytes } from '../decode';
import { checkBackupSize, checkCsvLines, checkCsvSize } from '../limits';
import { exportFileName, exportLeads } from '../export';
import { applyImport, previewUndo, readyWrites, undoImport } from '../import-apply';
import { prepareImport, type PlannedImport } from '../import-plan';
import { BackupError, checkBackup, isProfileEmpty, parseBackupText, restoreBackup, type CheckedBackup } from '../restore';
import type { IoCall, IoMessage, IoProgress, IoRequests, IoRequestType } from './protocol';

interface WorkerScope {
  postMessage(message: IoMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<IoCall>) => void): void;
}
const scope = self as unknown as WorkerScope;

let table: CsvTable | undefined;
let fileName = '';
let pendingBackup: CheckedBackup | undefined;
/** The last plan, kept so that confirming it soon after need not match every row again. */
let lastPlan: { key: string; planned: PlannedImport; checked: ReturnType<typeof checkRows> } | undefined;
const planKey = (mapping: unknown, options: unknown) => JSON.stringify([mapping, options]);

type Handler<T extends IoRequestType> = (
  payload: IoRequests[T]['request'],
  progress: (p: IoProgress) => void,
) => Promise<IoRequests[T]['reply']>;

const handlers: { [T in IoRequestType]: Handler<T> } = {
  async ready() {
    await getDb();
    return null;
  },
  async open({ file, fileName: name }, progress) {
    checkCsvSize(file.size);
    progress({ phase: 'read', fraction: 0 });
    const started = performance.now();
    const bytes = new Uint8Array(await file.arrayBuffer());
    const read = performance.now();
    const { text, encoding } = decodeCsvBytes(bytes);
    checkCsvLines(text);
    const decoded = performance.now();
    lastPlan = undefined;
    table = parseCsvTable(text, { onProgress: (fraction) => progress({ phase: 'parse', fraction }) });
    fileName = name;
    const parsed = { read: read - started, decode: decoded - read, parse: performance.now() - decoded };
    console.debug(`Leadline I/O: open ${table.rows.length} rows ${JSON.stringify(roundAll(parsed))}`);
    const { preset, mapping } = resolveMapping(table.headers);
    return {
      fileName: name,
      encoding,
      delimiter: table.delimiter,
      headers: table.headers,
      headerLine: table.headerLine,
      rowCount: table.rows.length + table.errors.length,
      sample: table.rows.slice(0, 5).map((row) => row.cells),
      preset,
      mapping,
    };
  },
  async plan({ mapping, options }, progress) {
    const current = requireTable();
    progress({ phase: 'match', fraction: 0 });
    const started = performance.now();
    const checkedRows = checkRows(current, mapping);
    const { rows, errors } = checkedRows;
    const checked = performance.now();
    const { plan, planned } = await prepareImport(await getDb(), rows, errors, options);
    const kept = { key: planKey(mapping, options), planned, checked: checkedRows };
    // A file let go while it was planned (`forget`) keeps no plan either.
    if (table === current) lastPlan = kept;
    // Once the report is on its way, and while the user reads it, the plan's leads are checked for
    // writing and their timeline entries made: confirming then checks the plan still holds and
    // writes. A confirm that comes first makes them itself.
    setTimeout(() => {
      if (lastPlan !== kept) return;
      try {
        planned.ready = readyWrites(planned, fileName);
      } catch {
        // A lead that fails its check is reported by the confirm, whose transaction it aborts.
      }
    }, 0);
    console.debug(
      `Leadline I/O: plan ${rows.length} rows ${JSON.stringify(roundAll({ ...plan.timings, check: checked - started, total: performance.now() - started }))}`,
    );
    return { ...plan, timings: { ...plan.timings, check: checked - started, total: performance.now() - started } };
  },
  async apply({ mapping, preset, options }, progress) {
    const current = requireTable();
    progress({ phase: 'match', fraction: 0 });
    const started = performance.now();
    const reusable = lastPlan?.key === planKey(mapping, options) ? lastPlan : undefined;
    lastPlan = undefined;
    const { rows, errors } = reusable?.checked ?? checkRows(current, mapping);
    const result = await applyImport(
      await getDb(),
      rows,
      errors,
      { ...options, fileName, preset },
      (done, total) => progress({ phase: 'write', fraction: done / total }),
      Date.now(),
      reusable?.planned,
    );
    // The file is imported: its rows are not kept for a next import, which starts from a new file.
    if (table === current) table = undefined;
    const timings = { ...result.plan.timings, total: performance.now() - started };
    console.debug(`Leadline I/O: apply ${rows.length} rows ${JSON.stringify(roundAll(timings))}`);
    return { record: result.record, timings };
  },
  forget() {
    table = undefined;
    fileName = '';
    lastPlan = undefined;
    return Promise.resolve(null);
  },
  async previewUndo({ importId }) {
    return previewUndo(await getDb(), importId);
  },
  async undo({ importId, removeTouched }) {
    return undoImport(await getDb(), importId, Date.now(), { removeTouched: removeTouched === true });
  },
  async export({ ids, preset }, progress) {
    progress({ phase: 'export', fraction: 0 });
    const started = performance.now();
    const { parts, count, skipped, timings } = await exportLeads(await getDb(), { ids, preset });
    const blobbed = performance.now();
    const blob = new Blob(parts, { type: 'text/csv;charset=utf-8' });
    timings.blob = performance.now() - blobbed;
    console.debug(`Leadline I/O: export ${count} leads ${JSON.stringify(roundAll(timings))}`);
    return { blob, count, skipped, fileName: exportFileName(preset), ms: performance.now() - started };
  },
  async backup(_payload, progress) {
    progress({ phase: 'backup', fraction: 0 });
    const started = performance.now();
    const db = await getDb();
    const now = Date.now();
    const timings: Record<string, number> = {};
    const parts = await createBackupParts(db, now, timings);
    const blob = new Blob(parts, { type: 'application/json' });
    console.debug(`Leadline I/O: backup ${JSON.stringify(roundAll({ ...timings, total: performance.now() - started }))}`);
    await markBackedUp(db, now);
    return { blob, fileName: backupFileName(new Date(now)), ms: performance.now() - started };
  },
  async checkBackup({ file, fileName: name }, progress) {
    pendingBackup = undefined;
    checkBackupSize(file.size);
    progress({ phase: 'read', fraction: 0 });
    const started = performance.now();
    const text = await file.text();
    const read = performance.now();
    const parsed = parseBackupText(text);
    const timings: Record<string, number> = { read: read - started, json: performance.now() - read };
    const checked = await checkBackup(parsed, timings);
    console.debug(`Leadline I/O: check backup ${JSON.stringify(roundAll({ ...timings, total: performance.now() - started }))}`);
    pendingBackup = checked;
    return {
      fileName: name,
      schemaVersion: checked.schemaVersion,
      createdAt: checked.createdAt,
      counts: checked.counts,
      quarantined: checked.quarantined,
      profileEmpty: await isProfileEmpty(await getDb()),
    };
  },
  async restore({ mode }, progress) {
    if (!pendingBackup) throw new Error('Choose a backup file first');
    progress({ phase: 'restore', fraction: 0 });
    const started = performance.now();
    const timings: Record<string, number> = {};
    const result = await restoreBackup(await getDb(), pendingBackup, mode, Date.now(), timings);
    console.debug(`Leadline I/O: restore ${mode} ${JSON.stringify(roundAll({ ...timings, total: performance.now() - started }))}`);
    pendingBackup = undefined;
    return result;
  },
};

/** Timings rounded to whole milliseconds, for the console. */
function roundAll(timings: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(timings).map(([key, value]) => [key, Math.round(value)]));
}

function requireTable(): CsvTable {
  if (!table) throw new Error('Choose a file to import first');
  return table;
}

scope.addEventListener('message', (event) => {
  const { id, type, payload } = event.data;
  const handler = handlers[type] as Handler<IoRequestType>;
  handler(payload, (progress) => scope.postMessage({ id, kind: 'progress', progress })).then(
    (reply) => scope.postMessage({ id, kind: 'done', reply }),
    (error: unknown) =>
      scope.postMessage({
        id,
        kind: 'failed',
        error: error instanceof Error ? error.message.split('\n')[0]! : String(error),
        ...(error instanceof BackupError ? { problems: error.problems } : {}),
      }),
  );
});
