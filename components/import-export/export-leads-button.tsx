import { useState } from 'react';
import { Button } from '../button';
import { downloadBlob } from '../download';
import { useIoClient } from '../hooks/use-io-client';
import type { Notify } from '../view-context';

/**
 * "Export N as CSV" for the leads table's bulk actions: exports exactly `ids`, in that order, in
 * Leadline's columns (or `preset`'s), through the I/O worker.
 */
export function ExportLeadsButton({ ids, preset = 'leadline', notify }: { ids: readonly string[]; preset?: string; notify: Notify }) {
  const client = useIoClient();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const { blob, fileName, count } = await client.call('export', { ids: [...ids], preset });
      downloadBlob(blob, fileName);
      notify({ text: `Exported ${count.toLocaleString()} ${count === 1 ? 'lead' : 'leads'} to ${fileName}` });
    } catch (caught) {
      notify({ text: `Could not export: ${caught instanceof Error ? caught.message : String(caught)}` });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button disabled={busy || !ids.length} onClick={() => void run()}>
      {busy ? 'Exporting…' : `Export ${ids.length.toLocaleString()} as CSV`}
    </Button>
  );
}
