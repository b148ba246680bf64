import { normaliseLinkedinProfileUrl } from '../leads/identity';
import type { ProspectDraft } from '../model';
import { cleanText, titleWithoutSiteName } from './clean';
import { DraftBuilder } from './draft';

/** A LinkedIn profile page (`/in/<slug>`): the person it shows. */
export function extractLinkedinProfile(doc: Document, url: string): ProspectDraft[] {
  const profileUrl = normaliseLinkedinProfileUrl(url);
  if (!profileUrl) return [];
  const draft = new DraftBuilder('linkedin', url);
  draft.set('linkedinUrl', profileUrl, 'page address');
  draft.set('fullName', cleanText(doc.querySelector('main h1')?.textContent), 'page heading');
  draft.set('fullName', titleWithoutSiteName(doc.title, 'LinkedIn'), 'document title');
  return draft.has('fullName') ? [draft.build()] : [];
}
