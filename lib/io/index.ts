// CSV import and export, backup and restore. The heavy work runs in the module worker (worker/);
// pages talk to it through createIoClient.
export type { AppliedImport, CheckedBackupSummary, IoProgress, OpenedFile } from './worker/protocol';
export type { ColumnMapping } from './map-row';
export type { ImportPlan, RowOutcome } from './import-plan';
export type { RestoreResult } from './restore';
export { CUSTOM_PREFIX, customKeyFromHeader, IMPORT_FIELD_LABELS, IMPORT_FIELDS, type MappingTarget } from './import-fields';
export { backupDue, daysSinceBackup } from './backup-reminder';
export { createIoClient, type IoClient, IoError } from './io-client';
export { delimiterName } from './csv-table';
export { exportNotice } from './export-notice';
export { findPreset, PRESETS } from './presets';
export { importHistory, type ImportResult, type UndoPreview } from './import-apply';
export { previewStatuses } from './preview-status';
export { resolveMapping } from './csv';
