import { getDb } from '@/lib/db';
import { generateDemoData, loadSampleData } from '@/lib/demo';
import { Button } from '../button';
import { useAction } from '../hooks/use-action';
import type { Notify } from '../view-context';

/** "Load sample data": 60 generated leads with campaigns, sequences and follow-ups, marked so Settings can remove them. */
export function LoadSampleButton({ notify }: { notify: Notify }) {
  const { run: load, busy: loading } = useAction(
    async () => {
      await loadSampleData(await getDb(), generateDemoData({ leads: 60, seed: Date.now() % 100_000 }));
      notify({ text: 'Sample data loaded. Remove it any time in Settings.' });
    },
    { onError: (message) => notify({ text: `Could not load sample data: ${message}` }) },
  );
  return (
    <Button onClick={() => void load()} disabled={loading}>
      {loading ? 'Loading…' : 'Load sample data'}
    </Button>
  );
}
