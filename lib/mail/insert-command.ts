import { z } from 'zod';

/** Session-storage key under which the background hands the "Insert a template" command to the side panel. */
export const INSERT_COMMAND_KEY = 'leadline.insertTemplate';

/** A command older than this is not what the user just asked for. */
const TTL_MS = 15_000;

/** The command as stored: which tab's message, when. Validated on read (session storage is ours, but cheap to check). */
const InsertCommandSchema = z.object({ tabId: z.number().int().nonnegative(), at: z.number().int().nonnegative() });
export type InsertCommand = z.infer<typeof InsertCommandSchema>;

/** The stored command, or undefined when absent, malformed or stale. */
export function readInsertCommand(raw: unknown, now: number): InsertCommand | undefined {
  const parsed = InsertCommandSchema.safeParse(raw);
  return parsed.success && now - parsed.data.at <= TTL_MS && parsed.data.at <= now + 5000 ? parsed.data : undefined;
}
