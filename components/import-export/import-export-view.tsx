import { useIoClient } from '../hooks/use-io-client';
import type { ViewContext } from '../view-context';
import { BackupPanel } from './backup-panel';
import { ExportPanel } from './export-panel';
import { ImportHistory } from './import-history';
import { ImportPanel } from './import-panel';

/** The "Import & export" section: CSV import with review and undo, CSV export, backup and restore. */
export function ImportExportView({ settings, notify }: ViewContext) {
  const client = useIoClient({ warm: true });
  return (
    <div className="flex max-w-5xl flex-col gap-10">
      <h1 className="text-xl font-semibold">Import &amp; export</h1>
      <ImportPanel client={client} notify={notify} />
      <ImportHistory client={client} notify={notify} />
      <ExportPanel client={client} notify={notify} />
      <BackupPanel client={client} settings={settings} notify={notify} />
    </div>
  );
}
