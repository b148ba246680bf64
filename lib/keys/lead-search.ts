import type { Lead } from '../model';
import { foldText } from './identity';

/** The words of a search box, folded the way search tokens are. */
export function queryWords(query: string): string[] {
  return foldText(query).split(' ').filter(Boolean);
}

/** True when every query word starts one of the lead's search tokens (name, company, email). */
export function matchesQuery(lead: Pick<Lead, 'search'>, words: readonly string[]): boolean {
  return words.every((word) => lead.search.some((token) => token.startsWith(word)));
}
