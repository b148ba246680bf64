import type { ProspectDraft } from '../model';
import { extractLinkedinProfile } from './linkedin-profile';

/**
 * Every person (or company) the page describes, as drafts with per-field evidence. Pure: reads the
 * document and URL only (no browser APIs, no timers, no layout), so it runs the same in tests.
 */
export function extractProspects(doc: Document, url: string): ProspectDraft[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  if (parsed.hostname === 'www.linkedin.com' && parsed.pathname.startsWith('/in/')) return extractLinkedinProfile(doc, url);
  return [];
}
