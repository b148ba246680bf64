import { exportNotice } from '@/lib/io';
import { Button } from '../button';
import { downloadBlob } from '../download';
import { useAction } from '../hooks/use-action';
import { useIoClient } from '../hooks/use-io-client';
import type { Notify } from '../view-context';

/**
 * "Export N as CSV" for the leads table's bulk actions: exports exactly `ids`, in that order, in
 * Leadline's columns (or `preset`'s), through the I/O worker.
 */
export function ExportLeadsButton({ ids, preset = 'leadline', notify }: { ids: readonly string[]; preset?: string; notify: Notify }) {
  const client = useIoClient();
  const { run, busy } = useAction(
    async () => {
      const { blob, fileName, count, skipped } = await client.call('export', { ids: [...ids], preset });
      downloadBlob(blob, fileName);
      notify({ text: exportNotice(count, skipped, fileName) });
    },
    { onError: (message) => notify({ text: `Could not export: ${message}` }) },
  );
  return (
    <Button disabled={busy || !ids.length} onClick={() => void run()}>
      {busy ? 'Exporting…' : `Export ${ids.length.toLocaleString()} as CSV`}
    </Button>
  );
}
