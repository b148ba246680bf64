import { getSettings, type LeadlineDB } from '../db';
import { type LeadPatch, previewSave, saveLead } from '../leads';
import type { Lead, ProspectDraft } from '../model';
import { draftToSaveInput, saveDrafts } from './save-drafts';

/** The patch's fields that are empty in `lead`: a page may fill gaps, never replace what is stored. */
function onlyEmpty(lead: Lead, patch: LeadPatch): LeadPatch {
  const out: LeadPatch = {};
  for (const [key, value] of Object.entries(patch) as [keyof LeadPatch, LeadPatch[keyof LeadPatch]][]) {
    const current = lead[key];
    const empty = Array.isArray(current) ? current.length === 0 : current === undefined || current === '';
    if (empty) Object.assign(out, { [key]: value });
  }
  return out;
}

/**
 * Saves what a page's own button sends (the optional LinkedIn button): the page's script can drive
 * the page (fake markup, history.pushState), so unlike a capture reviewed in the side panel this
 * save never renames a stored lead or replaces any stored value. A person not yet stored becomes a
 * new lead with what the top card shows; a stored one only gets fields it has empty.
 */
export async function saveFromPage(db: LeadlineDB, draft: ProspectDraft, now = Date.now()): Promise<{ saved: boolean }> {
  if (!draft.fullName) return { saved: false };
  const input = draftToSaveInput(draft, (await getSettings(db)).activeCampaignId, now);
  const { existing } = await previewSave(db, input);
  if (!existing) {
    const [result] = await saveDrafts(db, [draft], now);
    return { saved: Boolean(result) };
  }
  await saveLead(db, { ...input, patch: onlyEmpty(existing, input.patch), targetId: existing.id }, now);
  return { saved: true };
}
