import { type LeadlineDB, parseStoredAll, READ_CHUNK, readChunksInLanes } from '../db';
import type { Lead } from '../model';
import { LeadsCsvWriter } from './csv';
import { exportableLead, exportableLeads } from './export-check';

/** What to export: every lead (sorted by name) or the given ids in the given order; in which columns. */
export interface ExportOptions {
  ids?: readonly string[];
  preset?: string;
}

/**
 * Exports leads as CSV text (see `leadsToCsv`), in parts for a Blob (`LeadsCsvWriter.finishParts`),
 * with campaign names for the Campaigns column.
 * The leads table passes the ids of its selection or filter, in its order; without ids every lead
 * is exported, sorted by name.
 */
export async function exportLeads(
  db: LeadlineDB,
  options: ExportOptions = {},
): Promise<{ parts: string[]; count: number; skipped: number; timings: Record<string, number> }> {
  const t0 = performance.now();
  const tx = db.transaction(['leads', 'campaigns'], 'readonly');
  const store = tx.objectStore('leads');
  // The few campaigns are asked for first: requests run in order, and behind the first chunks of
  // leads they held up the writing of every line until two chunks had been read.
  const campaignsRead = tx.objectStore('campaigns').getAll();
  // Every lead starts reading now, in sixteen ranges of ids at once (in no particular order: the
  // file is sorted by name); each chunk is checked and written as CSV lines while IndexedDB reads
  // the next ones. With two ranges, both next requests were often read while the thread still
  // wrote lines, and IndexedDB waited for the next to be asked; sixteen keep it reading throughout.
  const chunks = options.ids ? undefined : readChunksInLanes(store, READ_CHUNK, 16);
  const campaigns = parseStoredAll('campaigns', await campaignsRead);
  const campaignNames = new Map(campaigns.map((campaign) => [campaign.id, campaign.name]));
  const writer = new LeadsCsvWriter(options.preset ?? 'leadline', { campaignNames }, !options.ids);
  // Damaged records left out (exportableLeads): the user is told how many.
  let skipped = 0;
  const timings: Record<string, number> = {};
  if (options.ids) {
    const raws = await Promise.all(options.ids.map((id) => store.get(id)));
    const leads: Lead[] = [];
    raws.forEach((raw, index) => {
      if (raw === undefined) return; // deleted since the table listed it
      const lead = exportableLead(raw, options.ids![index]);
      if (lead) leads.push(lead);
      else skipped++;
    });
    writer.add(leads);
  } else if (chunks) {
    timings.read = 0;
    timings.parse = 0;
    timings.lines = 0;
    let mark = performance.now();
    for await (const raw of chunks) {
      const arrived = performance.now();
      timings.read += arrived - mark;
      const checked = exportableLeads(raw);
      skipped += checked.skipped;
      const parsed = performance.now();
      timings.parse += parsed - arrived;
      writer.add(checked.leads);
      mark = performance.now();
      timings.lines += mark - parsed;
    }
  }
  const t1 = performance.now();
  const parts = writer.finishParts();
  timings.csv = performance.now() - t1;
  timings.total = performance.now() - t0;
  return { parts, count: writer.count, skipped, timings };
}

/** A file name for an export: `leadline-leads-2025-03-01.csv` (or with the preset's id). */
export function exportFileName(preset: string, now = new Date()): string {
  const date = now.toISOString().slice(0, 10);
  return preset === 'leadline' ? `leadline-leads-${date}.csv` : `leadline-leads-${preset}-${date}.csv`;
}
