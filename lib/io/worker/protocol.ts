import type { ImportRecord } from '../../model';
import type { Delimiter } from '../csv-table';
import type { CsvEncoding } from '../decode';
import type { UndoPreview } from '../import-apply';
import type { ImportOptions, ImportPlan } from '../import-plan';
import type { ColumnMapping } from '../map-row';
import type { RestoreResult } from '../restore';
import type { StoreName } from '../../db';

/** A file opened for import: what was detected and the first rows, for the mapping editor. */
export interface OpenedFile {
  fileName: string;
  encoding: CsvEncoding;
  delimiter: Delimiter;
  headers: string[];
  headerLine: number;
  rowCount: number;
  /** The first data rows as the file has them (cells per header). */
  sample: string[][];
  preset: string;
  mapping: ColumnMapping;
}

/** A backup file read and checked, waiting for the user to choose how to restore it. */
export interface CheckedBackupSummary {
  fileName: string;
  schemaVersion: number;
  createdAt: string;
  counts: Record<StoreName, number>;
  quarantined: number;
  profileEmpty: boolean;
}

/**
 * An import applied: its history record (none when nothing changed) and where the time went. The
 * row-by-row report was shown with the plan; it is not sent again.
 */
export interface AppliedImport {
  record: ImportRecord | undefined;
  timings: Record<string, number>;
}

/** Every request the I/O worker answers, with its reply. */
export interface IoRequests {
  /** Opens the database, so that the page's first real request starts at once (see `IoClient.warm`). */
  ready: { request: Record<string, never>; reply: null };
  open: { request: { file: Blob; fileName: string }; reply: OpenedFile };
  plan: { request: { mapping: ColumnMapping; options: ImportOptions }; reply: ImportPlan };
  /** The user left the import (cancelled it, or went on to another file): the file and its plan are let go. */
  forget: { request: Record<string, never>; reply: null };
  apply: { request: { mapping: ColumnMapping; preset: string; options: ImportOptions }; reply: AppliedImport };
  previewUndo: { request: { importId: string }; reply: UndoPreview };
  undo: { request: { importId: string; removeTouched?: boolean }; reply: ImportRecord };
  /** `skipped`: damaged records left out of the file. */
  export: {
    request: { ids?: string[]; preset: string };
    reply: { blob: Blob; count: number; skipped: number; fileName: string; ms: number };
  };
  backup: { request: Record<string, never>; reply: { blob: Blob; fileName: string; ms: number } };
  checkBackup: { request: { file: Blob; fileName: string }; reply: CheckedBackupSummary };
  restore: { request: { mode: 'replace' | 'merge' }; reply: RestoreResult };
}
export type IoRequestType = keyof IoRequests;

/** Work under way: which phase, and how far (0..1). */
export interface IoProgress {
  phase: 'read' | 'parse' | 'match' | 'write' | 'export' | 'backup' | 'restore';
  fraction: number;
}

/** Messages from the page to the worker. */
export interface IoCall<T extends IoRequestType = IoRequestType> {
  id: number;
  type: T;
  payload: IoRequests[T]['request'];
}

/** Messages from the worker to the page. */
export type IoMessage =
  | { id: number; kind: 'progress'; progress: IoProgress }
  | { id: number; kind: 'done'; reply: unknown }
  | { id: number; kind: 'failed'; error: string; problems?: readonly string[] };
